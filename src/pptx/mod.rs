//! A laid-out deck → an editable PowerPoint file (.pptx).
//!
//! ```text
//! PagedDocument ─ page frames ─▶ scene (shapes, pictures, text by container, cells, tables)
//!                                 ├▶ tables (a PowerPoint table where the grid allows)
//!                                 └▶ paragraphs (lines joined again) ─▶ units (text + its card)
//!                                                                        └▶ slide XML ─┐
//! marks (titles) · notes · document info ────────────────────────────────────────────┴▶ zip
//! ```
//!
//! Everything comes from the laid-out pages, so every theme works unchanged
//! and the slides never disagree with the PDF: one slide per page, every shape
//! where the layout put it, each box's text one text shape that PowerPoint
//! reflows (the card it is drawn in, when there is one), tables as tables, the sheet's or slide's title as the title placeholder, the fonts
//! named (never embedded) for Latin and East Asian text, speaker notes on the
//! notes pages.

mod package;
mod scene;
mod slide;
mod table;
mod text;
mod units;
mod xml;

use std::collections::BTreeMap;

use typst::foundations::{Datetime, Smart};
use typst_layout::PagedDocument;

use crate::marks::page_starts;
use crate::notes::pdfpc;
use package::{Properties, SlidePart};
use scene::Rgba;
use slide::PageInfo;

/// What the first bytes of every .pptx storydeck writes hold (its first part,
/// stored uncompressed): how a later build knows the file is its own to replace.
pub const SIGNATURE: &[u8] = b"<Application>storydeck";

/// The deck as the bytes of a .pptx file. `date` is the document's date.
pub fn pptx(document: &PagedDocument, date: Datetime) -> Vec<u8> {
    let pages = document.pages();
    let starts = page_starts(document);
    let mut notes: BTreeMap<usize, String> = pdfpc(document)
        .pages
        .into_iter()
        .map(|p| (p.idx, p.note))
        .collect();
    let mut open_tables = Default::default();
    let scenes: Vec<scene::Scene> = pages
        .iter()
        .map(|p| scene::scene(&p.frame, &mut open_tables))
        .collect();
    let font = main_font(&scenes);
    let mut slides = Vec::with_capacity(pages.len());
    for (index, (page, scene)) in pages.iter().zip(&scenes).enumerate() {
        let number = index + 1;
        let title = starts
            .iter()
            .rev()
            .find(|s| s.page <= number)
            .map(|s| s.title.as_str());
        let background = match &page.fill {
            Smart::Custom(Some(paint)) => Some(Rgba::of(paint)),
            _ => None,
        };
        let info = PageInfo {
            number,
            title,
            background,
        };
        slides.push(SlidePart {
            slide: slide::slide(scene, &info),
            notes: notes.remove(&index),
        });
    }
    let (width, height) = pages
        .first()
        .map(|p| (p.frame.width().to_pt(), p.frame.height().to_pt()))
        .unwrap_or((960.0, 540.0));
    let info = typst::model::Document::info(document);
    let plain = |s: &str| crate::nobreak::plain(s);
    let props = Properties {
        title: info.title.as_deref().map(plain).unwrap_or_default(),
        authors: info.author.iter().map(|a| plain(a)).collect(),
        keywords: info.keywords.iter().map(|k| plain(k)).collect(),
        description: info.description.as_deref().map(plain).unwrap_or_default(),
        created: format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
            date.year().unwrap_or(2000),
            date.month().unwrap_or(1),
            date.day().unwrap_or(1),
            date.hour().unwrap_or(0),
            date.minute().unwrap_or(0),
            date.second().unwrap_or(0)
        ),
        font,
        width: (width * 12_700.0).round() as i64,
        height: (height * 12_700.0).round() as i64,
    };
    package::package(&props, &slides)
}

/// The family most of the deck's text is set in.
fn main_font(scenes: &[scene::Scene]) -> String {
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for scene in scenes {
        for container in &scene.containers {
            for run in &container.runs {
                *count.entry(run.family.as_str()).or_default() += run.text.chars().count();
            }
        }
    }
    count
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .map(|(family, _)| family.to_string())
        .unwrap_or_else(|| "BIZ UDPGothic".into())
}
