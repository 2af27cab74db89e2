//! A laid-out deck → the bytes of its files: one PDF, or one PNG or SVG per page.
//!
//! ```text
//! PagedDocument ─┬─ pdf  (typst-pdf: bookmarks, metadata, PDF/A-2b / PDF/UA-1) ─▶ x.pdf
//!                ├─ png  (typst-render, --ppi)                                   ─▶ x-01.png …
//!                └─ svg  (typst-svg)                                             ─▶ x-01.svg …
//! ```

use std::path::{Path, PathBuf};

use typst::foundations::{Datetime, Smart};
use typst_pdf::{PdfOptions, PdfStandards, Timestamp};

use crate::diag::{Diagnostic, Diagnostics, Result};
use crate::glyphs::missing_glyphs;
use crate::render::{Compiled, to_diagnostics};
use crate::t;

/// A build's files, in memory until every one of them is ready.
pub type Files = Vec<(PathBuf, Vec<u8>)>;

/// What `build` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Format {
    /// One PDF for the whole deck
    #[default]
    Pdf,
    /// One PNG image per page (see --ppi)
    Png,
    /// One SVG image per page
    Svg,
    /// An editable PowerPoint file (.pptx)
    Pptx,
}

impl Format {
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Png => "png",
            Format::Svg => "svg",
            Format::Pptx => "pptx",
        }
    }
}

/// The PDF standards a deck can be checked against and written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PdfStandard {
    /// PDF/A-2b, for archival records (公文書の長期保存)
    #[value(name = "a-2b")]
    A2b,
    /// PDF/UA-1, accessible to screen readers
    #[value(name = "ua-1")]
    Ua1,
}

impl PdfStandard {
    pub fn to_typst(self) -> typst_pdf::PdfStandard {
        match self {
            PdfStandard::A2b => typst_pdf::PdfStandard::A_2b,
            PdfStandard::Ua1 => typst_pdf::PdfStandard::Ua_1,
        }
    }

    /// The standard's own name, as its documents write it.
    pub fn title(self) -> &'static str {
        match self {
            PdfStandard::A2b => "PDF/A-2b",
            PdfStandard::Ua1 => "PDF/UA-1",
        }
    }
}

#[derive(Debug, Clone)]
pub struct ExportOptions {
    /// What to write, each from the one layout (`--format pdf,pptx`); the
    /// first is written to the output as named, the others beside it with
    /// their own extension.
    pub formats: Vec<Format>,
    /// Pixels per inch of PNG pages.
    pub ppi: f32,
    /// PDF standards to conform to (typst-pdf refuses to write a PDF that doesn't).
    pub standards: Vec<PdfStandard>,
    /// The PDF's creation date; `None` takes the story's date (`SOURCE_DATE_EPOCH`
    /// sets it, see [`source_date_epoch`]).
    pub timestamp: Option<Datetime>,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions {
            formats: vec![Format::Pdf],
            ppi: 144.0,
            standards: Vec::new(),
            timestamp: None,
        }
    }
}

/// The reproducible-builds convention: `SOURCE_DATE_EPOCH` (seconds since 1970,
/// UTC) fixes every timestamp a build writes. An unreadable value is an error,
/// not a silent fallback to the story's date.
pub fn source_date_epoch() -> Result<Option<Datetime>> {
    let Some(value) = std::env::var_os("SOURCE_DATE_EPOCH") else {
        return Ok(None);
    };
    let text = value.to_string_lossy();
    text.trim()
        .parse::<i64>()
        .ok()
        .and_then(datetime_from_epoch)
        .map(Some)
        .ok_or_else(|| {
            Diagnostic::error(crate::t!("export-epoch", value = text))
                .hint(crate::t!("export-epoch-hint"))
                .into()
        })
}

