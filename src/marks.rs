//! Theme files mark places in a deck with `#metadata(value) <label>`: a slide's
//! speaker notes (`<storydeck-note>`), the first page of each sheet or slide
//! (`<sheet-start>`, `<slide-start>`). After layout, storydeck reads them back
//! with the page each landed on.

use typst::foundations::{Label, Selector, Value};
use typst::introspection::{Introspector, MetadataElem};
use typst::utils::PicoStr;
use typst_layout::PagedDocument;

use crate::geometry::Rect;

/// Every `#metadata(…) <label>` of the document: (1-based page, value), in
/// document order.
pub fn marks(document: &PagedDocument, label: &str) -> Vec<(usize, Value)> {
    let introspector = document.introspector();
    let label = Label::new(PicoStr::intern(label)).expect("storydeck's labels are valid");
    introspector
        .query(&Selector::Label(label))
        .iter()
        .filter_map(|content| {
            let meta = content.to_packed::<MetadataElem>()?;
            let page = introspector.page(content.location()?)?;
            Some((page.get(), meta.value.clone()))
        })
        .collect()
}

/// The first page of a sheet or slide, as its `<sheet-start>` / `<slide-start>`
/// mark says: the key it draws from and its title.
pub struct PageStart {
    /// 1-based.
    pub page: usize,
    pub key: String,
    pub title: String,
    /// A slide (`<slide-start>`), not a sheet.
    pub slide: bool,
}

/// Every sheet's and slide's start, in page order.
pub fn page_starts(document: &PagedDocument) -> Vec<PageStart> {
    let mut starts = Vec::new();
    for label in ["sheet-start", "slide-start"] {
        for (page, value) in marks(document, label) {
            let Value::Dict(dict) = value else { continue };
            let text = |k: &str| {
                dict.get(k)
                    .ok()
                    .and_then(|v| v.clone().cast::<String>().ok())
                    .map(|s| crate::nobreak::plain(&s))
                    .unwrap_or_default()
            };
            starts.push(PageStart {
                page,
                key: text("key"),
                title: text("title"),
                slide: label == "slide-start",
            });
        }
    }
    starts.sort_by_key(|s| s.page);
    starts
}

/// The regions a layout marks from top left (`<start>`) to bottom right
/// (`<end>`), as (1-based page, region in pt): what `quoted` wraps.
pub fn regions(document: &PagedDocument, start: &str, end: &str) -> Vec<(usize, Rect)> {
    let introspector = document.introspector();
    let corners = |name: &str| -> Vec<(usize, (f64, f64))> {
        let label = Label::new(PicoStr::intern(name)).expect("storydeck's labels are valid");
        introspector
            .query(&Selector::Label(label))
            .iter()
            .filter_map(|content| {
                let position = introspector.position(content.location()?)?;
                let point = position.point;
                Some((position.page.get(), (point.x.to_pt(), point.y.to_pt())))
            })
            .collect()
    };
    corners(start)
        .into_iter()
        .zip(corners(end))
        .filter(|((a, _), (b, _))| a == b)
        .map(|((page, (x0, y0)), (_, (x1, y1)))| (page, Rect { x0, y0, x1, y1 }))
        .collect()
}
