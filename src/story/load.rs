//! Reading a story file: bytes → UTF-8 text → YAML → validated `Story`.
//! Each step that can fail says where (file:line:col), which field, and what to do.

use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Result};
use crate::t;
use crate::yaml;

use super::model::Story;
use super::typing::readable_numbers;

/// A story is a few hundred lines; anything far larger is a mistake (a wrong file).
pub const MAX_STORY_BYTES: usize = 4 * 1024 * 1024;

/// The folder holding the story: its assets and local themes live there.
pub fn story_dir(story_path: &Path) -> PathBuf {
    match story_path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// A story as read from its file: the model, and the text and path that
/// messages point into.
#[derive(Debug, Clone)]
pub struct StoryFile {
    pub story: Story,
    /// The text as decoded (UTF-8, `\n` line ends).
    pub text: String,
    pub path: PathBuf,
    /// The path as messages name it.
    pub name: String,
}

impl StoryFile {
    /// Where messages about the story point.
    pub fn source(&self) -> crate::check::Source<'_> {
        crate::check::Source {
            text: &self.text,
            name: &self.name,
        }
    }
}

/// Reads and validates the story at `path`: where a story comes from. Another
/// source (an editor's buffer) makes a [`StoryFile`] with [`story_from_bytes`].
pub fn read_story(path: &Path) -> Result<StoryFile> {
    let name = path.display().to_string();
    let bytes = read_bounded(path, MAX_STORY_BYTES).map_err(|err| {
        Diagnostic::error(t!(
            "story-cannot-read",
            file = name.as_str(),
            detail = err.to_string()
        ))
        .hint(t!("story-cannot-read-hint"))
    })?;
    let (story, text) = story_from_bytes(&bytes, &name)?;
    Ok(StoryFile {
        story,
        text,
        path: path.to_owned(),
        name,
    })
}

/// A story file's bytes (named `name` in messages) decoded and parsed: the
/// story, and its text as decoded (for locating fields in messages).
pub fn story_from_bytes(bytes: &[u8], name: &str) -> Result<(Story, String)> {
    let text = decode(bytes, name)?;
    let story = parse_story(&text, name)?;
    Ok((story, text))
}

/// At most `limit` + 1 bytes of the file: enough to tell it is too large
/// without reading a 3 GB file (or `/dev/zero`) whole. A folder is refused.
pub fn read_bounded(path: &Path, limit: usize) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let file = std::fs::File::open(path)?;
    if file.metadata()?.is_dir() {
        return Err(std::io::Error::other("it is a folder, not a file"));
    }
    let mut bytes = Vec::new();
    file.take(limit as u64 + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// Turns the file's bytes into text, refusing what a YAML editor would not show right.
fn decode(bytes: &[u8], name: &str) -> Result<String> {
    if bytes.len() > MAX_STORY_BYTES {
        return Err(
            Diagnostic::error(t!("story-too-large", file = name, max = MAX_STORY_BYTES))
                .hint(t!("story-too-large-hint"))
                .into(),
        );
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => {
            let text = unix_lines(text);
            refuse_invisible(&text, name)?;
            Ok(text)
        }
        Err(err) => {
            let valid = &bytes[..err.valid_up_to()];
            let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
            Err(Diagnostic::error(t!(
                "story-not-utf8",
                file = name,
                line = line,
                byte = err.valid_up_to()
            ))
            .hint(t!("story-not-utf8-hint"))
            .into())
        }
    }
}

/// Windows (CRLF) and old Mac (CR) line ends as `\n`: the parser then counts
/// lines as every editor does (a CRLF file was reported at two places, a CR
/// one as a single line missing every field).
pub fn unix_lines(text: &str) -> String {
    if !text.contains('\r') {
        return text.to_owned();
    }
    text.replace("\r\n", "\n").replace('\r', "\n")
}

/// A character YAML refuses and an editor does not show (NUL, DEL, U+FFFF …),
/// located exactly: the parser only says "at position 61", at 1:1.
fn refuse_invisible(text: &str, name: &str) -> Result<()> {
    let invisible = |c: char| {
        (c.is_control() && !matches!(c, '\n' | '\t')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
    };
    let Some((offset, c)) = text.char_indices().find(|&(_, c)| invisible(c)) else {
        return Ok(());
    };
    let location = crate::diag::Location {
        file: name.to_owned(),
        source: std::sync::Arc::from(text),
        range: offset..offset + c.len_utf8(),
    };
    Err(Diagnostic::error(t!(
        "story-invisible-character",
        code = format!("U+{:04X}", c as u32)
    ))
    .at(location)
    .hint(t!("story-invisible-character-hint"))
    .into())
}

/// Parses story text; `name` is how the file is named in messages.
pub fn parse_story(text: &str, name: &str) -> Result<Story> {
    // Only blank lines and comments: nothing written yet.
    if text
        .lines()
        .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
    {
        return Err(Diagnostic::error(t!("story-empty", file = name))
            .hint(t!("story-empty-hint"))
            .into());
    }
    yaml::parse(&readable_numbers(text), name, "story")
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
