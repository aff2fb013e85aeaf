//! The `shipgate` binary: command-line definitions, wiring, exit codes and
//! terminal output. The gates themselves live in their own crates.

mod ci;
mod cli;
mod clock;
mod commands;
mod env;
mod exit;
mod lazy_cli;
mod output;
mod workspace;

use std::process::ExitCode;

pub use exit::ExitStatus;

/// Every rule of every gate, with its gate's name, sorted by gate then id:
/// what `shipgate rules` lists and the rule reference documents.
pub fn all_rules() -> Vec<(&'static str, &'static shipgate_report::RuleMeta)> {
    commands::all_rules()
}

/// The command-line definition: for the man pages and completion scripts
/// generated from it.
pub fn command() -> clap::Command {
    <cli::Cli as clap::CommandFactory>::command()
}

/// Starts the threads the gates' parallel work runs on: this thread and one
/// per other core, not a new thread per core beside it (one thread, stack and
/// heap less to start and touch). Every command calls the pool from this
/// thread. It is started first, before the command line is read: a thread
/// started later waits longer for its first memory (about 0.5 ms of a run,
/// measured on Lemmy's migrations).
fn start_pool() {
    let _ = rayon::ThreadPoolBuilder::new()
        .use_current_thread()
        .build_global();
}

/// Runs shipgate with the process's arguments and returns its exit code.
pub fn main() -> ExitCode {
    on_measured_stack(run)
}

/// Runs `f` on a thread whose stack bounds the SQL parser can read.
///
/// sqlparser guards its recursion with `stacker`, which moves onto a fresh
/// 2 MiB stack (`mmap`, `mprotect`, then `munmap`) whenever less than 128 KiB
/// seem to be left. musl (the static release build) reports the main
/// thread's stack as only the part the kernel has mapped so far, about that
/// much, so the parser on the main thread moved to a new stack for nearly
/// every statement: 106 times on Lemmy's 342 migrations, whose run spent a
/// third of its CPU samples in the kernel. A thread started with its own
/// stack (8 MiB, the main thread's usual limit) reports its real bounds.
/// glibc reports the main thread's stack correctly, so there `f` runs where
/// it is called.
#[cfg(target_env = "musl")]
fn on_measured_stack(f: fn() -> ExitCode) -> ExitCode {
    const STACK_BYTES: usize = 8 << 20;
    let spawned = std::thread::Builder::new()
        .name("main".into())
        .stack_size(STACK_BYTES)
        .spawn(f);
    match spawned {
        Ok(thread) => thread
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
        // No thread to be had: the same work, only slower.
        Err(_) => f(),
    }
}

/// See the musl version: glibc reports the main thread's stack as it is.
#[cfg(not(target_env = "musl"))]
fn on_measured_stack(f: fn() -> ExitCode) -> ExitCode {
    f()
}

fn run() -> ExitCode {
    start_pool();

    let cli = match lazy_cli::parse() {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return if err.use_stderr() {
                ExitStatus::Usage.into()
            } else {
                ExitStatus::Success.into()
            };
        }
    };
    match commands::run(&cli) {
        Ok(status) => status.into(),
        Err(err) => {
            eprintln!("error: {}", err.message);
            if let Some(hint) = &err.hint {
                eprintln!("\nhint: {hint}");
            }
            err.status.into()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The thread the gates run on has room by `stacker`'s reading (what
    /// sqlparser's recursion guard reads), so the parser never moves to a
    /// fresh stack for an ordinary statement. On musl that thread is one
    /// started with 8 MiB; elsewhere the calling thread (a test thread has
    /// 2 MiB).
    #[test]
    fn the_gates_run_where_the_stack_is_known() {
        fn probe() -> ExitCode {
            let enough = 1 << 20;
            match stacker::remaining_stack() {
                Some(left) if left >= enough => ExitCode::SUCCESS,
                _ => ExitCode::FAILURE,
            }
        }
        assert_eq!(on_measured_stack(probe), ExitCode::SUCCESS);
    }

    /// What `f` returns is the process's exit code.
    #[test]
    fn the_exit_code_is_the_function_s() {
        assert_eq!(on_measured_stack(|| ExitCode::from(3)), ExitCode::from(3));
    }
}
