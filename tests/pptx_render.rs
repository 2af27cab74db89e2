//! The PowerPoint export looks like the PDF: every deck of the example and of
//! the hard-story corpus, its .pptx rendered by LibreOffice Impress (headless)
//! and each slide compared with storydeck's own rendering of the same page.
//!
//! It needs `soffice` (Debian's libreoffice-impress) and `pdftoppm`
//! (poppler-utils), which `.ci/run` installs. build.rs looks for both on PATH
//! when the package is built: found, the test runs; missing, it is ignored with
//! its reason, and `cargo test` says so.
//!
//! The tolerance, measured with LibreOffice 7.4 on this corpus: LibreOffice
//! widens every boundary between Japanese and Latin text or digits by about a
//! quarter em (its "Asian typography" spacing, which a .pptx cannot turn off
//! and PowerPoint does not apply), so some lines wrap one word earlier than in
//! the PDF. Slides are compared at 36 ppi in grey; a pixel differs when its
//! grey differs by more than a quarter of the scale. Text placed or wrapped a
//! little differently moves a few percent of a slide's pixels; a missing or
//! misplaced card, band or chart moves far more.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::*;
use storydeck::{Deck, ExportOptions};

const PPI: f32 = 36.0;
/// Pixels a side of the cells compared (4 at 36 ppi: cells of 2.8 mm).
const BLOCK: usize = 4;
/// How far two cells' greys (0–255) may differ before they count as different.
const GREY_STEP: f64 = 48.0;
/// The share of a slide's cells that may differ.
const MAX_SLIDE: f64 = 0.10;
/// How many of the cells a blank slide would get wrong a slide may get wrong.
const MAX_SLIDE_OF_BLANK: f64 = 0.6;
/// The same over a deck, on average.
const MAX_DECK_OF_BLANK: f64 = 0.25;

/// A grey image, a byte a pixel.
struct Grey {
    width: usize,
    height: usize,
    pixels: Vec<u8>,
}

fn grey_of_png(bytes: &[u8]) -> Grey {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buffer = vec![0; reader.output_buffer_size().expect("a PNG's size")];
    let info = reader.next_frame(&mut buffer).expect("a PNG frame");
    let channels = info.color_type.samples();
    let pixels = buffer[..info.buffer_size()]
        .chunks(channels)
        .map(|px| {
            let (r, g, b) = if channels >= 3 {
                (px[0], px[1], px[2])
            } else {
                (px[0], px[0], px[0])
            };
            let alpha = if channels == 4 || channels == 2 {
                f64::from(px[channels - 1]) / 255.0
            } else {
                1.0
            };
            let grey = 0.299 * f64::from(r) + 0.587 * f64::from(g) + 0.114 * f64::from(b);
            // Transparent page areas are white paper.
            (grey * alpha + 255.0 * (1.0 - alpha)).round() as u8
        })
        .collect();
    Grey {
        width: info.width as usize,
        height: info.height as usize,
        pixels,
    }
}

/// A binary PGM (P5) as pdftoppm writes it.
fn grey_of_pgm(bytes: &[u8]) -> Grey {
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        if bytes[at] == b'#' {
            while bytes[at] != b'\n' {
                at += 1;
            }
            continue;
        }
        let start = at;
        while !bytes[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..at]).into_owned());
    }
    assert_eq!(fields[0], "P5", "pdftoppm -gray writes P5");
    let width: usize = fields[1].parse().expect("a width");
    let height: usize = fields[2].parse().expect("a height");
    let pixels = bytes[at + 1..at + 1 + width * height].to_vec();
    Grey {
        width,
        height,
        pixels,
    }
}

/// The share of cells that differ (the sizes may differ by a pixel's
/// rounding). A cell is a square of BLOCK × BLOCK pixels, its grey their mean:
/// two renderers draw a glyph's edges differently, but a card, a band, a
/// line of text or a chart in its place darkens the same cells.
fn difference(a: &Grey, b: &Grey) -> f64 {
    assert!(
        a.width.abs_diff(b.width) <= 1 && a.height.abs_diff(b.height) <= 1,
        "the slide is {}×{} px, the page {}×{} px",
        b.width,
        b.height,
        a.width,
        a.height
    );
    let (w, h) = (a.width.min(b.width) / BLOCK, a.height.min(b.height) / BLOCK);
    let mean = |g: &Grey, cx: usize, cy: usize| {
        let mut sum = 0u32;
        for y in cy * BLOCK..(cy + 1) * BLOCK {
            for x in cx * BLOCK..(cx + 1) * BLOCK {
                sum += u32::from(g.pixels[y * g.width + x]);
            }
        }
        sum as f64 / (BLOCK * BLOCK) as f64
    };
    let mut differ = 0usize;
    for cy in 0..h {
        for cx in 0..w {
            if (mean(a, cx, cy) - mean(b, cx, cy)).abs() > GREY_STEP {
                differ += 1;
            }
        }
    }
    differ as f64 / (w * h) as f64
}

