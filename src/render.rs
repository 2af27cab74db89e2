//! story + theme + deck → PDF on disk.
//!
//! ```text
//! story.yaml ─load─▶ Story ─json─▶ /data/story.json ─┐
//! theme ───────────────────────────▶ theme files ────┼─▶ DeckWorld ─compile─▶ pages ─export─▶ atomic write
//! deck kind ──────────────────────▶ entry file ──────┘
//! ```
//!
//! A process that builds more than once (watch, batch) goes through a
//! [`Session`](crate::session::Session), which keeps the fonts loaded.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use typst::WorldExt;
use typst::diag::{Severity as TypstSeverity, SourceDiagnostic};
use typst::foundations::{Datetime, Smart};
use typst_kit::fonts::FontStore;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandards, Timestamp};

use crate::collisions::collision_warnings;
use crate::deck::Deck;
use crate::diag::{Diagnostic, Diagnostics, Location, Result};
use crate::export::{ExportOptions, Format, PdfStandard, page_path};
use crate::glyphs::missing_glyphs;
use crate::nobreak;
use crate::notes::pdfpc;
use crate::overflow::{capped_warnings, overflow_warnings};
use crate::session::Session;
use crate::story::Story;
pub use crate::story::story_dir;
use crate::t;
use crate::theme::Theme;
use crate::world::{DeckWorld, SourceCache};

/// Used as the document date when the story gives none, so output stays reproducible.
const FALLBACK_DATE: (i32, u8, u8) = (2000, 1, 1);

#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub deck: Deck,
    /// A theme name or folder; `None` takes the story's `theme:`, else `default`.
    pub theme: Option<String>,
    /// Where to write; by default `<story stem>-<deck>.pdf` beside the story.
    /// For PNG and SVG, each page's number is added to this name.
    pub output: Option<PathBuf>,
    /// Extra font folders (`--font-path`).
    pub font_paths: Vec<PathBuf>,
    /// Also write the speaker notes as `<output>.pdfpc`.
    pub pdfpc: bool,
    /// Format, PDF standards, timestamp.
    pub export: ExportOptions,
    /// Warnings fail the build, and nothing is written.
    pub deny_warnings: bool,
    /// How long laying the deck out may take (`--timeout`); `None` is
    /// [`budget::DEFAULT_TIMEOUT`](crate::budget::DEFAULT_TIMEOUT).
    pub timeout: Option<std::time::Duration>,
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

/// A deck laid out, ready to export.
pub struct Compiled {
    pub document: PagedDocument,
    pub warnings: Vec<Diagnostic>,
    /// The theme used, by name.
    pub theme: String,
    world: DeckWorld,
    ident: String,
    date: Datetime,
    /// The story file, for locating a story text an export refuses.
    story_path: PathBuf,
}

/// A build's files, in memory until every one of them is ready.
type Files = Vec<(PathBuf, Vec<u8>)>;

/// Loads the story, renders the deck and writes its files atomically.
pub fn build(story_path: &Path, options: &BuildOptions) -> Result<Built> {
    Session::new().build(story_path, options)
}

/// Exports a compiled deck and writes its files. Nothing is written unless every
/// file could be made, so an export error leaves the previous output whole.
pub fn write_deck(story_path: &Path, options: &BuildOptions, compiled: Compiled) -> Result<Built> {
    if options.deny_warnings && !compiled.warnings.is_empty() {
        return Err(denied(compiled.warnings));
    }
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
        let json = serde_json::to_vec_pretty(&pdfpc(&compiled.document)).expect("notes serialise");
        (notes_path(&output), json)
    });
    let outputs: Vec<PathBuf> = files.iter().map(|(path, _)| path.clone()).collect();
    let theme_folders = compiled.resolved_theme().folders();
    files.extend(notes.clone());
    // Every target checked before any is written: a refused one leaves all as they were.
    for (path, _) in &files {
        crate::output::check_target(path, story_path, &theme_folders)?;
    }
    write_set(&files)?;
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

/// Loads the story and its theme and fonts, and lays the deck out.
pub fn compile_deck(story_path: &Path, options: &BuildOptions) -> Result<Compiled> {
    Session::new().compile_deck(story_path, options)
}

