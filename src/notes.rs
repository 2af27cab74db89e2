//! Speaker notes for presenting: each slide with notes carries a
//! `#metadata(note) <storydeck-note>` in its theme file; after layout the notes are
//! read back with the pages they landed on and written as a `.pdfpc` file, the
//! JSON format of pdfpc (and Touying): `{"pdfpcFormat": 2, "pages": [...]}`.

use serde::Serialize;
use typst::foundations::Value;
use typst_layout::PagedDocument;

use crate::marks::marks;

/// The label theme files put on a slide's notes.
pub const NOTE_LABEL: &str = "storydeck-note";

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Pdfpc {
    pub pdfpc_format: u32,
    pub disable_markdown: bool,
    pub pages: Vec<PdfpcPage>,
}

#[derive(Debug, Serialize)]
pub struct PdfpcPage {
    /// 0-based physical page.
    pub idx: usize,
    pub label: String,
    pub overlay: u32,
    pub note: String,
}

/// The notes of a laid-out deck, by page (several notes on one page are joined).
pub fn pdfpc(document: &PagedDocument) -> Pdfpc {
    let mut pages: Vec<PdfpcPage> = Vec::new();
    for (page, value) in marks(document, NOTE_LABEL) {
        let Value::Str(note) = value else { continue };
        // Notes come from the story's texts, which carry line-breaking joiners.
        let note = crate::nobreak::plain(&note);
        let idx = page - 1;
        match pages.iter_mut().find(|p| p.idx == idx) {
            Some(existing) => {
                existing.note.push_str("\n\n");
                existing.note.push_str(&note);
            }
            None => pages.push(PdfpcPage {
                idx,
                label: (idx + 1).to_string(),
                overlay: 0,
                note,
            }),
        }
    }
    pages.sort_by_key(|p| p.idx);
    Pdfpc {
        pdfpc_format: 2,
        disable_markdown: true,
        pages,
    }
}
