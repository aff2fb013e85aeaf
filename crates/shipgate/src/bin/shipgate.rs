//! The `shipgate` command.

fn main() -> std::process::ExitCode {
    shipgate::main()
}