/// The most pages a deck may have: a story within its limits (4 MiB, 200 items
/// a list) lays out in fewer; more means a runaway theme or story.
pub const MAX_DECK_PAGES: usize = 2000;

/// Lays out `deck` for a loaded story with a resolved theme and fonts.
pub fn compile(
    story: &Story,
    story_path: &Path,
    theme: Theme,
    fonts: Arc<FontStore>,
    deck: Deck,
) -> Result<Compiled> {
    let sources = Arc::new(SourceCache::default());
    compile_with_sources(story, story_path, theme, fonts, sources, deck)
}

/// [`compile`], reusing sources parsed by earlier builds.
pub fn compile_with_sources(
    story: &Story,
    story_path: &Path,
    theme: Theme,
    fonts: Arc<FontStore>,
    sources: Arc<SourceCache>,
    deck: Deck,
) -> Result<Compiled> {
    let (story_json, theme_json) = data_files(story, &theme, deck);
    let theme_name = theme.config.name.clone();
    let (y, m, d) = story
        .date
        .map(|d| (d.year, d.month as u8, d.day as u8))
        .unwrap_or(FALLBACK_DATE);
    let date = Datetime::from_ymd(y, m, d).expect("story dates are validated");
    let world = DeckWorld::new(
        theme,
        fonts,
        sources,
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
        .map_err(|errors| to_diagnostics(&world, &errors))
        .map(nobreak::strip_joiners)?;
    if document.pages().len() > MAX_DECK_PAGES {
        return Err(Diagnostic::error(t!(
            "render-too-many-pages",
            deck = deck.name(),
            pages = document.pages().len(),
            max = MAX_DECK_PAGES
        ))
        .hint(t!("render-too-many-pages-hint"))
        .into());
    }
    warnings.extend(overflow_warnings(&document));
    warnings.extend(capped_warnings(&document, deck));
    let story_json = world.data(crate::world::STORY_JSON);
    warnings.extend(collision_warnings(
        &document,
        story_json.as_deref().unwrap_or_default(),
    ));
    let story_value: Option<serde_json::Value> = story_json
        .as_deref()
        .and_then(|json| serde_json::from_slice(json).ok());
    for (c, page) in missing_glyphs(&document) {
        let mut warning = Diagnostic::warning(t!(
            "render-missing-glyph",
            character = c.to_string(),
            code = format!("U+{:04X}", c as u32),
            page = page
        ))
        .hint(t!("render-missing-glyph-hint"));
        if let Some(field) = story_value
            .as_ref()
            .and_then(|v| field_holding(v, &c.to_string()))
        {
            warning = warning.field(field);
        }
        warnings.push(warning);
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
        story_path: story_path.to_owned(),
    })
}

/// The two data files the templates read: `/data/story.json`, `/data/theme.json`.
/// Their printed texts carry word joiners where a line must not break
/// ([`nobreak`]), taken out again after layout.
fn data_files(story: &Story, theme: &Theme, deck: Deck) -> (Vec<u8>, Vec<u8>) {
    let mut story_json = serde_json::to_value(story).expect("the story model serialises to JSON");
    nobreak::prepare_story(&mut story_json);
    let mut theme_json = serde_json::to_value(&theme.config).expect("the theme serialises to JSON");
    // The templates read this deck's caps only: the story's over the theme's.
    let caps = story.caps.clone().over(&theme.config.slides.caps).of(deck);
    theme_json["slides"]["caps"] = serde_json::to_value(caps).expect("caps serialise to JSON");
    nobreak::prepare_theme(&mut theme_json);
    let bytes = |json: &serde_json::Value| serde_json::to_vec(json).expect("JSON values serialise");
    (bytes(&story_json), bytes(&theme_json))
}

impl Compiled {
    /// The story-folder files the layout read (emblem, images), inside the folder.
    pub fn story_reads(&self) -> Vec<String> {
        self.world.story_reads()
    }

    /// The resolved theme the deck was laid out with.
    pub fn resolved_theme(&self) -> &Theme {
        self.world.theme()
    }

    /// A data file exactly as the templates read it (`world::STORY_JSON`, …).
    pub fn data_file(&self, path: &str) -> Vec<u8> {
        self.world
            .data(path)
            .expect("the world serves its data files")
            .to_vec()
    }

