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
use typst_kit::fonts::FontStore;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, Timestamp};

use crate::deck::Deck;
use crate::diag::{Diagnostic, Diagnostics, Location, Result};
use crate::fonts::load_fonts;
use crate::glyphs::missing_glyphs;
use crate::notes::pdfpc;
use crate::overflow::overflow_warnings;
pub use crate::story::story_dir;
use crate::story::{Story, load_story};
use crate::theme::Theme;
use crate::world::DeckWorld;

/// Used as the document date when the story gives none, so output stays reproducible.
const FALLBACK_DATE: (i32, u8, u8) = (2000, 1, 1);

#[derive(Debug, Clone)]
pub struct BuildOptions {
    pub deck: Deck,
    /// A theme name or folder; `None` takes the story's `theme:`, else `default`.
    pub theme: Option<String>,
    /// Where to write; by default `<story stem>-<deck>.pdf` beside the story.
    pub output: Option<PathBuf>,
    /// Extra font folders (`--font-path`).
    pub font_paths: Vec<PathBuf>,
    /// Also write the speaker notes as `<output>.pdfpc`.
    pub pdfpc: bool,
}

#[derive(Debug)]
pub struct Built {
    pub output: PathBuf,
    /// The speaker-notes file, when asked for.
    pub notes: Option<PathBuf>,
    /// The theme used, by name.
    pub theme: String,
    pub pages: usize,
    pub warnings: Vec<Diagnostic>,
}

/// A deck laid out, ready to export.
pub struct Compiled {
    pub document: PagedDocument,
    pub warnings: Vec<Diagnostic>,
    /// The theme used, by name.
    pub theme: String,
    world: DeckWorld,
    ident: String,
    date: Datetime,
}

/// Loads the story, renders the deck and writes the PDF atomically.
pub fn build(story_path: &Path, options: &BuildOptions) -> Result<Built> {
    let compiled = compile_deck(story_path, options)?;
    let output = options
        .output
        .clone()
        .unwrap_or_else(|| default_output(story_path, options.deck));
    let pdf = compiled.pdf()?;
    let notes = if options.pdfpc {
        let path = output.with_extension("pdfpc");
        let json = serde_json::to_vec_pretty(&pdfpc(&compiled.document)).expect("notes serialise");
        Some((path, json))
    } else {
        None
    };
    write_atomically(&output, &pdf)?;
    if let Some((path, json)) = &notes {
        write_atomically(path, json)?;
    }
    Ok(Built {
        output,
        notes: notes.map(|(path, _)| path),
        theme: compiled.theme,
        pages: compiled.document.pages().len(),
        warnings: compiled.warnings,
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

/// Loads the story and its theme and fonts, and lays the deck out.
pub fn compile_deck(story_path: &Path, options: &BuildOptions) -> Result<Compiled> {
    let story = load_story(story_path)?;
    let theme = Theme::for_story(options.theme.as_deref(), story.theme.as_deref(), story_path)?;
    let fonts = Arc::new(load_fonts(&theme, &options.font_paths)?);
    compile(&story, story_path, theme, fonts, options.deck)
}

/// Lays out `deck` for a loaded story with a resolved theme and fonts.
pub fn compile(
    story: &Story,
    story_path: &Path,
    theme: Theme,
    fonts: Arc<FontStore>,
    deck: Deck,
) -> Result<Compiled> {
    let story_json = serde_json::to_vec(story).expect("the story model serialises to JSON");
    let theme_json = serde_json::to_vec(&theme.config).expect("the theme serialises to JSON");
    let theme_name = theme.config.name.clone();
    let (y, m, d) = story
        .date
        .map(|d| (d.year, d.month as u8, d.day as u8))
        .unwrap_or(FALLBACK_DATE);
    let date = Datetime::from_ymd(y, m, d).expect("story dates are validated");
    let world = DeckWorld::new(
        theme,
        fonts,
        deck.entry(),
        story_dir(story_path),
        story_json,
        theme_json,
        date,
    );

    let compiled = typst::compile::<PagedDocument>(&world);
    let mut warnings: Vec<Diagnostic> = compiled
        .warnings
        .iter()
        .map(|w| typst_diagnostic(&world, w))
        .collect();
    let document = compiled
        .output
        .map_err(|errors| to_diagnostics(&world, &errors))?;
    warnings.extend(overflow_warnings(&document));
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
    Ok(Compiled {
        document,
        warnings,
        theme: theme_name,
        world,
        ident: format!("storydeck/{stem}/{}", deck.name()),
        date,
    })
}

impl Compiled {
    /// The PDF, reproducibly: a stable identifier and the story's date as timestamp.
    pub fn pdf(&self) -> Result<Vec<u8>> {
        let options = PdfOptions {
            ident: Smart::Custom(self.ident.clone()),
            creator: Smart::Custom(Some(format!("storydeck {}", env!("CARGO_PKG_VERSION")))),
            timestamp: Some(Timestamp::new_utc(self.date)),
            ..PdfOptions::default()
        };
        typst_pdf::pdf(&self.document, &options)
            .map_err(|errors| to_diagnostics(&self.world, &errors))
    }

    /// Page `index` (0-based) as a PNG at `ppi` pixels per inch.
    pub fn png(&self, index: usize, ppi: f32) -> Option<Vec<u8>> {
        let page = self.document.pages().get(index)?;
        let options = typst_render::RenderOptions {
            pixel_per_pt: typst::utils::Scalar::new(f64::from(ppi) / 72.0),
            render_bleed: false,
        };
        let pixmap = typst_render::render(page, &options);
        pixmap.encode_png().ok()
    }
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
    // `-o out/x.pdf` on a fresh checkout: make `out/` rather than fail.
    std::fs::create_dir_all(dir).map_err(|e| fail("create the folder for", e))?;
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
