//! One build, from the story file to the files written: the one way every
//! command (build, watch, check, emit) and the tests go.
//!
//! ```text
//! story.yaml ─read─▶ StoryFile ─▶ StoryData (once) ─┐
//! theme (once) ─────────────────────────────────────┼─▶ Project ─compile(deck)─▶ Compiled ─write─▶ files
//! fonts (Session's cache, once per set of folders) ─┘      (each deck of the build, from the same data)
//! ```
//!
//! A [`Project`] is opened in a [`Session`], which keeps the fonts and the
//! parsed theme files between builds; the story and its theme are loaded once
//! for every deck the build makes.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use crate::budget::{DEFAULT_TIMEOUT, Deadline};
use crate::data::StoryData;
use crate::deck::Deck;
use crate::diag::{Diagnostic, Diagnostics, Result};
use crate::export::{ExportOptions, Files, Format};
use crate::notes::pdfpc;
use crate::render::{Compiled, compile};
use crate::session::{FontCache, Session};
use crate::story::{Story, StoryFile, read_story};
use crate::t;
use crate::theme::Theme;
use crate::world::SourceCache;

// Options records (these, and theme/spec.rs's `Fonts`, `Page`) look alike by design.
/// What a story is opened with: the same for every deck of a build.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// A theme name or folder; `None` takes the story's `theme:`, else `default`.
    pub theme: Option<String>,
    /// Extra font folders (`--font-path`).
    pub font_paths: Vec<PathBuf>,
}

/// How one deck is laid out and written.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub deck: Deck,
    /// Where to write; by default `<story stem>-<deck>.pdf` beside the story.
    /// For PNG and SVG, each page's number is added to this name.
    pub output: Option<PathBuf>,
    /// Also write the speaker notes as `<output>.pdfpc`.
    pub pdfpc: bool,
    /// Format, PDF standards, timestamp.
    pub export: ExportOptions,
    /// Warnings fail the build, and nothing is written.
    pub deny_warnings: bool,
    /// How long laying the deck out may take (`--timeout`); `None` is
    /// [`DEFAULT_TIMEOUT`].
    pub timeout: Option<Duration>,
}

#[derive(Debug)]
pub struct Built {
    /// The files written: the PDF, or one image per page.
    pub outputs: Vec<PathBuf>,
    /// The speaker-notes file, when asked for.
    pub notes: Option<PathBuf>,
    /// The theme used, by name.
    pub theme: String,
    /// The theme's folders on disk, which `watch` watches.
    pub theme_folders: Vec<PathBuf>,
    pub pages: usize,
    pub warnings: Vec<Diagnostic>,
}

/// A story opened with its theme, ready to lay out any deck.
pub struct Project {
    story: Arc<StoryData>,
    theme: Arc<Theme>,
    font_paths: Vec<PathBuf>,
    fonts: Arc<FontCache>,
    sources: Arc<SourceCache>,
}

impl Project {
    /// Reads the story at `path` and resolves its theme.
    pub fn open(session: &Session, path: &Path, options: &LoadOptions) -> Result<Project> {
        Project::from_story(session, read_story(path)?, options)
    }

    /// A story read from anywhere (a file, an editor's buffer), with its theme.
    pub fn from_story(
        session: &Session,
        file: StoryFile,
        options: &LoadOptions,
    ) -> Result<Project> {
        let theme = Theme::for_story(
            options.theme.as_deref(),
            file.story.theme.as_deref(),
            &file.path,
        )?;
        Ok(Project {
            story: Arc::new(StoryData::new(file)),
            theme: Arc::new(theme),
            font_paths: options.font_paths.clone(),
            fonts: session.fonts.clone(),
            sources: session.sources.clone(),
        })
    }

    pub fn story(&self) -> &Story {
        &self.story.file().story
    }

    /// The story as read, with the text and name messages point into.
    pub fn file(&self) -> &StoryFile {
        self.story.file()
    }

    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    /// The font folders given besides the theme's (`--font-path`).
    pub fn font_paths(&self) -> &[PathBuf] {
        &self.font_paths
    }

    /// What `check` says of the story itself, before any layout: an empty
    /// sheet, a placeholder left, a number typed full-width.
    pub fn content_warnings(&self) -> Vec<Diagnostic> {
        crate::check::warnings(self.story(), &self.theme.config, &self.file().source())
    }

