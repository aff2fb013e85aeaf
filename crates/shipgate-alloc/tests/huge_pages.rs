//! `prefer_huge_pages` in a process whose allocator is shipgate's, read back
//! from what the kernel reports about the process (`/proc/self`).

use std::fs;

#[global_allocator]
static ALLOCATOR: shipgate_alloc::Allocator = shipgate_alloc::Allocator;

/// The `THP_enabled` line of `/proc/self/status`: whether the process may
/// have transparent huge pages at all.
fn thp_enabled() -> Option<bool> {
    let status = fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("THP_enabled:"))?;
    Some(line.split_whitespace().nth(1)? == "1")
}

/// The sizes, in bytes, of the mappings advised to take huge pages (`hg`
/// among their `VmFlags` in `/proc/self/smaps`).
fn advised_mappings() -> Vec<u64> {
    let Ok(smaps) = fs::read_to_string("/proc/self/smaps") else {
        return Vec::new();
    };
    let mut sizes = Vec::new();
    let mut size = 0;
    for line in smaps.lines() {
        if let Some(kb) = line.strip_prefix("Size:") {
            size = kb
                .trim()
                .trim_end_matches("kB")
                .trim()
                .parse::<u64>()
                .unwrap_or(0)
                * 1024;
        } else if let Some(flags) = line.strip_prefix("VmFlags:")
            && flags.split_whitespace().any(|f| f == "hg")
        {
            sizes.push(size);
        }
    }
    sizes
}

#[cfg(target_os = "linux")]
#[test]
fn the_heap_takes_huge_pages_only_once_asked() {
    // Something on the heap, so that the allocator has its arena.
    let held: Vec<String> = (0..1000).map(|i| i.to_string()).collect();

    // Built with `MI_DEFAULT_ALLOW_THP=0`: huge pages off, nothing advised.
    assert_eq!(
        thp_enabled(),
        Some(false),
        "the allocator turns them off at start"
    );
    assert!(advised_mappings().is_empty(), "{:?}", advised_mappings());

    let outcome = shipgate_alloc::prefer_huge_pages();
    let shipgate_alloc::HugePages::Advised(arenas) = outcome else {
        panic!("the arena was not advised: {outcome:?}");
    };
    assert!(arenas >= 1);
    assert_eq!(thp_enabled(), Some(true));
    let advised = advised_mappings();
    assert_eq!(advised.len(), arenas, "{advised:?}");
    // mimalloc reserves its arenas in GiB.
    assert!(advised.iter().all(|&size| size >= 1 << 30), "{advised:?}");

    // What was allocated before is untouched, and allocating goes on.
    assert_eq!(held[999], "999");
    let more: Vec<u8> = vec![7; 8 << 20];
    assert!(more.iter().all(|&b| b == 7));

    // Where the kernel hands out huge pages on advice, the heap now has some.
    let setting =
        fs::read_to_string("/sys/kernel/mm/transparent_hugepage/enabled").unwrap_or_default();
    if setting.contains("[madvise]") || setting.contains("[always]") {
        assert!(
            anon_huge_bytes() > 0,
            "no huge page in the heap ({setting})"
        );
    } else {
        eprintln!("the kernel gives no huge pages here ({setting}): their use is not checked");
    }
}

/// `AnonHugePages` of `/proc/self/smaps_rollup`: the process's memory on
/// transparent huge pages, in bytes.
fn anon_huge_bytes() -> u64 {
    fs::read_to_string("/proc/self/smaps_rollup")
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix("AnonHugePages:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .unwrap_or(0)
        * 1024
}
