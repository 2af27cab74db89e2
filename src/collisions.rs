//! Nothing may be drawn over anything. This pass walks the laid-out document
//! (Typst's frames, not the PDF) and reports, per page:
//! - text over other text;
//! - text crossing a rule, or the edge of a box or filled shape it is not
//!   wholly inside (a row that ran over the row rule, a cell over the header);
//! - text hidden under a filled shape painted after it;
//! - text that left the drawn box holding it (a fixed-height panel overflowing);
//! - anything off the page.
//!
//! Each finding names the page, the sheet or slide it is on and, when the text
//! can be found in the story, the story field it comes from.
//!
//! Glyph boxes are taken a little inside the em box (see [`TextBox::core`]), so
//! lines set with tight leading or a rule right under a line of text do not
//! count: what is reported is visibly drawn over something.

use std::collections::BTreeSet;

use typst::layout::{Abs, Frame, FrameItem, GroupItem, Point};
use typst::visualize::{CurveItem, Geometry, Shape};
use typst_layout::PagedDocument;

use crate::diag::Diagnostic;
use crate::frames::{self, Step};
use crate::geometry::{Affine, Rect};
use crate::marks::page_starts;

/// How many findings one deck reports before summing up the rest.
const MAX_REPORTED: usize = 20;

/// A run of text on a page.
#[derive(Debug, Clone)]
struct TextBox {
    text: String,
    size: f64,
    /// Where its glyphs' ink certainly is: the em box less a margin.
    core: Rect,
    /// The drawn boxes (a block with a background or border) it is inside,
    /// innermost last.
    holders: Vec<Rect>,
    order: usize,
}

/// A shape on a page: a rule, or a region (box, filled shape).
#[derive(Debug, Clone)]
struct ShapeBox {
    bounds: Rect,
    filled: bool,
    /// A line (or a segment of an open stroked curve) rather than a region.
    rule: bool,
    order: usize,
}

/// What something drawn is, for the off-page check.
enum Drawn {
    /// The index of its line in `PageInk::texts`.
    Text(usize),
    Shape,
    Image,
}

#[derive(Default)]
struct PageInk {
    texts: Vec<TextBox>,
    shapes: Vec<ShapeBox>,
    /// Everything drawn, for the off-page check.
    all: Vec<(Rect, Drawn)>,
    order: usize,
}

impl Affine {
    fn bounds(&self, x0: f64, y0: f64, x1: f64, y1: f64) -> Rect {
        Rect::of_points(self.corners(x0, y0, x1, y1))
    }
}

fn pt(p: Point) -> (f64, f64) {
    (p.x.to_pt(), p.y.to_pt())
}

/// The bounds of a group, drawn at `at`, that is a box the reader sees: a block
/// or box that draws its own background or border. What it holds must stay
/// inside it.
fn drawn_box(group: &GroupItem, at: Affine) -> Option<Rect> {
    let frame = &group.frame;
    let size = frame.size();
    let drawn = frame.items().next().is_some_and(|(pos, item)| {
        matches!(item, FrameItem::Shape(..)) && pos.x == Abs::zero() && pos.y == Abs::zero()
    });
    (drawn && size.x > Abs::zero() && size.y > Abs::zero())
        .then(|| at.bounds(0.0, 0.0, size.x.to_pt(), size.y.to_pt()))
}

impl PageInk {
    fn next(&mut self) -> usize {
        self.order += 1;
        self.order
    }

    /// What `frame` draws, drawn with `ts`. `holders`: the drawn boxes the
    /// walk is inside, innermost last.
    fn collect(&mut self, frame: &Frame, ts: Affine) {
        let mut holders: Vec<Rect> = Vec::new();
        // Per group entered: whether it pushed a holder.
        let mut held: Vec<bool> = Vec::new();
        frames::walk(frame, ts, &mut |step, at| {
            match step {
                Step::Enter(group) => {
                    let drawn = drawn_box(group, at);
                    held.push(drawn.is_some());
                    holders.extend(drawn);
                }
                Step::Leave(_) => {
                    if held.pop() == Some(true) {
                        holders.pop();
                    }
                }
                Step::Item(FrameItem::Text(text)) => self.text(text, at, &holders),
                Step::Item(FrameItem::Shape(shape, _)) => self.shape(shape, at),
                Step::Item(FrameItem::Image(_, size, _)) => {
                    let b = at.bounds(0.0, 0.0, size.x.to_pt(), size.y.to_pt());
                    self.all.push((b, Drawn::Image));
                }
                Step::Item(_) => {}
            }
            true
        });
    }

