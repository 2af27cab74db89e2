//! The storydeck command line: parse, dispatch, report. Exit status: 0 success,
//! 1 invalid input or a render error, 2 a usage error.

mod args;
mod cli_text;
mod cmd;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::{CommandFactory, FromArgMatches};

use args::{Cli, Command, LangChoice, ThemeCommand};
use storydeck::i18n;

/// Counts memory in use and ends a run that passes the limit with a message
/// (see `storydeck::budget`).
#[global_allocator]
static ALLOCATOR: storydeck::budget::Budget = storydeck::budget::Budget;

fn main() -> ExitCode {
    storydeck::budget::Budget::enforce();
    let words = arguments();
    // The help is written in the user's language before it is parsed, so
    // `--lang` is looked for first.
    if let Some(lang) = lang_option(&words) {
        i18n::set_lang(lang.lang());
    }
    let command = cli_text::localise(Cli::command());
    let cli = match command
        .clone()
        .try_get_matches_from(&words)
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(error) => return usage_failure(error, &command),
    };
    let result = match cli.command {
        Command::Build(args) => cmd::build::build(args),
        Command::Watch(args) => cmd::watch::watch(args),
        Command::Emit(args) => cmd::emit::emit(args),
        Command::Check(args) => cmd::check::check(args),
        Command::Init(args) => cmd::init::init(args),
        Command::Guide(args) => cmd::guide::guide(args),
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

/// The command line, with `storydeck help build` read as `storydeck build --help`
/// (clap's own `help` command would answer in English).
fn arguments() -> Vec<OsString> {
    let mut words: Vec<OsString> = std::env::args_os().collect();
    if words.get(1).is_some_and(|w| w == "help") {
        words.remove(1);
        words.push("--help".into());
    }
    words
}

/// The value of `--lang`, wherever it is on the line.
fn lang_option(words: &[OsString]) -> Option<LangChoice> {
    let words: Vec<&str> = words.iter().filter_map(|w| w.to_str()).collect();
    let value = words.iter().enumerate().find_map(|(i, w)| {
        if *w == "--lang" {
            words.get(i + 1).copied()
        } else {
            w.strip_prefix("--lang=")
        }
    })?;
    <LangChoice as clap::ValueEnum>::from_str(value, true).ok()
}

/// Help and version print as asked; a real usage error is reported in the
/// user's language, with exit status 2.
fn usage_failure(error: clap::Error, command: &clap::Command) -> ExitCode {
    match error.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => error.exit(),
        _ => {
            cli_text::usage_error(error, command).emit();
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;
    use storydeck::i18n::{Lang, has_message};

    use crate::args::Cli;
    use crate::cli_text::arg_ids;

    /// Every command's description and every option's help exists in both
    /// languages, under the same id: `--help` never falls back to English.
    #[test]
    fn every_command_and_option_is_described_in_both_languages() {
        let mut missing = Vec::new();
        let mut stack = vec![(Vec::<String>::new(), Cli::command())];
        while let Some((mut path, command)) = stack.pop() {
            if !path.is_empty() || command.get_name() != "storydeck" {
                path.push(command.get_name().to_owned());
            }
            let key = if path.is_empty() {
                "storydeck".to_owned()
            } else {
                path.join("-")
            };
            for lang in Lang::ALL {
                let about = format!("cli-{key}-about");
                if !has_message(lang, &about) {
                    missing.push(format!("{lang:?} {about}"));
                }
                for arg in command.get_arguments() {
                    let name = arg.get_id().as_str().replace('_', "-");
                    if matches!(name.as_str(), "help" | "version") {
                        continue;
                    }
                    if !arg_ids(&key, &name).iter().any(|id| has_message(lang, id)) {
                        missing.push(format!("{lang:?} cli-{key}-{name}"));
                    }
                    for value in arg.get_possible_values() {
                        let id = format!("cli-value-{name}-{}", value.get_name());
                        if arg.get_action().takes_values() && !has_message(lang, &id) {
                            missing.push(format!("{lang:?} {id}"));
                        }
                    }
                }
            }
            for sub in command.get_subcommands() {
                stack.push((path.clone(), sub.clone()));
            }
        }
        assert!(missing.is_empty(), "no text for: {missing:#?}");
    }
}
