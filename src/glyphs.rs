//! Missing glyphs render as tofu (□) with no word from Typst, so storydeck looks
//! for them itself after layout: glyph id 0 is a font's `.notdef`, drawn for any
//! character the chosen font (and every fallback) lacks.

use std::collections::BTreeSet;

use typst::layout::Frame;
use typst_layout::PagedDocument;

/// The characters drawn as `.notdef`, with the 1-based page each first appears on.
pub fn missing_glyphs(document: &PagedDocument) -> Vec<(char, usize)> {
    let mut seen = BTreeSet::new();
    let mut found = Vec::new();
    for (index, page) in document.pages().iter().enumerate() {
        collect(&page.frame, &mut |c| {
            if seen.insert(c) {
                found.push((c, index + 1));
            }
        });
    }
    found
}

fn collect(frame: &Frame, report: &mut impl FnMut(char)) {
    for text in crate::frames::texts(frame) {
        for glyph in text.glyphs.iter().filter(|g| g.id == 0) {
            let chars = text.text.get(glyph.range()).unwrap_or_default();
            chars
                .chars()
                .filter(|c| !c.is_whitespace())
                .for_each(&mut *report);
        }
    }
}
