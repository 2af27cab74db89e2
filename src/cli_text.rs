//! The command line in the user's language: clap's help and its usage errors.
//!
//! clap writes English (its derive reads the doc comments, its errors are its
//! own), so the command tree is rewritten before parsing: every command's about
//! text and examples, every option's help, every value's meaning, the headings,
//! the default values, from the catalogue `locales/<lang>/cli.ftl`, where each is
//! named after its place:
//!
//! - `cli-<command>-about`, `cli-<command>-examples` (command path joined by `-`;
//!   the root is `cli-storydeck-…`);
//! - `cli-<command>-<arg>` for an option of one command, else `cli-arg-<arg>` for
//!   an option several commands share (`--deck`, `--theme` …);
//! - `cli-value-<arg>-<value>` for a value an option takes.
//!
//! A usage error becomes a `Diagnostic` with the same wording rules as every
//! other message.

use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};
use storydeck::i18n;
use storydeck::{Diagnostic, t};

/// Message id for a command path: `["storydeck", "theme", "new"]` → `theme-new`.
fn command_key(path: &[String]) -> String {
    if path.len() <= 1 {
        "storydeck".to_owned()
    } else {
        path[1..].join("-")
    }
}

fn arg_key(arg: &Arg) -> String {
    arg.get_id().as_str().replace('_', "-")
}

/// The catalogue text for one of the ids, in order; `None` if none exists.
fn first_message(ids: &[String]) -> Option<String> {
    ids.iter()
        .find(|id| i18n::has_message(i18n::lang(), id))
        .map(|id| i18n::message(id, None))
}

/// The ids an option's help may come from, most specific first.
pub fn arg_ids(command: &str, arg: &str) -> [String; 2] {
    [format!("cli-{command}-{arg}"), format!("cli-arg-{arg}")]
}

/// The command tree with every text in the user's language.
pub fn localise(command: Command) -> Command {
    localise_at(command, &mut Vec::new())
}

fn localise_at(mut command: Command, path: &mut Vec<String>) -> Command {
    path.push(command.get_name().to_owned());
    let key = command_key(path);
    if let Some(about) = first_message(&[format!("cli-{key}-about")]) {
        command = command.about(about);
    }
    if let Some(examples) = first_message(&[format!("cli-{key}-examples")]) {
        command = command.after_help(format!(
            "{}:\n{}",
            t!("cli-heading-examples"),
            indent_commands(&examples)
        ));
    }
    command = command
        .help_template(format!(
            "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            t!("cli-heading-usage")
        ))
        .subcommand_help_heading(t!("cli-heading-commands"))
        .subcommand_value_name(t!("cli-value-name-command"))
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::Help)
                .help(t!("cli-help")),
        );
    if path.len() == 1 {
        command = command.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(t!("cli-version")),
        );
    }
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().as_str().to_owned())
        .collect();
    for id in ids {
        command = command.mut_arg(id, |arg| localise_arg(arg, &key));
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let sub = command.find_subcommand(&name).cloned().expect("listed");
        let sub = localise_at(sub, path);
        command = command.mut_subcommand(&name, |_| sub);
    }
    path.pop();
    command
}