    fn text(&mut self, text: &typst::text::TextItem, here: Affine, holders: &[Rect]) {
        let size = text.size.to_pt();
        let width = text.width().to_pt();
        if width <= 0.0 || text.text.trim().is_empty() {
            return;
        }
        // The baseline is at y = 0. CJK glyphs fill roughly 0.88 em above it
        // and 0.12 em below; the core keeps clear of both edges.
        let margin = (0.12 * size).min(width / 4.0);
        let core = here.bounds(margin, -0.72 * size, width - margin, -0.04 * size);
        let full = here.bounds(0.0, -0.88 * size, width, 0.12 * size);
        // Typst shapes a line in runs (kanji, kana and Latin are separate
        // scripts): a run that continues the previous one on its baseline
        // joins it, so a finding names the line, not a two-character piece.
        if let Some(last) = self.texts.last_mut()
            && last.holders == holders
            && (last.core.y1 - core.y1).abs() < 0.01 * size
            && (last.size - size).abs() < 0.01
            && (0.0..0.6 * size).contains(&(core.x0 - last.core.x1))
        {
            last.text.push_str(&text.text);
            last.core.x1 = last.core.x1.max(core.x1);
            if let Some((b, Drawn::Text(_))) = self.all.last_mut() {
                b.x1 = b.x1.max(full.x1);
            }
            return;
        }
        let order = self.next();
        self.all.push((full, Drawn::Text(self.texts.len())));
        self.texts.push(TextBox {
            text: text.text.to_string(),
            size,
            core,
            holders: holders.to_vec(),
            order,
        });
    }

    fn shape(&mut self, shape: &Shape, here: Affine) {
        let order = self.next();
        let filled = shape.fill.is_some();
        let stroked = shape.stroke.as_ref().map(|s| s.thickness.to_pt());
        let bounds = |b: Rect| b.grow(stroked.unwrap_or(0.0) / 2.0);
        match &shape.geometry {
            Geometry::Line(end) => {
                let Some(_) = stroked else { return };
                let (x, y) = pt(*end);
                let b = bounds(Rect::of_points([here.apply(0.0, 0.0), here.apply(x, y)]));
                self.push_shape(b, false, true, order);
            }
            Geometry::Rect(size) => {
                let b = bounds(here.bounds(0.0, 0.0, size.x.to_pt(), size.y.to_pt()));
                // A hairline rectangle is a rule.
                let rule = b.x1 - b.x0 < 2.5 || b.y1 - b.y0 < 2.5;
                self.push_shape(b, filled, rule, order);
            }
            Geometry::Curve(curve) => {
                let closed = curve.0.iter().any(|i| matches!(i, CurveItem::Close));
                if filled || closed {
                    let points = curve.0.iter().flat_map(curve_points).map(|p| {
                        let (x, y) = pt(p);
                        here.apply(x, y)
                    });
                    let b = bounds(Rect::of_points(points));
                    self.push_shape(b, filled, false, order);
                } else if stroked.is_some() {
                    // An open line (a chart's line): each segment is a rule.
                    let mut last: Option<Point> = None;
                    for item in &curve.0 {
                        let end = match item {
                            CurveItem::Move(p) => {
                                last = Some(*p);
                                continue;
                            }
                            CurveItem::Line(p) | CurveItem::Cubic(_, _, p) => *p,
                            CurveItem::Close => continue,
                        };
                        if let Some(start) = last {
                            let (x0, y0) = pt(start);
                            let (x1, y1) = pt(end);
                            let b =
                                bounds(Rect::of_points([here.apply(x0, y0), here.apply(x1, y1)]));
                            self.push_shape(b, false, true, order);
                        }
                        last = Some(end);
                    }
                }
            }
        }
    }

