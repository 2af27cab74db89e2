//! Every problem the user can act on — a YAML mistake, an unreadable file, an error
//! in a theme's Typst file — is one `Diagnostic`, printed rustc-style:
//!
//! ```text
//! error: unknown field `visoin`
//!   ┌─ decks/minaseno/story.yaml:14:3
//!    │
//! 14 │   visoin:
//!    │   ^^^^^^ here
//!    │
//!    = field: sheets.visoin
//!    = hint: did you mean `vision`?
//! ```

use std::fmt;
use std::io::{IsTerminal, Write};
use std::ops::Range;
use std::sync::Arc;

use codespan_reporting::diagnostic as cs;
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term;
use termcolor::{Buffer, ColorChoice};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// A place in a file: its name as shown to the user, its text, a byte range.
#[derive(Debug, Clone)]
pub struct Location {
    pub file: String,
    pub source: Arc<str>,
    pub range: Range<usize>,
}

impl Location {
    /// 1-based line and column (in characters) of the start of the range.
    pub fn line_column(&self) -> (usize, usize) {
        let mut start = self.range.start.min(self.source.len());
        while !self.source.is_char_boundary(start) {
            start -= 1;
        }
        let before = &self.source[..start];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (line, before[line_start..].chars().count() + 1)
    }
}

#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    pub location: Option<Location>,
    /// Path of the story field, e.g. `sheets.force_field.driving[2].how`.
    pub field: Option<String>,
    pub hints: Vec<String>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            location: None,
            field: None,
            hints: Vec::new(),
        }
    }

    pub fn warning(message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Self::error(message)
        }
    }

    pub fn at(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    pub fn field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    pub fn hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    fn to_codespan(&self, range: Option<Range<usize>>) -> cs::Diagnostic<()> {
        let base = match self.severity {
            Severity::Error => cs::Diagnostic::error(),
            Severity::Warning => cs::Diagnostic::warning(),
        };
        let mut notes = Vec::new();
        if let Some(field) = &self.field {
            notes.push(format!("{}: {}", crate::t!("diag-field"), printable(field)));
        }
        let hint = crate::t!("diag-hint");
        notes.extend(
            self.hints
                .iter()
                .map(|h| format!("{hint}: {}", printable(h))),
        );
        let labels = range
            .into_iter()
            .map(|r| cs::Label::primary((), r))
            .collect();
        base.with_message(printable(&self.message))
            .with_labels(labels)
            .with_notes(notes)
    }

    /// Prints to stderr, in colour only on a terminal and without NO_COLOR.
    pub fn emit(&self) {
        let choice = if std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none() {
            ColorChoice::Auto
        } else {
            ColorChoice::Never
        };
        let mut out = if choice == ColorChoice::Never {
            Buffer::no_color()
        } else {
            Buffer::ansi()
        };
        let config = term::Config::default();
        let printed = match &self.location {
            Some(loc) => {
                let (source, range) = snippet(loc);
                let name = printable(&loc.file);
                let file = SimpleFile::new(name.as_str(), source.as_str());
                term::emit_to_write_style(&mut out, &config, &file, &self.to_codespan(Some(range)))
            }
            None => {
                let file = SimpleFile::new("", "");
                term::emit_to_write_style(&mut out, &config, &file, &self.to_codespan(None))
            }
        };
        if printed.is_err() {
            // The snippet could not be drawn (range past the end): still say what is wrong.
            out.clear();
            let _ = writeln!(out, "{self}");
        }
        let text = String::from_utf8_lossy(out.as_slice());
        let _ = std::io::stderr()
            .lock()
            .write_all(self.localise_level(&text).as_bytes());
    }

    /// codespan-reporting writes its level in English: the first `error` or
    /// `warning` of the first line becomes the user's word for it.
    fn localise_level(&self, text: &str) -> String {
        let (english, word) = match self.severity {
            Severity::Error => ("error", crate::t!("diag-error")),
            Severity::Warning => ("warning", crate::t!("diag-warning")),
        };
        let first_line_end = text.find('\n').unwrap_or(text.len());
        match text[..first_line_end].find(english) {
            Some(at) => format!("{}{word}{}", &text[..at], &text[at + english.len()..]),
            None => text.to_owned(),
        }
    }
}

/// `text` safe to print on a terminal: a control character (ESC, BEL … from
/// a story's key or value, or a file name) is shown as `\u{1b}`, never sent
/// raw, where it could move the cursor, retitle the window or hide the message.
pub fn printable(text: &str) -> String {
    if !text.chars().any(is_control) {
        return text.to_owned();
    }
    text.chars()
        .map(|c| {
            if is_control(c) {
                format!("\\u{{{:x}}}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}

fn is_control(c: char) -> bool {
    c.is_control() && c != '\n' && c != '\t'
}

/// Characters of a line shown either side of the place a snippet points at.
const SNIPPET_WINDOW: usize = 80;

/// The source as the snippet shows it, and the range in it: control characters
/// replaced by `?` (one byte for one, so offsets hold), and the pointed-at
/// line cut to a window around the place (a 40 KB line is not echoed whole).
/// The lines before it are kept, so the line number stays right.
fn snippet(loc: &Location) -> (String, Range<usize>) {
    let source: &str = &loc.source;
    let mut start = loc.range.start.min(source.len());
    while !source.is_char_boundary(start) {
        start -= 1;
    }
    let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = source[start..]
        .find('\n')
        .map_or(source.len(), |i| start + i);
    let line = &source[line_start..line_end];
    let column = source[line_start..start].chars().count();
    let (shown, offset) = if line.chars().count() > 2 * SNIPPET_WINDOW {
        let from = column.saturating_sub(SNIPPET_WINDOW);
        let text: String = line.chars().skip(from).take(2 * SNIPPET_WINDOW).collect();
        let prefix = if from > 0 { "…" } else { "" };
        let kept_before: usize = line
            .chars()
            .skip(from)
            .take(column - from)
            .map(char::len_utf8)
            .sum();
        (format!("{prefix}{text}…"), prefix.len() + kept_before)
    } else {
        (line.to_owned(), start - line_start)
    };
    let clean = |text: &str| -> String {
        text.chars()
            .map(|c| {
                if is_control(c) {
                    "?".repeat(c.len_utf8())
                } else {
                    c.to_string()
                }
            })
            .collect()
    };
    let before = clean(&source[..line_start]);
    let shown = clean(&shown);
    let at = before.len() + offset;
    let length = loc.range.end.saturating_sub(loc.range.start);
    let end = (at + length).min(before.len() + shown.len()).max(at);
    (format!("{before}{shown}"), at..end)
}

/// Plain one-paragraph form, used when a snippet is not wanted (tests, logs).
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => crate::t!("diag-error"),
            Severity::Warning => crate::t!("diag-warning"),
        };
        if let Some(loc) = &self.location {
            let (line, column) = loc.line_column();
            write!(f, "{}:{line}:{column}: ", printable(&loc.file))?;
        }
        write!(f, "{level}: {}", printable(&self.message))?;
        if let Some(field) = &self.field {
            write!(f, "\n  {}: {}", crate::t!("diag-field"), printable(field))?;
        }
        for hint in &self.hints {
            write!(f, "\n  {}: {}", crate::t!("diag-hint"), printable(hint))?;
        }
        Ok(())
    }
}

/// What a failed step returns: one or more diagnostics, all worth showing.
#[derive(Debug, Clone)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl From<Diagnostic> for Diagnostics {
    fn from(d: Diagnostic) -> Self {
        Diagnostics(vec![d])
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.0.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{d}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

pub type Result<T, E = Diagnostics> = std::result::Result<T, E>;