/// Examples as clap shows them: commands (and what each does, below it)
/// indented under the heading, notes flush left.
fn indent_commands(examples: &str) -> String {
    examples
        .lines()
        .map(|line| {
            if line.starts_with(' ') || line.starts_with("storydeck ") || line.starts_with("typst ")
            {
                format!("  {line}")
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn localise_arg(mut arg: Arg, command: &str) -> Arg {
    let key = arg_key(&arg);
    let heading = if arg.is_positional() {
        t!("cli-heading-arguments")
    } else {
        t!("cli-heading-options")
    };
    arg = arg.help_heading(heading);
    if matches!(key.as_str(), "help" | "version") {
        return arg;
    }
    let mut help = first_message(&arg_ids(command, &key)).unwrap_or_default();
    // clap's own "[default: …]" and "[possible values: …]" are English: say them here.
    let takes_values = arg.get_action().takes_values();
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| takes_values && !v.is_hide_set())
        .map(|v| {
            let name = v.get_name();
            match first_message(&[format!("cli-value-{key}-{name}")]) {
                Some(meaning) => format!("\n  {name}: {meaning}"),
                None => format!("\n  {name}"),
            }
        })
        .collect();
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_values && !defaults.is_empty() {
        help.push_str(&format!(
            " {}",
            t!("cli-default", value = defaults.join(","))
        ));
    }
    if !values.is_empty() {
        help.push_str(&values.concat());
    }
    arg.help(help)
        .hide_default_value(true)
        .hide_possible_values(true)
}

/// A usage error as the user's language says it. Help and version requests
/// are not errors: they print and end as clap would.
pub fn usage_error(error: clap::Error, command: &Command) -> Diagnostic {
    let text = |kind: ContextKind| -> Option<String> {
        match error.get(kind)? {
            ContextValue::String(s) => Some(s.clone()),
            ContextValue::Strings(s) => Some(s.join(", ")),
            ContextValue::StyledStr(s) => Some(plain(s)),
            ContextValue::StyledStrs(s) => Some(s.iter().map(plain).collect::<Vec<_>>().join(", ")),
            ContextValue::Number(n) => Some(n.to_string()),
            _ => None,
        }
    };
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let diagnostic = match error.kind() {
        ErrorKind::InvalidSubcommand => {
            let value = text(ContextKind::InvalidSubcommand).unwrap_or_default();
            let diagnostic =
                Diagnostic::error(t!("cli-error-unknown-command", command = value.as_str()));
            if value.ends_with(".yaml")
                || value.ends_with(".yml")
                || std::path::Path::new(&value).exists()
            {
                diagnostic.hint(t!("cli-hint-build-the-story", story = value.as_str()))
            } else {
                match text(ContextKind::SuggestedSubcommand) {
                    Some(s) => diagnostic.hint(t!("cli-hint-did-you-mean", suggestion = s)),
                    None => diagnostic.hint(t!("cli-hint-commands")),
                }
            }
        }
        ErrorKind::UnknownArgument => {
            let diagnostic =
                Diagnostic::error(t!("cli-error-unknown-option", option = arg.as_str()));
            match text(ContextKind::SuggestedArg) {
                Some(s) => diagnostic.hint(t!(
                    "cli-hint-did-you-mean",
                    suggestion = s.trim().to_owned()
                )),
                None => diagnostic,
            }
        }
        ErrorKind::MissingRequiredArgument => {
            Diagnostic::error(t!("cli-error-missing-argument", argument = arg.as_str()))
        }
        ErrorKind::MissingSubcommand => {
            Diagnostic::error(t!("cli-error-missing-command")).hint(t!("cli-hint-commands"))
        }
        ErrorKind::InvalidValue => {
            let diagnostic = Diagnostic::error(t!(
                "cli-error-invalid-value",
                option = arg.as_str(),
                value = value.as_str()
            ));
            match text(ContextKind::ValidValue) {
                Some(valid) => diagnostic.hint(t!("cli-hint-valid-values", values = valid)),
                None => diagnostic,
            }
        }
        ErrorKind::ValueValidation => {
            // Our own value parsers already speak the user's language.
            let why = std::error::Error::source(&error)
                .map(|s| s.to_string())
                .unwrap_or_default();
            Diagnostic::error(t!(
                "cli-error-invalid-value",
                option = arg.as_str(),
                value = value.as_str()
            ))
            .hint(why)
        }
        ErrorKind::ArgumentConflict => Diagnostic::error(t!(
            "cli-error-conflict",
            option = arg.as_str(),
            other = text(ContextKind::PriorArg).unwrap_or_default()
        )),
        ErrorKind::TooManyValues => {
            Diagnostic::error(t!("cli-error-unexpected", value = value.as_str()))
        }
        _ => Diagnostic::error(t!(
            "cli-error-other",
            detail = first_line(&error.to_string())
        )),
    };
    diagnostic.hint(t!("cli-hint-help", command = command_path(command)))
}

fn plain(text: &StyledStr) -> String {
    text.to_string()
}

fn first_line(text: &str) -> String {
    let text = text.trim_start_matches("error: ");
    text.lines().next().unwrap_or_default().to_owned()
}

/// `storydeck build` for an error in `build`'s arguments: the help to read.
/// The command line's words are followed down the command tree.
fn command_path(command: &Command) -> String {
    let mut path = vec![command.get_name().to_owned()];
    let mut current = command;
    for word in std::env::args().skip(1) {
        if let Some(sub) = current.find_subcommand(&word) {
            path.push(word);
            current = sub;
        }
    }
    path.join(" ")
}
