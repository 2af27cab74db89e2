//! YAML → typed value, with every failure turned into a diagnostic a first-time
//! YAML editor can act on: file:line:col, the field path, a snippet and a hint.
//! Used for stories and for theme.yaml alike.

use std::sync::Arc;

use serde::de::DeserializeOwned;

use crate::diag::{Diagnostic, Location, Result};

/// Parses `text` (named `name` in messages); `docs` is where the format is described.
pub fn parse<T: DeserializeOwned>(text: &str, name: &str, docs: &str) -> Result<T> {
    let deserializer = serde_yaml::Deserializer::from_str(text);
    serde_path_to_error::deserialize(deserializer).map_err(|err| {
        // `?` stands for a segment the parser had not named yet (a syntax error).
        let path = err.path().to_string();
        let field = path.trim_end_matches(".?").trim_end_matches('?');
        let field = (!field.is_empty() && field != ".").then(|| field.to_owned());
        yaml_diagnostic(err.inner(), field, text, name, docs).into()
    })
}

fn yaml_diagnostic(
    err: &serde_yaml::Error,
    field: Option<String>,
    text: &str,
    name: &str,
    docs: &str,
) -> Diagnostic {
    let message = strip_path(&strip_location(&err.to_string()), field.as_deref());
    let mut diag = Diagnostic::error(message.clone());
    if let Some(loc) = err.location() {
        let start = loc.index().min(text.len());
        diag = diag.at(Location {
            file: name.to_owned(),
            source: Arc::from(text),
            range: start..token_end(text, start),
        });
    }
    if let Some(field) = field {
        diag = diag.field(field);
    }
    for hint in hints_for(&message, docs) {
        diag = diag.hint(hint);
    }
    diag
}

/// serde_yaml appends " at line L column C" (and sometimes a path prefix);
/// the diagnostic shows both in its own way.
fn strip_location(message: &str) -> String {
    let message = match message.rfind(" at line ") {
        Some(i) => &message[..i],
        None => message,
    };
    message.trim().to_owned()
}

/// serde_yaml starts messages with its own path (`sheets: unknown field …`);
/// the diagnostic names the field on a line of its own.
fn strip_path(message: &str, field: Option<&str>) -> String {
    match (message.split_once(": "), field) {
        (Some((head, rest)), Some(field)) if field.starts_with(head) => rest.to_owned(),
        _ => message.to_owned(),
    }
}

/// The marked span: the key or scalar starting at `start`, up to the end of the line.
fn token_end(text: &str, start: usize) -> usize {
    let rest = &text[start..];
    let len = rest
        .find(['\n', ':'])
        .unwrap_or(rest.len())
        .max(rest.chars().next().map_or(0, char::len_utf8));
    start + len
}

fn hints_for(message: &str, docs: &str) -> Vec<String> {
    let mut hints = Vec::new();
    if let Some(suggestion) = did_you_mean(message) {
        hints.push(suggestion);
    }
    if message.contains("expected a sequence") || message.contains("a list of") {
        hints.push("write a list as lines starting with `- ` under the key".to_owned());
    }
    if message.contains("missing field") {
        hints.push(format!(
            "add the field; {docs} lists every field with an example"
        ));
    }
    if message.contains("did not find expected")
        || message.contains("mapping values are not allowed")
    {
        hints.push(
            "check the indentation (spaces, not tabs) and quote text that contains `: ` or starts with `-`, `[`, `{`, `#`"
                .to_owned(),
        );
    }
    hints
}

/// For serde's "unknown field `x`, expected one of `a`, `b`": the closest known key.
fn did_you_mean(message: &str) -> Option<String> {
    let rest = message.strip_prefix("unknown field `")?;
    let (unknown, rest) = rest.split_once('`')?;
    let expected: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
    // Edit distance with transpositions as one edit: `hwo` → `how`, `visoin` → `vision`.
    let (distance, best) = expected
        .iter()
        .map(|&known| (strsim::osa_distance(unknown, known), known))
        .min_by_key(|&(d, _)| d)?;
    Some(if distance <= (unknown.chars().count() / 3).max(1) {
        format!("did you mean `{best}`?")
    } else {
        format!("the keys allowed here are: {}", expected.join(", "))
    })
}
