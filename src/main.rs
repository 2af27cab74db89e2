//! The storydeck command line: parse, dispatch, report. Exit status: 0 success,
//! 1 invalid input or a render error, 2 a usage error (clap's own).

mod args;
mod cmd;

use std::process::ExitCode;

use clap::Parser;

use args::{Cli, Command, ThemeCommand};

/// Counts memory in use and ends a run that passes the limit with a message
/// (see `storydeck::budget`).
#[global_allocator]
static ALLOCATOR: storydeck::budget::Budget = storydeck::budget::Budget;

fn main() -> ExitCode {
    storydeck::budget::Budget::enforce();
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => cmd::build::build(args),
        Command::Watch(args) => cmd::watch::watch(args),
        Command::Emit(args) => cmd::emit::emit(args),
        Command::Check(args) => cmd::check::check(args),
        Command::Init(args) => cmd::init::init(args),
        Command::Schema => {
            print!("{}", storydeck::story::story_schema());
            Ok(())
        }
        Command::Themes(args) => cmd::themes::themes(args),
        Command::Theme(ThemeCommand::New(args)) => cmd::theme_new::theme_new(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(diagnostics) => {
            for diagnostic in &diagnostics.0 {
                diagnostic.emit();
            }
            ExitCode::FAILURE
        }
    }
}
