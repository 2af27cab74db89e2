//! A sheet (or slide) whose content does not fit its page continues on further
//! pages rather than being clipped. That is never silent: each page a sheet or
//! slide starts on is marked (`<sheet-start>`, `<slide-start>`, with its key and
//! title), and a mark followed by more than one page before the next is reported.

use typst_layout::PagedDocument;

use crate::diag::Diagnostic;
use crate::marks::{marks, page_starts};

pub fn overflow_warnings(document: &PagedDocument) -> Vec<Diagnostic> {
    let starts = page_starts(document);
    let total = document.pages().len();
    let mut out = Vec::new();
    for (i, start) in starts.iter().enumerate() {
        let (page, key, title) = (start.page, &start.key, &start.title);
        let next = starts.get(i + 1).map_or(total + 1, |s| s.page);
        let extra = next.saturating_sub(page + 1);
        // A slide's section continues on further slides (titled （続き）) by
        // design: nothing is lost, and a projected slide keeps its 14 pt.
        // A sheet is a one-page form, so its continuation is worth a word.
        if extra > 0 && !start.slide {
            let mut diag = Diagnostic::warning(crate::t!(
                "overflow-continues",
                title = title.to_string(),
                extra = extra,
                page = page
            ))
            .hint(crate::t!("overflow-continues-hint"));
            if let Some(field) = field_of(key) {
                diag = diag.field(field);
            }
            out.push(diag);
        }
    }
    out
}

/// The story field a sheet or slide section draws from.
fn field_of(key: &str) -> Option<String> {
    if serde_json::from_value::<crate::story::SheetKey>(serde_json::Value::from(key)).is_ok() {
        return Some(format!("sheets.{key}"));
    }
    match key {
        "mood" => Some("journey.mood".to_owned()),
        "interviews" | "learnings" => Some(format!("journey.{key}")),
        "journey" => Some("journey.activities".to_owned()),
        "team" | "first_change" | "outlook" | "asks" | "reflections" => Some(key.to_owned()),
        _ => None,
    }
}

/// A list a theme or story caps on the slides (`slides.caps`, `caps`) says so
/// on the slide (ほか 3 件 → シート1, marked `<slide-capped>`); the build says
/// so too, once per field, naming how many items the slides leave out.
pub fn capped_warnings(document: &PagedDocument, deck: crate::Deck) -> Vec<Diagnostic> {
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for (page, value) in marks(document, "slide-capped") {
        let typst::foundations::Value::Dict(dict) = value else {
            continue;
        };
        let get = |k: &str| dict.get(k).ok().cloned();
        let field = get("field").and_then(|v| v.cast::<String>().ok());
        let count = |k: &str| get(k).and_then(|v| v.cast::<i64>().ok());
        let (Some(field), Some(shown), Some(total)) = (field, count("shown"), count("total"))
        else {
            continue;
        };
        let field = crate::nobreak::plain(&field);
        if !seen.insert(field.clone()) {
            continue;
        }
        out.push(
            Diagnostic::warning(crate::t!(
                "overflow-capped",
                deck = deck.to_string(),
                shown = shown,
                total = total,
                field = field.to_string(),
                page = page,
                left = total - shown
            ))
            .field(field)
            .hint(crate::t!("overflow-capped-hint")),
        );
    }
    out
}
