//! A sheet (or slide) whose content does not fit its page continues on further
//! pages rather than being clipped. That is never silent: each page a sheet or
//! slide starts on is marked (`<sheet-start>`, `<slide-start>`, with its key and
//! title), and a mark followed by more than one page before the next is reported.

use typst_layout::PagedDocument;

use crate::diag::Diagnostic;
use crate::marks::page_starts;

pub fn overflow_warnings(document: &PagedDocument) -> Vec<Diagnostic> {
    let starts: Vec<(usize, String, String)> = page_starts(document)
        .into_iter()
        .map(|s| (s.page, s.key, s.title))
        .collect();
    let total = document.pages().len();
    let mut out = Vec::new();
    for (i, (page, key, title)) in starts.iter().enumerate() {
        let next = starts.get(i + 1).map_or(total + 1, |(p, _, _)| *p);
        let extra = next.saturating_sub(page + 1);
        if extra > 0 {
            let mut diag = Diagnostic::warning(format!(
                "{title} does not fit its page: it continues on {extra} more page(s) from page {page}"
            ))
            .hint("shorten the text or keep fewer items; the continuation is set at a smaller size");
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
