//! Pages pushed nearly empty: a page or slide that continues, or is
//! continued, and is less than a third full (a continuation holding one
//! table row), and a portrait page left less than a third full before a
//! landscape one (two lines of a paper before a sheet's figure).

use super::{Collision, Drawn, PageInk};
use crate::geometry::Rect;
use crate::marks::PageStart;

/// The least a continued page holds, as a share of its body's height.
pub const LEAST_FULL: f64 = 1.0 / 3.0;

/// What a page is, for whether it must be a third full.
pub(super) struct PageShape {
    pub bounds: Rect,
    /// It continues the sheet or slide of the page before, or is continued
    /// on the next.
    pub continuation: bool,
    /// The next page is landscape and this one portrait.
    pub before_landscape: bool,
}

/// The page shapes of a document of `sizes` (width, height) pages, by its
/// sheets' and slides' starts.
pub(super) fn shapes(sizes: &[(f64, f64)], starts: &[PageStart]) -> Vec<PageShape> {
    let first = starts.first().map(|s| s.page);
    let is_start = |page: usize| starts.iter().any(|s| s.page == page);
    let continued = |page: usize| first.is_some_and(|f| page > f) && !is_start(page);
    sizes
        .iter()
        .enumerate()
        .map(|(i, &(w, h))| {
            let page = i + 1;
            let next = sizes.get(i + 1);
            PageShape {
                bounds: Rect {
                    x0: 0.0,
                    y0: 0.0,
                    x1: w,
                    y1: h,
                },
                continuation: continued(page) || (next.is_some() && continued(page + 1)),
                before_landscape: h > w && next.is_some_and(|&(nw, nh)| nw > nh),
            }
        })
        .collect()
}

/// How full a page's body is: from the body's top to the lowest thing drawn
/// in it (text or an image), as a share of the body's height. The body
/// leaves out the page's head (a title, a running header: its top sixth) and
/// foot (its last twelfth: the page number).
pub(super) fn fullness(ink: &PageInk, page: Rect) -> f64 {
    let height = page.y1 - page.y0;
    let (top, bottom) = (page.y0 + height / 6.0, page.y1 - height / 12.0);
    let lowest = ink
        .all
        .iter()
        // What it holds: its text and images. Boxes and rules do not count:
        // a card stretched to the page's foot around one line is not full.
        .filter(|(b, drawn)| !matches!(drawn, Drawn::Shape) && b.y1 > top && b.y0 < bottom)
        .map(|(b, _)| b.y1.min(bottom))
        .fold(top, f64::max);
    (lowest - top) / (bottom - top)
}

/// The finding for a page too empty for its shape, if it is.
pub(super) fn page_fullness(ink: &PageInk, shape: &PageShape) -> Option<Collision> {
    if !shape.continuation && !shape.before_landscape {
        return None;
    }
    let full = fullness(ink, shape.bounds);
    if full >= LEAST_FULL {
        return None;
    }
    let percent = (full * 100.0).round() as u32;
    let what = if shape.continuation {
        crate::t!("collision-nearly-empty", percent = percent)
    } else {
        crate::t!("collision-empty-before-landscape", percent = percent)
    };
    Some(Collision {
        page: 0,
        what,
        text: String::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn start(page: usize) -> PageStart {
        PageStart {
            page,
            key: String::new(),
            title: String::new(),
            slide: true,
        }
    }

    /// A page that draws one line of text from `from` to `to` (in pt).
    fn ink(lines: &[(f64, f64)]) -> PageInk {
        PageInk {
            texts: Vec::new(),
            shapes: Vec::new(),
            all: lines
                .iter()
                .map(|&(y0, y1)| {
                    (
                        Rect {
                            x0: 50.0,
                            y0,
                            x1: 300.0,
                            y1,
                        },
                        Drawn::Text(0),
                    )
                })
                .collect(),
            order: 0,
            paper: [255; 4],
        }
    }

    #[test]
    fn a_continuation_holding_a_line_is_nearly_empty() {
        // Slides 1 and 2 are one slide's two pages; slide 3 starts anew.
        let slide = (960.0, 540.0);
        let shapes = shapes(&[slide, slide, slide], &[start(1), start(3)]);
        assert!(shapes[0].continuation && shapes[1].continuation && !shapes[2].continuation);
        let one_line = ink(&[(100.0, 120.0)]);
        let c = page_fullness(&one_line, &shapes[1]).expect("nearly empty");
        assert!(c.what.contains("% full"), "{}", c.what);
        // The same line on a slide of its own is not a fault.
        assert!(page_fullness(&one_line, &shapes[2]).is_none());
        // Down to half the page, it is full enough.
        assert!(page_fullness(&ink(&[(100.0, 120.0), (280.0, 300.0)]), &shapes[1]).is_none());
    }

    #[test]
    fn a_portrait_page_before_a_landscape_one_holds_a_third() {
        let shapes = shapes(&[(595.0, 842.0), (842.0, 595.0)], &[]);
        assert!(shapes[0].before_landscape && !shapes[0].continuation);
        assert!(page_fullness(&ink(&[(150.0, 170.0)]), &shapes[0]).is_some());
        assert!(page_fullness(&ink(&[(150.0, 170.0), (500.0, 520.0)]), &shapes[0]).is_none());
    }
}
