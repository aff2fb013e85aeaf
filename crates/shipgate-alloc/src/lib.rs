//! The memory of shipgate's processes: the allocator every binary uses, and
//! the switch that backs its heap with 2 MiB pages once a run is large
//! enough to gain from them.
//!
//! The allocator reserves its heap (an arena of address space) before `main`
//! runs. It is built with transparent huge pages off
//! (`MI_DEFAULT_ALLOW_THP=0` in `.cargo/config.toml`): a short run writes a
//! little in many 2 MiB ranges, and the kernel would zero each range whole,
//! so one migration file, or `shipgate --version`, is slower with them. A
//! long run is the other way round: it writes megabytes, and each first
//! write to a 4 KiB page is a fault the kernel must take, zero and later
//! free. [`prefer_huge_pages`] lets a command that knows its input is large
//! turn huge pages on for the rest of the run.
//!
//! This is the one crate of the workspace with `unsafe` code: the calls of
//! [`prefer_huge_pages`] into the kernel and the allocator, each with its
//! reason.

/// The allocator of shipgate's binaries: mimalloc 2.x, whose per-thread
/// heaps suit the gates' many small strings allocated on several threads
/// (the system allocators, glibc's and musl's above all, spend a large
/// share of a run there).
pub use mimalloc::MiMalloc as Allocator;

/// What [`prefer_huge_pages`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HugePages {
    /// The allocator's arenas, this many, are advised to take huge pages:
    /// the kernel backs each 2 MiB range of them written from now on with
    /// one page, where its setting
    /// (`/sys/kernel/mm/transparent_hugepage/enabled`) is `madvise` or
    /// `always` and it has one free.
    Advised(usize),
    /// Not available here: not Linux, no arena to advise, or a kernel
    /// without transparent huge pages. The run goes on with 4 KiB pages.
    Unavailable,
}

/// Lets the kernel back the allocator's heap with transparent huge pages
/// from now on: every 2 MiB range written later is faulted in, zeroed and
/// freed as one page, and the ranges already written in are copied into
/// huge pages at once (`MADV_COLLAPSE`, Linux 6.1), so that the rest of
/// them does not fault 4 KiB at a time either.
///
/// Call it once a command knows its run will allocate megabytes (the
/// migration gate calls it for a large set of files). It changes no data
/// and no address, only how later faults are served. It lifts the
/// process's `PR_SET_THP_DISABLE` first, whatever set it, and the processes
/// the run starts afterwards inherit that; where no arena can be advised
/// the flag stays lifted and the heap keeps its 4 KiB pages.
pub fn prefer_huge_pages() -> HugePages {
    imp::prefer_huge_pages()
}

#[cfg(target_os = "linux")]
#[allow(unsafe_code)]
mod imp {
    use std::ffi::{c_int, c_void};

    use super::HugePages;

    // In mimalloc 2.x, which the workspace pins (`features = ["v2"]`):
    // the start and size of the arena `arena_id` (from 1), or null past the
    // last one.
    unsafe extern "C" {
        fn mi_arena_area(arena_id: c_int, size: *mut usize) -> *mut c_void;
    }

    /// Linux's `MADV_COLLAPSE` (6.1), the same number on every
    /// architecture; the `libc` crate names it for glibc only.
    const MADV_COLLAPSE: c_int = 25;

    /// mimalloc's `MI_MAX_ARENAS`: no arena id goes beyond it.
    const MAX_ARENAS: c_int = 132;

    pub(super) fn prefer_huge_pages() -> HugePages {
        // The allocator turned huge pages off for the whole process at its
        // start (`PR_SET_THP_DISABLE`), which overrides any advice: undo it.
        // SAFETY: `prctl` with `PR_SET_THP_DISABLE` takes integer arguments
        // only, and reads or writes no memory of the process.
        let enabled = unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, 0, 0, 0, 0) };
        if enabled != 0 {
            return HugePages::Unavailable;
        }
        let mut advised = 0;
        for arena_id in 1..=MAX_ARENAS {
            let mut size = 0usize;
            // SAFETY: `mi_arena_area` reads the allocator's table of arenas
            // (published atomically) and writes one `usize` through `size`,
            // a live local.
            let start = unsafe { mi_arena_area(arena_id, &raw mut size) };
            if start.is_null() || size == 0 {
                break;
            }
            // SAFETY: `MADV_HUGEPAGE` only marks the range so that later
            // faults in it may be served with huge pages: it changes neither
            // the mapping nor the contents, so no memory the program holds
            // moves or changes. The range is the arena's own, mapped by the
            // allocator for the life of the process.
            if unsafe { libc::madvise(start, size, libc::MADV_HUGEPAGE) } != 0 {
                continue;
            }
            advised += 1;
            // The 2 MiB ranges the program has already written in (the
            // start of each thread's heap) would go on faulting 4 KiB at a
            // time: have the kernel copy them into huge pages now. Best
            // effort, so the result is not read: the kernel collapses the
            // ranges it can and still answers `EINVAL` for the arena's
            // ranges never written in (every run does); a kernel before 6.1
            // does not know the advice; one short of free huge pages leaves
            // some ranges as they are.
            // SAFETY: `MADV_COLLAPSE` moves the range's contents into huge
            // pages at the same addresses, as the kernel's own background
            // collapse does; what the program reads there does not change.
            let _ = unsafe { libc::madvise(start, size, MADV_COLLAPSE) };
        }
        if advised == 0 {
            HugePages::Unavailable
        } else {
            HugePages::Advised(advised)
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod imp {
    use super::HugePages;

    pub(super) fn prefer_huge_pages() -> HugePages {
        HugePages::Unavailable
    }
}