fn blank(like: &Grey) -> Grey {
    Grey {
        width: like.width,
        height: like.height,
        pixels: vec![255; like.pixels.len()],
    }
}

/// Whether a program can be started at all (pdftoppm has no --version).
/// A fontconfig file that adds the theme's fonts to the system's, as an office
/// PC has BIZ UDPGothic.
fn fontconfig(dir: &Path) -> PathBuf {
    let path = dir.join("fonts.conf");
    let fonts = repo().join("themes/default/fonts");
    std::fs::write(
        &path,
        format!(
            r#"<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>{}</dir>
  <cachedir>{}</cachedir>
</fontconfig>
"#,
            fonts.display(),
            dir.join("fontcache").display()
        ),
    )
    .expect("fonts.conf written");
    path
}

#[test]
#[cfg_attr(
    not(libreoffice),
    ignore = "needs soffice and pdftoppm on PATH when built (apt-get install libreoffice-impress poppler-utils; .ci/run installs them)"
)]
fn libreoffice_renders_every_slide_as_the_pdf_page() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let mut decks = Vec::new();
    for story in corpus() {
        // The paper is filed as a PDF: PowerPoint is not asked of it.
        for deck in Deck::ALL.into_iter().filter(|d| *d != Deck::Paper) {
            let compiled = compile_deck(&story, None, deck)
                .unwrap_or_else(|e| panic!("{} {deck}: {e}", name(&story)));
            let stem = format!("{}-{deck}", name(&story));
            let pptx = dir.path().join(format!("{stem}.pptx"));
            std::fs::write(&pptx, compiled.pptx(&ExportOptions::default())).expect("pptx written");
            let pages: Vec<Grey> = (0..compiled.document.pages().len())
                .map(|i| grey_of_png(&compiled.png(i, PPI).expect("a page renders")))
                .collect();
            decks.push((stem, pptx, pages));
        }
    }
    // One LibreOffice start for every deck.
    let out = dir.path().join("lo");
    let status = Command::new("soffice")
        .arg("--headless")
        .arg("--norestore")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            dir.path().join("profile").display()
        ))
        .args(["--convert-to", "pdf", "--outdir"])
        .arg(&out)
        .args(decks.iter().map(|(_, pptx, _)| pptx))
        .env("FONTCONFIG_FILE", fontconfig(dir.path()))
        .env("HOME", dir.path())
        .output()
        .expect("soffice runs");
    assert!(
        status.status.success(),
        "soffice: {}",
        String::from_utf8_lossy(&status.stderr)
    );

    let mut report = Vec::new();
    let mut failures = Vec::new();
    let mut worst: f64 = 0.0;
    for (stem, _, pages) in &decks {
        let pdf = out.join(format!("{stem}.pdf"));
        assert!(pdf.is_file(), "LibreOffice did not convert {stem}.pptx");
        let prefix = dir.path().join(format!("img-{stem}"));
        let done = Command::new("pdftoppm")
            .args(["-r", &PPI.to_string(), "-gray"])
            .arg(&pdf)
            .arg(&prefix)
            .status()
            .expect("pdftoppm runs");
        assert!(done.success(), "pdftoppm {stem}");
        let mut slides: Vec<PathBuf> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.starts_with(&format!("img-{stem}-")) && n.ends_with(".pgm"))
            })
            .collect();
        slides.sort();
        assert_eq!(slides.len(), pages.len(), "{stem}: one slide per page");
        let mut total = 0.0;
        let mut of_blank_total = 0.0;
        for (i, (page, slide)) in pages.iter().zip(&slides).enumerate() {
            let d = difference(page, &grey_of_pgm(&std::fs::read(slide).unwrap()));
            // A blank slide is as different as the page has ink: the measure
            // can fail, and a sparse page is held to what it draws.
            let of_blank = d / difference(page, &blank(page)).max(1e-9);
            total += d;
            of_blank_total += of_blank;
            worst = worst.max(of_blank);
            if d > MAX_SLIDE || of_blank > MAX_SLIDE_OF_BLANK {
                failures.push(format!(
                    "{stem} slide {}: {:.1} % of cells differ, {:.0} % of a blank slide's",
                    i + 1,
                    d * 100.0,
                    of_blank * 100.0
                ));
            }
        }
        let mean = total / pages.len() as f64;
        let of_blank = of_blank_total / pages.len() as f64;
        report.push(format!(
            "{stem}: {} slides, {:.1} % of cells differ on average, {:.0} % of a blank slide's",
            pages.len(),
            mean * 100.0,
            of_blank * 100.0
        ));
        if of_blank > MAX_DECK_OF_BLANK {
            failures.push(format!(
                "{stem}: {:.0} % of a blank slide's difference on average",
                of_blank * 100.0
            ));
        }
    }
    eprintln!(
        "{}\nthe most different slide: {:.0} % of a blank slide's",
        report.join("\n"),
        worst * 100.0
    );
    assert!(
        failures.is_empty(),
        "the .pptx does not look like the PDF:\n{}",
        failures.join("\n")
    );
}
