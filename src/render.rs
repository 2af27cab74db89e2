//! story + theme + deck → PDF on disk.
//!
//! ```text
//! story.yaml ─load─▶ Story ─json─▶ /data/story.json ─┐
//! theme ───────────────────────────▶ theme files ────┼─▶ DeckWorld ─compile─▶ pages ─pdf─▶ atomic write
//! deck kind ──────────────────────▶ entry file ──────┘
//! ```

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use typst::WorldExt;
use typst::diag::{Severity as TypstSeverity, SourceDiagnostic};
use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, Timestamp};

use crate::deck::Deck;
use crate::diag::{Diagnostic, Diagnostics, Location, Result};
use crate::glyphs::missing_glyphs;
use crate::story::{Story, load_story};
use crate::theme::Theme;
use crate::world::DeckWorld;

/// Used as the document date when the story gives none, so output stays reproducible.
const FALLBACK_DATE: (i32, u8, u8) = (2000, 1, 1);

#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub deck: Deck,
    /// `default` or a theme folder.
    pub theme: String,
    /// Where to write; by default `<story stem>-<deck>.pdf` beside the story.
    pub output: Option<PathBuf>,
}

#[derive(Debug)]
pub struct Built {
    pub output: PathBuf,
    pub pages: usize,
    pub warnings: Vec<Diagnostic>,
}

/// Loads the story, renders the deck and writes the PDF atomically.
pub fn build(story_path: &Path, options: &BuildOptions) -> Result<Built> {
    let story = load_story(story_path)?;
    let theme = Theme::resolve(&options.theme)?;
    let output = options
        .output
        .clone()
        .unwrap_or_else(|| default_output(story_path, options.deck));
    let (pdf, pages, warnings) = render_pdf(&story, story_path, theme, options.deck)?;
    write_atomically(&output, &pdf)?;
    Ok(Built {
        output,
        pages,
        warnings,
    })
}

/// `decks/x/story.yaml` → `decks/x/story-sheets.pdf`.
pub fn default_output(story_path: &Path, deck: Deck) -> PathBuf {
    let stem = story_path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("story");
    story_path.with_file_name(format!("{stem}-{}.pdf", deck.name()))
}

/// Compiles the deck and exports it: (PDF bytes, page count, warnings).
pub fn render_pdf(
    story: &Story,
    story_path: &Path,
    theme: Theme,
    deck: Deck,
) -> Result<(Vec<u8>, usize, Vec<Diagnostic>)> {
    let story_json = serde_json::to_vec(story).expect("the story model serialises to JSON");
    let theme_json = serde_json::to_vec(&theme.config).expect("the theme serialises to JSON");
    let (y, m, d) = story
        .date
        .map(|d| (d.year, d.month as u8, d.day as u8))
        .unwrap_or(FALLBACK_DATE);
    let date = Datetime::from_ymd(y, m, d).expect("story dates are validated");
    let story_dir = story_path
        .parent()
        .map(|p| {
            if p.as_os_str().is_empty() {
                Path::new(".")
            } else {
                p
            }
        })
        .unwrap_or(Path::new("."))
        .to_owned();
    let world = DeckWorld::new(theme, deck.entry(), story_dir, story_json, theme_json, date);

    let compiled = typst::compile::<PagedDocument>(&world);
    let mut warnings: Vec<Diagnostic> = compiled
        .warnings
        .iter()
        .map(|w| typst_diagnostic(&world, w))
        .collect();
    let document = compiled
        .output
        .map_err(|errors| to_diagnostics(&world, &errors))?;
    for (c, page) in missing_glyphs(&document) {
        warnings.push(
            Diagnostic::warning(format!(
                "no font has a glyph for `{c}` (U+{:04X}), first on page {page}: it prints as □",
                c as u32
            ))
            .hint("replace the character, or add a font that has it to the theme's fonts/"),
        );
    }

    let stem = story_path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("story");
    let options = PdfOptions {
        // A stable identifier and timestamp: the same story gives the same bytes.
        ident: Smart::Custom(format!("storydeck/{stem}/{}", deck.name())),
        creator: Smart::Custom(Some(format!("storydeck {}", env!("CARGO_PKG_VERSION")))),
        timestamp: Some(Timestamp::new_utc(date)),
        ..PdfOptions::default()
    };
    let pdf =
        typst_pdf::pdf(&document, &options).map_err(|errors| to_diagnostics(&world, &errors))?;
    Ok((pdf, document.pages().len(), warnings))
}

fn to_diagnostics(world: &DeckWorld, errors: &[SourceDiagnostic]) -> Diagnostics {
    Diagnostics(errors.iter().map(|e| typst_diagnostic(world, e)).collect())
}

/// A Typst error points into a theme file (a layout bug) or a data file.
fn typst_diagnostic(world: &DeckWorld, d: &SourceDiagnostic) -> Diagnostic {
    let mut diag = match d.severity {
        TypstSeverity::Error => Diagnostic::error(d.message.to_string()),
        TypstSeverity::Warning => Diagnostic::warning(d.message.to_string()),
    };
    if let Some(id) = d.span.id()
        && let Some(range) = world.range(d.span)
        && let Ok(source) = typst::World::source(world, id)
    {
        diag = diag.at(Location {
            file: world.display_path(id),
            source: Arc::from(source.text()),
            range,
        });
    }
    for hint in &d.hints {
        diag = diag.hint(hint.v.to_string());
    }
    diag
}

/// Writes beside the target, then renames: a failed or killed build never leaves
/// a half-written PDF, and the previous one survives until the new one is whole.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let fail = |what: &str, err: std::io::Error| {
        Diagnostic::error(format!("cannot {what} `{}`: {err}", path.display()))
            .hint("check that the folder exists and is writable")
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".storydeck-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| fail("write", e))?;
    temp.write_all(bytes).map_err(|e| fail("write", e))?;
    temp.as_file().sync_all().map_err(|e| fail("write", e))?;
    temp.persist(path).map_err(|e| fail("replace", e.error))?;
    Ok(())
}