/// Seconds since 1970-01-01 UTC as a Typst date and time (UTC).
pub fn datetime_from_epoch(seconds: i64) -> Option<Datetime> {
    let t = time::OffsetDateTime::from_unix_timestamp(seconds).ok()?;
    Datetime::from_ymd_hms(
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
    )
}

/// Where page `page` (1-based) of `count` goes: `{p}` in the output name is
/// replaced by the page number (zero-padded to the page count's width, so files
/// sort in page order); without `{p}`, `-<page>` goes before the extension.
pub fn page_path(output: &Path, page: usize, count: usize) -> PathBuf {
    let width = count.max(1).to_string().len().max(2);
    let number = format!("{page:0width$}");
    let name = output
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if name.contains("{p}") {
        return output.with_file_name(name.replace("{p}", &number));
    }
    let stem = output
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    match output.extension() {
        Some(ext) => output.with_file_name(format!("{stem}-{number}.{}", ext.to_string_lossy())),
        None => output.with_file_name(format!("{stem}-{number}")),
    }
}

impl Compiled {
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
        crate::pptx::pptx(
            &self.document,
            options.timestamp.unwrap_or(self.story().date()),
        )
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
            timestamp: Some(Timestamp::new_utc(
                export.timestamp.unwrap_or(self.story().date()),
            )),
            standards,
            ..PdfOptions::default()
        };
        typst_pdf::pdf(&self.document, &options).map_err(|errors| {
            let story_refused = self.story_glyphs_refused(&export.standards);
            if !story_refused.is_empty() {
                return Diagnostics(story_refused);
            }
            let hint = standards_hint(&export.standards);
            let located = to_diagnostics(&self.world, &errors).0.into_iter();
            Diagnostics(located.map(|d| d.hint(hint.clone())).collect())
        })
    }

    /// A PDF standard refuses a character no font can draw (an emoji under
    /// PDF/A). When the story holds such a character, the refusal is the
    /// story's, not the theme's: said of the field that holds it, at its line.
    /// The characters are the ones the layout drew as `.notdef`
    /// ([`missing_glyphs`]), not read out of typst-pdf's English message.
    fn story_glyphs_refused(&self, standards: &[PdfStandard]) -> Vec<Diagnostic> {
        if standards.is_empty() {
            return Vec::new();
        }
        let story = self.story();
        let standard = standards
            .iter()
            .map(|s| s.title())
            .collect::<Vec<_>>()
            .join(", ");
        missing_glyphs(&self.document)
            .into_iter()
            .filter_map(|(c, _)| {
                let text = c.to_string();
                let field = story.field_holding(&text)?;
                let diag = Diagnostic::error(t!(
                    "render-standard-glyph",
                    standard = standard.as_str(),
                    text = text.as_str()
                ))
                .hint(t!("render-standard-glyph-hint"));
                Some(story.at(field, diag))
            })
            .collect()
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

fn standards_hint(standards: &[PdfStandard]) -> String {
    if standards.is_empty() {
        "this is a bug in the theme's layout: please report it with the story".to_owned()
    } else {
        "the theme's layout breaks a rule of the PDF standard asked for with --pdf-standard; \
         fix the theme file named above, or build without that standard"
            .to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_converts_to_utc_date_and_time() {
        let d = datetime_from_epoch(1_700_000_000).unwrap();
        assert_eq!(
            (
                d.year(),
                d.month(),
                d.day(),
                d.hour(),
                d.minute(),
                d.second()
            ),
            (Some(2023), Some(11), Some(14), Some(22), Some(13), Some(20))
        );
    }

    #[test]
    fn pages_are_numbered_before_the_extension_or_at_the_placeholder() {
        let out = Path::new("out/x-sheets.png");
        assert_eq!(page_path(out, 3, 9), Path::new("out/x-sheets-03.png"));
        assert_eq!(page_path(out, 12, 120), Path::new("out/x-sheets-012.png"));
        let templ = Path::new("p{p}.svg");
        assert_eq!(page_path(templ, 1, 2), Path::new("p01.svg"));
    }
}