    fn push_shape(&mut self, bounds: Rect, filled: bool, rule: bool, order: usize) {
        if !bounds.is_finite() {
            return;
        }
        self.all.push((bounds, Drawn::Shape));
        self.shapes.push(ShapeBox {
            bounds,
            filled,
            rule,
            order,
        });
    }
}

impl PageInk {
    /// Whether `shape` lies under an opaque ground that the text is drawn on:
    /// a filled shape painted after the shape and before the text, holding the
    /// text whole (a chart's label on a white box over a gridline).
    fn covered(&self, shape: &ShapeBox, text: &TextBox) -> bool {
        self.shapes.iter().any(|ground| {
            ground.filled
                && !ground.rule
                && ground.order > shape.order
                && ground.order < text.order
                && ground.bounds.contains(&text.core)
                && ground.bounds.contains(&shape.bounds.clip_to(&text.core))
        })
    }
}

fn curve_points(item: &CurveItem) -> Vec<Point> {
    match item {
        CurveItem::Move(p) | CurveItem::Line(p) => vec![*p],
        CurveItem::Cubic(a, b, c) => vec![*a, *b, *c],
        CurveItem::Close => vec![],
    }
}

/// A line of text as laid out: runs that continue each other on one baseline.
#[derive(Debug, Clone)]
pub struct TextLine {
    /// 1-based.
    pub page: usize,
    pub text: String,
    /// Left end and baseline, in pt from the page's top left.
    pub x: f64,
    pub baseline: f64,
    pub size: f64,
}

/// What each page draws, with the page's bounds: (1-based page, ink, bounds).
fn pages(document: &PagedDocument) -> impl Iterator<Item = (usize, PageInk, Rect)> + '_ {
    document.pages().iter().enumerate().map(|(index, page)| {
        let mut ink = PageInk::default();
        ink.collect(&page.frame, Affine::IDENTITY);
        let size = page.frame.size();
        let bounds = Rect {
            x0: 0.0,
            y0: 0.0,
            x1: size.x.to_pt(),
            y1: size.y.to_pt(),
        };
        (index + 1, ink, bounds)
    })
}

/// The lines of text of every page, in the order they are drawn.
pub fn text_lines(document: &PagedDocument) -> Vec<TextLine> {
    pages(document)
        .flat_map(|(page, ink, _)| {
            ink.texts.into_iter().map(move |t| TextLine {
                page,
                text: t.text,
                x: t.core.x0,
                baseline: t.core.y1,
                size: t.size,
            })
        })
        .collect()
}

/// One thing drawn over another, on a page.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Collision {
    /// 1-based.
    pub page: usize,
    pub what: String,
    /// The text at fault, to find its story field.
    pub text: String,
}

/// Every collision on every page of the document.
pub fn collisions(document: &PagedDocument) -> Vec<Collision> {
    let mut found = BTreeSet::new();
    for (page, ink, bounds) in pages(document) {
        for c in page_collisions(&ink, bounds) {
            found.insert(Collision { page, ..c });
        }
    }
    found.into_iter().collect()
}

fn short(text: &str) -> String {
    let chars: Vec<char> = text.trim().chars().collect();
    if chars.len() > 24 {
        chars[..24].iter().collect::<String>() + "…"
    } else {
        chars.into_iter().collect()
    }
}