    /// The files of `format`: `output` itself for a PDF or PowerPoint file, one
    /// per page for images.
    pub fn export(&self, output: &Path, format: Format, options: &ExportOptions) -> Result<Files> {
        let count = self.document.pages().len();
        let pages = 0..count;
        Ok(match format {
            Format::Pptx => vec![(output.to_owned(), self.pptx(options))],
            Format::Pdf => vec![(output.to_owned(), self.pdf_with(options)?)],
            Format::Png => pages
                .map(|i| {
                    let png = self.png(i, options.ppi).ok_or_else(|| {
                        Diagnostic::error(t!("render-png", page = i + 1))
                            .hint(t!("render-png-hint"))
                    })?;
                    Ok((page_path(output, i + 1, count), png))
                })
                .collect::<Result<_>>()?,
            Format::Svg => pages
                .map(|i| (page_path(output, i + 1, count), self.svg(i).into_bytes()))
                .collect(),
        })
    }

    /// The deck as an editable PowerPoint file, dated as the PDF is.
    pub fn pptx(&self, options: &ExportOptions) -> Vec<u8> {
        crate::pptx::pptx(&self.document, options.timestamp.unwrap_or(self.date))
    }

    /// The PDF, reproducibly: a stable identifier and the story's date as timestamp.
    pub fn pdf(&self) -> Result<Vec<u8>> {
        self.pdf_with(&ExportOptions::default())
    }

    /// The PDF with the given standards and timestamp. typst-pdf checks the
    /// standards and refuses (with the offending element located) what breaks them.
    pub fn pdf_with(&self, export: &ExportOptions) -> Result<Vec<u8>> {
        let list: Vec<typst_pdf::PdfStandard> =
            export.standards.iter().map(|s| s.to_typst()).collect();
        let standards = PdfStandards::new(&list).map_err(|e| {
            Diagnostic::error(t!("render-standards", detail = e.message().to_string()))
        })?;
        let options = PdfOptions {
            ident: Smart::Custom(self.ident.clone()),
            creator: Smart::Custom(Some(format!("storydeck {}", env!("CARGO_PKG_VERSION")))),
            timestamp: Some(Timestamp::new_utc(export.timestamp.unwrap_or(self.date))),
            standards,
            ..PdfOptions::default()
        };
        typst_pdf::pdf(&self.document, &options).map_err(|errors| {
            let hint = standards_hint(&export.standards);
            let located = to_diagnostics(&self.world, &errors).0.into_iter();
            Diagnostics(
                located
                    .map(|d| {
                        self.story_text_refused(&d)
                            .unwrap_or_else(|| d.hint(hint.clone()))
                    })
                    .collect(),
            )
        })
    }

    /// A PDF standard's refusal of a text no font can draw (an emoji under
    /// PDF/A) is the story's, not the theme's: said of the story field that
    /// holds the text, at its line, when the text comes from the story.
    fn story_text_refused(&self, d: &Diagnostic) -> Option<Diagnostic> {
        let (_, rest) = d.message.split_once("the text `\"")?;
        let (text, _) = rest.split_once("\"`")?;
        let json = self.world.data(crate::world::STORY_JSON)?;
        let field = field_holding(&serde_json::from_slice(&json).ok()?, text)?;
        let standard = d
            .message
            .split(" error:")
            .next()
            .unwrap_or("the PDF standard");
        let diag = Diagnostic::error(t!(
            "render-standard-glyph",
            standard = standard.to_string(),
            text = text
        ))
        .field(field.clone())
        .hint(t!("render-standard-glyph-hint"));
        let name = self.story_path.display().to_string();
        let text =
            crate::story::read_bounded(&self.story_path, crate::story::MAX_STORY_BYTES).ok()?;
        let text = crate::story::unix_lines(std::str::from_utf8(&text).ok()?);
        let source = crate::check::Source {
            text: &text,
            name: &name,
        };
        Some(crate::check::at(&source, &field, diag))
    }