    /// Lays `deck` out, within `timeout` (`None`: [`DEFAULT_TIMEOUT`]).
    pub fn compile(&self, deck: Deck, timeout: Option<Duration>) -> Result<Compiled> {
        // Past the deadline (a theme whose code loops), the process ends with
        // a message naming the story, deck and theme.
        let _deadline = Deadline::arm(
            t!(
                "budget-laying-out",
                deck = deck.to_string(),
                story = self.file().path.display().to_string(),
                theme = self.theme.config.name.as_str(),
                layers = self
                    .theme
                    .layers()
                    .iter()
                    .map(|l| l.origin())
                    .collect::<Vec<_>>()
                    .join(" ← ")
            ),
            timeout.unwrap_or(DEFAULT_TIMEOUT),
        );
        let fonts = self.fonts.get(&self.theme, &self.font_paths)?;
        compile(&self.story, &self.theme, fonts, self.sources.clone(), deck)
    }

    /// Lays one deck out and writes its files.
    pub fn build(&self, options: &BuildOptions) -> Result<Built> {
        let compiled = self.compile(options.deck, options.timeout)?;
        self.write(options, compiled)
    }

    /// Exports a compiled deck and writes its files. Nothing is written unless
    /// every file could be made, so an export error leaves the previous output
    /// whole.
    pub fn write(&self, options: &BuildOptions, compiled: Compiled) -> Result<Built> {
        if options.deny_warnings && !compiled.warnings.is_empty() {
            return Err(denied(compiled.warnings));
        }
        let story_path = &self.file().path;
        let formats = &options.export.formats;
        let first = formats.first().copied().unwrap_or_default();
        let output = options
            .output
            .clone()
            .unwrap_or_else(|| default_output(story_path, options.deck, first));
        // Each format from the one layout: the first as named, the others beside it.
        let targets: Vec<(Format, PathBuf)> = formats
            .iter()
            .enumerate()
            .map(|(i, &f)| match i {
                0 => (f, output.clone()),
                _ => (f, output.with_extension(f.extension())),
            })
            .collect();
        let mut files: Files = Vec::new();
        for (format, path) in &targets {
            files.extend(compiled.export(path, *format, &options.export)?);
        }
        let notes = options.pdfpc.then(|| {
            let json =
                serde_json::to_vec_pretty(&pdfpc(&compiled.document)).expect("notes serialise");
            (notes_path(&output), json)
        });
        let outputs: Vec<PathBuf> = files.iter().map(|(path, _)| path.clone()).collect();
        let theme_folders = self.theme.folders();
        files.extend(notes.clone());
        // Every target checked before any is written: a refused one leaves all as they were.
        for (path, _) in &files {
            crate::output::check_target(path, story_path, &theme_folders)?;
        }
        crate::output::write_set(&files)?;
        for (format, path) in &targets {
            if matches!(format, Format::Png | Format::Svg) {
                let kept: Vec<&Path> = outputs.iter().map(PathBuf::as_path).collect();
                crate::output::remove_stale_pages(path, format.extension(), &kept);
            }
        }
        Ok(Built {
            outputs,
            notes: notes.map(|(path, _)| path),
            theme: compiled.theme,
            theme_folders,
            pages: compiled.document.pages().len(),
            warnings: compiled.warnings,
        })
    }
}

/// `--deny-warnings`: each warning as an error, then what happened.
pub fn denied(warnings: Vec<Diagnostic>) -> Diagnostics {
    let count = warnings.len();
    let mut errors: Vec<Diagnostic> = warnings
        .into_iter()
        .map(|w| Diagnostic {
            severity: crate::diag::Severity::Error,
            ..w
        })
        .collect();
    errors.push(
        Diagnostic::error(t!("render-warnings-denied", count = count))
            .hint(t!("render-warnings-denied-hint")),
    );
    Diagnostics(errors)
}

/// pdfpc looks for `<deck>.pdfpc` beside `<deck>.pdf`; for images, beside the
/// set (without the `{p}` page placeholder).
fn notes_path(output: &Path) -> PathBuf {
    let stem = output.file_stem().unwrap_or_default().to_string_lossy();
    output.with_file_name(format!("{}.pdfpc", stem.replace("{p}", "")))
}

/// `decks/x/story.yaml` → `decks/x/story-sheets.pdf` (or `.png`, `.svg`).
pub fn default_output(story_path: &Path, deck: Deck, format: Format) -> PathBuf {
    let stem = story_path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("story");
    story_path.with_file_name(format!("{stem}-{}.{}", deck.name(), format.extension()))
}
