//! The `shipgate` command.

/// The allocator: the gates allocate many small strings from several
/// threads, where the system allocators (glibc's, and musl's in the static
/// build above all) spend a large share of the run.
#[global_allocator]
static ALLOCATOR: shipgate_alloc::Allocator = shipgate_alloc::Allocator;

fn main() -> std::process::ExitCode {
    shipgate::main()
}