fn page_collisions(ink: &PageInk, page: Rect) -> Vec<Collision> {
    let mut out = Vec::new();
    let mut report = |what: String, text: &str| {
        out.push(Collision {
            page: 0,
            what,
            text: text.to_owned(),
        })
    };
    // Off the page: anything drawn more than half a point outside it.
    let slack = page.grow(0.5);
    for (b, drawn) in &ink.all {
        if !slack.contains(b) {
            let (what, text) = match drawn {
                Drawn::Text(i) => {
                    let text = &ink.texts[*i].text;
                    (
                        crate::t!("collision-text", text = short(text)),
                        text.as_str(),
                    )
                }
                Drawn::Shape => (crate::t!("collision-a-shape"), ""),
                Drawn::Image => (crate::t!("collision-an-image"), ""),
            };
            report(crate::t!("collision-off-page", what = what), text);
        }
    }
    // Text over text: the sweep keeps texts sorted by top edge.
    let mut texts: Vec<&TextBox> = ink.texts.iter().collect();
    texts.sort_by(|a, b| a.core.y0.total_cmp(&b.core.y0));
    for (i, a) in texts.iter().enumerate() {
        for b in &texts[i + 1..] {
            if b.core.y0 >= a.core.y1 {
                break;
            }
            let (w, h) = a.core.overlap(&b.core);
            let least = a.size.min(b.size) * 0.15;
            if w > least && h > least {
                let (first, second) = if a.order < b.order { (a, b) } else { (b, a) };
                report(
                    crate::t!(
                        "collision-text-over-text",
                        text = short(&second.text),
                        under = short(&first.text)
                    ),
                    &second.text,
                );
            }
        }
    }
    // Text against rules and regions.
    for t in &ink.texts {
        // Out of its box: a drawn box that holds it but that it sticks out of.
        if t.holders.iter().any(|h| !h.grow(0.5).contains(&t.core)) {
            report(
                crate::t!("collision-out-of-box", text = short(&t.text)),
                &t.text,
            );
            continue;
        }
        for s in &ink.shapes {
            if !s.bounds.meets(&t.core) || ink.covered(s, t) {
                continue;
            }
            if s.rule {
                report(
                    crate::t!("collision-over-line", text = short(&t.text)),
                    &t.text,
                );
            } else if s.order > t.order && s.filled {
                report(
                    crate::t!("collision-under-shape", text = short(&t.text)),
                    &t.text,
                );
            } else if !s.bounds.contains(&t.core) {
                report(
                    crate::t!("collision-crosses-edge", text = short(&t.text)),
                    &t.text,
                );
            }
        }
    }
    out
}

/// The story's texts the detector may name a field for, squashed: not the
/// lists computed for the templates (`kinds`, `axis`), which no team wrote.
fn written_texts(texts: &[(String, String)]) -> Vec<(String, String)> {
    let computed = |path: &str| {
        path.split('.')
            .any(|key| matches!(key.split('[').next(), Some("kinds" | "axis")))
    };
    texts
        .iter()
        .filter(|(path, _)| !computed(path))
        .map(|(path, text)| (path.clone(), squash(text)))
        .collect()
}

fn squash(s: &str) -> String {
    s.chars()
        .filter(|&c| !c.is_whitespace() && c != crate::nobreak::JOINER)
        .collect()
}

/// The story field a run of text comes from, when one holds it.
fn field_of(text: &str, strings: &[(String, String)]) -> Option<String> {
    let needle = squash(text);
    if needle.chars().count() < 2 {
        return None;
    }
    strings
        .iter()
        .find(|(_, s)| s.contains(&needle))
        .map(|(path, _)| path.clone())
}

/// The collisions of a laid-out deck as warnings. `texts` are the story's, with
/// their field paths ([`crate::data::StoryData::texts`]), to name the field each
/// text comes from.
pub fn collision_warnings(document: &PagedDocument, texts: &[(String, String)]) -> Vec<Diagnostic> {
    let found = collisions(document);
    if found.is_empty() {
        return Vec::new();
    }
    let strings = written_texts(texts);
    let starts = page_starts(document);
    let mut out: Vec<Diagnostic> = found
        .iter()
        .take(MAX_REPORTED)
        .map(|c| {
            // The sheet or slide the page shows: the last one started on or before it.
            let on = starts
                .iter()
                .rev()
                .find(|s| s.page <= c.page)
                .map(|s| format!(" ({})", s.title))
                .unwrap_or_default();
            let mut diag = Diagnostic::warning(crate::t!(
                "collision",
                page = c.page,
                on = on,
                what = c.what.as_str()
            ))
            .hint(crate::t!("collision-hint"));
            if let Some(field) = field_of(&c.text, &strings) {
                diag = diag.field(field);
            }
            diag
        })
        .collect();
    if found.len() > MAX_REPORTED {
        out.push(Diagnostic::warning(crate::t!(
            "collision-more",
            count = found.len() - MAX_REPORTED
        )));
    }
    out
}
