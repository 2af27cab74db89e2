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
use termcolor::{ColorChoice, StandardStream};

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

    fn to_codespan(&self) -> cs::Diagnostic<()> {
        let base = match self.severity {
            Severity::Error => cs::Diagnostic::error(),
            Severity::Warning => cs::Diagnostic::warning(),
        };
        let mut notes = Vec::new();
        if let Some(field) = &self.field {
            notes.push(format!("field: {field}"));
        }
        notes.extend(self.hints.iter().map(|h| format!("hint: {h}")));
        let labels = self
            .location
            .iter()
            .map(|loc| cs::Label::primary((), loc.range.clone()))
            .collect();
        base.with_message(&self.message)
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
        let stream = StandardStream::stderr(choice);
        let mut out = stream.lock();
        let config = term::Config::default();
        let printed = match &self.location {
            Some(loc) => {
                let file = SimpleFile::new(loc.file.as_str(), loc.source.as_ref());
                term::emit_to_write_style(&mut out, &config, &file, &self.to_codespan())
            }
            None => {
                let file = SimpleFile::new("", "");
                term::emit_to_write_style(&mut out, &config, &file, &self.to_codespan())
            }
        };
        if printed.is_err() {
            // The snippet could not be drawn (range past the end): still say what is wrong.
            let _ = writeln!(out, "{self}");
        }
    }
}

/// Plain one-paragraph form, used when a snippet is not wanted (tests, logs).
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        if let Some(loc) = &self.location {
            let (line, column) = loc.line_column();
            write!(f, "{}:{line}:{column}: ", loc.file)?;
        }
        write!(f, "{level}: {}", self.message)?;
        if let Some(field) = &self.field {
            write!(f, "\n  field: {field}")?;
        }
        for hint in &self.hints {
            write!(f, "\n  hint: {hint}")?;
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