    /// Page `index` (0-based) as an SVG document.
    pub fn svg(&self, index: usize) -> String {
        typst_svg::svg(
            &self.document.pages()[index],
            &typst_svg::SvgOptions::default(),
        )
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

/// The path of the first story field whose text contains `needle`
/// (`sheets.vision.images[2]`).
fn field_holding(value: &serde_json::Value, needle: &str) -> Option<String> {
    nobreak::texts_with_paths(value)
        .into_iter()
        .find(|(_, text)| text.contains(needle))
        .map(|(path, _)| path)
}

fn standards_hint(standards: &[PdfStandard]) -> String {
    if standards.is_empty() {
        "this is a bug in the theme's layout: please report it with the story".to_owned()
    } else {
        "the theme's layout breaks a rule of the PDF standard asked for with --pdf-standard; \
         fix the theme file named above, or build without that standard"
            .to_owned()
    }
}

fn to_diagnostics(world: &DeckWorld, errors: &[SourceDiagnostic]) -> Diagnostics {
    Diagnostics(errors.iter().map(|e| typst_diagnostic(world, e)).collect())
}

/// A Typst error points into a theme file (a layout bug) or a data file.
fn typst_diagnostic(world: &DeckWorld, d: &SourceDiagnostic) -> Diagnostic {
    let mut diag = match d.severity {
        // Typst's own words, inside a sentence in the user's language.
        TypstSeverity::Error => Diagnostic::error(t!("render-typst", detail = d.message.as_str())),
        TypstSeverity::Warning => {
            Diagnostic::warning(t!("render-typst", detail = d.message.as_str()))
        }
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

/// Writes a deck's files (a PDF and its notes, or a set of page images): all
/// of them to temporary files first, then each renamed into place. A failure
/// while writing (a full disk at page 4) leaves every earlier file as it was,
/// never a set of new pages 1–3 and old pages 4–8.
pub fn write_set(files: &[(PathBuf, Vec<u8>)]) -> Result<()> {
    let mut staged = Vec::with_capacity(files.len());
    for (path, bytes) in files {
        // On an error the temporaries staged so far are removed as they drop.
        staged.push((path, stage(path, bytes)?));
    }
    for (path, temp) in staged {
        persist(temp, path)?;
    }
    Ok(())
}

/// Writes beside the target, then renames: a failed or killed build never leaves
/// a half-written PDF, and the previous one survives until the new one is whole.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    persist(stage(path, bytes)?, path)
}

/// A staged file renamed over `path`.
fn persist(temp: tempfile::NamedTempFile, path: &Path) -> Result<()> {
    temp.persist(path).map_err(|e| {
        Diagnostic::error(t!(
            "output-cannot-replace",
            file = path.display().to_string(),
            detail = e.error.to_string()
        ))
        .hint(t!("output-writable-hint"))
    })?;
    Ok(())
}

/// `bytes` in a temporary file beside `path`, whole and synced, to be renamed
/// over it.
fn stage(path: &Path, bytes: &[u8]) -> Result<tempfile::NamedTempFile> {
    let fail = |what: &str, err: std::io::Error| {
        Diagnostic::error(t!(
            "output-cannot-write",
            file = path.display().to_string(),
            detail = format!("{what}: {err}")
        ))
        .hint(t!("output-writable-hint"))
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // `-o out/x.pdf` on a fresh checkout: make `out/` rather than fail.
    std::fs::create_dir_all(dir).map_err(|e| fail("create the folder for", e))?;
    crate::output::clean_stale_temps(dir);
    let mut temp = tempfile::Builder::new()
        .prefix(crate::output::TEMP_PREFIX)
        .suffix(crate::output::TEMP_SUFFIX)
        .permissions(output_permissions(path))
        .tempfile_in(dir)
        .map_err(|e| fail("write", e))?;
    temp.write_all(bytes).map_err(|e| fail("write", e))?;
    temp.as_file().sync_all().map_err(|e| fail("write", e))?;
    Ok(temp)
}

/// A temporary file is private (0600), but the PDF it becomes is a document to
/// share: it keeps the permissions of the file it replaces, or gets the usual
/// 0666 less the umask.
fn output_permissions(path: &Path) -> std::fs::Permissions {
    if let Ok(meta) = std::fs::metadata(path) {
        return meta.permissions();
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::Permissions::from_mode(0o666)
    }
    #[cfg(not(unix))]
    {
        let mut permissions = std::fs::metadata(".")
            .map(|m| m.permissions())
            .expect("the working folder exists");
        permissions.set_readonly(false);
        permissions
    }
}
