//! Reading a story file: bytes → UTF-8 text → YAML → validated `Story`.
//! Each step that can fail says where (file:line:col), which field, and what to do.

use std::path::Path;
use std::sync::Arc;

use crate::diag::{Diagnostic, Location, Result};

use super::model::Story;

/// A story is a few hundred lines; anything far larger is a mistake (a wrong file).
pub const MAX_STORY_BYTES: usize = 4 * 1024 * 1024;

/// Reads and validates the story at `path`.
pub fn load_story(path: &Path) -> Result<Story> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|err| {
        Diagnostic::error(format!("cannot read story `{name}`: {err}"))
            .hint("check the path; a story is a .yaml file such as decks/sample/story.yaml")
    })?;
    let text = decode(&bytes, &name)?;
    parse_story(&text, &name)
}

/// Turns the file's bytes into text, refusing what a YAML editor would not show right.
fn decode(bytes: &[u8], name: &str) -> Result<String> {
    if bytes.len() > MAX_STORY_BYTES {
        return Err(Diagnostic::error(format!(
            "story `{name}` is {} bytes; the limit is {MAX_STORY_BYTES}",
            bytes.len()
        ))
        .hint("is this the right file? Images belong in separate files, referenced by path")
        .into());
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(err) => {
            let valid = &bytes[..err.valid_up_to()];
            let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
            Err(Diagnostic::error(format!(
                "story `{name}` is not UTF-8 text (first bad byte at line {line}, byte {})",
                err.valid_up_to()
            ))
            .hint("save the file as UTF-8 (Shift_JIS is not supported): in VS Code, \"Save with Encoding\" → UTF-8")
            .into())
        }
    }
}

/// Parses story text; `name` is how the file is named in messages.
pub fn parse_story(text: &str, name: &str) -> Result<Story> {
    if text.trim().is_empty() {
        return Err(Diagnostic::error(format!("story `{name}` is empty"))
            .hint("start from decks/sample/story.yaml; at least `municipality:` and `fiscal_year:` are needed")
            .into());
    }
    let deserializer = serde_yaml::Deserializer::from_str(text);
    serde_path_to_error::deserialize(deserializer).map_err(|err| {
        // `?` stands for a segment the parser had not named yet (a syntax error).
        let path = err.path().to_string();
        let field = path.trim_end_matches(".?").trim_end_matches('?');
        let field = (!field.is_empty() && field != ".").then(|| field.to_owned());
        yaml_diagnostic(err.inner(), field, text, name).into()
    })
}

fn yaml_diagnostic(
    err: &serde_yaml::Error,
    field: Option<String>,
    text: &str,
    name: &str,
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
    for hint in hints_for(&message) {
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

fn hints_for(message: &str) -> Vec<String> {
    let mut hints = Vec::new();
    if let Some(suggestion) = did_you_mean(message) {
        hints.push(suggestion);
    }
    if message.contains("expected a sequence") || message.contains("a list of") {
        hints.push("write a list as lines starting with `- ` under the key".to_owned());
    }
    if message.contains("missing field") {
        hints.push("add the field; docs/story.md lists every field and an example".to_owned());
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

#[cfg(test)]
mod tests {
    use super::*;

    fn error_of(yaml: &str) -> Diagnostic {
        parse_story(yaml, "story.yaml").unwrap_err().0.remove(0)
    }

    #[test]
    fn unknown_key_names_position_field_and_suggestion() {
        let d = error_of(
            "municipality: 架空市\nfiscal_year: 2021\nsheets:\n  visoin:\n    statement: x\n",
        );
        assert!(d.message.contains("unknown field `visoin`"), "{d}");
        assert_eq!(d.location.as_ref().unwrap().line_column(), (4, 3));
        assert_eq!(d.field.as_deref(), Some("sheets.visoin"));
        assert!(
            d.hints.iter().any(|h| h.contains("did you mean `vision`")),
            "{d}"
        );
    }

    #[test]
    fn nested_list_field_path_has_indices() {
        let yaml = "municipality: 架空市\nfiscal_year: 2021\nsheets:\n  force_field:\n    driving:\n      - force: a\n      - force: b\n        hwo: c\n";
        let d = error_of(yaml);
        assert_eq!(
            d.field.as_deref(),
            Some("sheets.force_field.driving[1].hwo")
        );
        assert!(d.hints.iter().any(|h| h.contains("`how`")), "{d}");
    }

    #[test]
    fn strength_out_of_range_is_refused() {
        let yaml = "municipality: 架空市\nfiscal_year: 2021\nsheets:\n  force_field:\n    restraining:\n      - force: a\n        strength: 7\n";
        let d = error_of(yaml);
        assert!(d.message.contains("1 (weak) to 5 (strong)"), "{d}");
        assert_eq!(
            d.field.as_deref(),
            Some("sheets.force_field.restraining[0].strength")
        );
    }

    #[test]
    fn shift_jis_bytes_are_refused_with_encoding_hint() {
        // 架空市 in Shift_JIS
        let d = decode(b"municipality: \x89\xcb\x8b\xf3\x8e\x73\n", "s.yaml")
            .unwrap_err()
            .0
            .remove(0);
        assert!(d.message.contains("not UTF-8"));
        assert!(d.hints[0].contains("UTF-8"));
    }

    #[test]
    fn bom_is_skipped() {
        let text = decode(b"\xEF\xBB\xBFmunicipality: x\n", "s.yaml").unwrap();
        assert!(text.starts_with("municipality"));
    }
}
