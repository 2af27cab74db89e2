//! Nothing may be drawn over anything. This pass walks the laid-out document
//! (Typst's frames, not the PDF) and reports, per page:
//! - text over other text;
//! - text crossing a rule, or the edge of a box or filled shape it is not
//!   wholly inside (a row that ran over the row rule, a cell over the header);
//! - text hidden under a filled shape painted after it;
//! - text that left the drawn box holding it (a fixed-height panel overflowing);
//! - anything off the page;
//! - text too faint to read on what is beneath it, and paragraphs set in a
//!   column too narrow for them;
//! - lines of display text that end inside a word, and paragraphs that end on
//!   a line of one or two characters ([`breaks`]).
//!
//! Each finding names the page, the sheet or slide it is on and, when the text
//! can be found in the story, the story field it comes from.
//!
//! Glyph boxes are taken a little inside the em box (see [`TextBox::core`]), so
//! lines set with tight leading or a rule right under a line of text do not
//! count: what is reported is visibly drawn over something.

use std::collections::BTreeSet;

use typst::layout::{Abs, Frame, FrameItem, GroupItem, Point};
use typst::visualize::{Color, CurveItem, Geometry, Paint, Shape};
use typst_layout::PagedDocument;

mod breaks;
mod floors;
mod fullness;
mod repeats;

pub use breaks::BreakScope;
use breaks::{Terms, page_breaks};

use crate::diag::Diagnostic;
use crate::frames::{self, Step};
use crate::geometry::{Affine, Rect};
use crate::marks::page_starts;
use crate::theme::Floors;

/// How many findings one deck reports before summing up the rest.
const MAX_REPORTED: usize = 20;

/// A run of text on a page.
#[derive(Debug, Clone)]
struct TextBox {
    text: String,
    size: f64,
    /// The size it prints at: `size` times any scaling it is drawn with (a
    /// sheet shrunk into the paper's text width).
    printed: f64,
    /// Where its glyphs' ink certainly is: the em box less a margin.
    core: Rect,
    /// The drawn boxes (a block with a background or border) it is inside,
    /// innermost last.
    holders: Vec<Rect>,
    /// Its colour (RGBA), when it is one colour.
    color: Option<[u8; 4]>,
    order: usize,
}

/// A shape on a page: a rule, or a region (box, filled shape).
#[derive(Debug, Clone)]
struct ShapeBox {
    bounds: Rect,
    filled: bool,
    /// A line (or a segment of an open stroked curve) rather than a region.
    rule: bool,
    /// Its fill (RGBA), when it is filled with one colour.
    fill: Option<[u8; 4]>,
    /// A filled curve's outline, on the page: its bounds hold more than it
    /// paints (a border drawn as a filled ring, a rounded box's corners).
    outline: Option<Vec<Vec<(f64, f64)>>>,
    order: usize,
}

/// What something drawn is, for the off-page check.
enum Drawn {
    /// The index of its line in `PageInk::texts`.
    Text(usize),
    Shape,
    Image,
}

struct PageInk {
    texts: Vec<TextBox>,
    shapes: Vec<ShapeBox>,
    /// Everything drawn, for the off-page check.
    all: Vec<(Rect, Drawn)>,
    order: usize,
    /// The page's own colour, beneath everything.
    paper: [u8; 4],
}

impl Affine {
    fn bounds(&self, x0: f64, y0: f64, x1: f64, y1: f64) -> Rect {
        Rect::of_points(self.corners(x0, y0, x1, y1))
    }
}

fn pt(p: Point) -> (f64, f64) {
    (p.x.to_pt(), p.y.to_pt())
}

/// A paint's colour (RGBA), when it is one colour.
fn solid(paint: &Paint) -> Option<[u8; 4]> {
    match paint {
        Paint::Solid(color) => Some(color.to_vec4_u8()),
        _ => None,
    }
}

/// `over` painted on `under`, as one opaque colour.
fn blend(over: [u8; 4], under: [u8; 4]) -> [u8; 4] {
    let a = f64::from(over[3]) / 255.0;
    let mix = |i: usize| (f64::from(over[i]) * a + f64::from(under[i]) * (1.0 - a)).round() as u8;
    [mix(0), mix(1), mix(2), 255]
}

/// WCAG 2's relative luminance of an opaque colour.
fn luminance(c: [u8; 4]) -> f64 {
    let channel = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.039_28 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2])
}

/// WCAG 2's contrast ratio of two opaque colours, 1 to 21.
pub fn contrast(a: [u8; 4], b: [u8; 4]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The least contrast text may have with what is painted beneath it (WCAG's
/// for large text and for graphics; body text should have 4.5).
pub const MIN_CONTRAST: f64 = 3.0;

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
            printed: size * here.scale(),
            core,
            holders: holders.to_vec(),
            color: solid(&text.fill),
            order,
        });
    }

    fn shape(&mut self, shape: &Shape, here: Affine) {
        let order = self.next();
        let filled = shape.fill.is_some();
        let fill = shape.fill.as_ref().and_then(solid);
        let stroked = shape.stroke.as_ref().map(|s| s.thickness.to_pt());
        let bounds = |b: Rect| b.grow(stroked.unwrap_or(0.0) / 2.0);
        match &shape.geometry {
            Geometry::Line(end) => {
                let Some(_) = stroked else { return };
                let (x, y) = pt(*end);
                let b = bounds(Rect::of_points([here.apply(0.0, 0.0), here.apply(x, y)]));
                self.push_shape(b, (false, None), true, order);
            }
            Geometry::Rect(size) => {
                let b = bounds(here.bounds(0.0, 0.0, size.x.to_pt(), size.y.to_pt()));
                // A hairline rectangle is a rule.
                let rule = b.x1 - b.x0 < 2.5 || b.y1 - b.y0 < 2.5;
                self.push_shape(b, (filled, fill), rule, order);
            }
            Geometry::Curve(curve) => {
                let closed = curve.0.iter().any(|i| matches!(i, CurveItem::Close));
                if filled || closed {
                    let points: Vec<(f64, f64)> = curve
                        .0
                        .iter()
                        .flat_map(curve_points)
                        .map(|p| {
                            let (x, y) = pt(p);
                            here.apply(x, y)
                        })
                        .collect();
                    let b = bounds(Rect::of_points(points.iter().copied()));
                    self.push_shape(b, (filled, fill), false, order);
                    if let Some(last) = self.shapes.last_mut()
                        && last.order == order
                    {
                        last.outline = Some(outline(&curve.0, here));
                    }
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
                            self.push_shape(b, (false, None), true, order);
                        }
                        last = Some(end);
                    }
                }
            }
        }
    }

    /// `fill`: whether it is filled, and with which colour when with one.
    fn push_shape(
        &mut self,
        bounds: Rect,
        fill: (bool, Option<[u8; 4]>),
        rule: bool,
        order: usize,
    ) {
        let (filled, fill) = fill;
        if !bounds.is_finite() {
            return;
        }
        self.all.push((bounds, Drawn::Shape));
        self.shapes.push(ShapeBox {
            bounds,
            filled,
            rule,
            fill,
            outline: None,
            order,
        });
    }
}

impl PageInk {
    /// The colour beneath `text`: the last filled shape painted before it
    /// under its middle, else the page.
    fn ground(&self, text: &TextBox) -> [u8; 4] {
        let (x, y) = (
            (text.core.x0 + text.core.x1) / 2.0,
            (text.core.y0 + text.core.y1) / 2.0,
        );
        let middle = Rect {
            x0: x,
            y0: y,
            x1: x,
            y1: y,
        };
        let mut ground = self.paper;
        for shape in self
            .shapes
            .iter()
            .filter(|s| s.order < text.order && !s.rule)
        {
            if let Some(fill) = shape.fill
                && shape.bounds.contains(&middle)
                && shape
                    .outline
                    .as_ref()
                    .is_none_or(|o| winds_around(o, (x, y)))
            {
                ground = blend(fill, ground);
            }
        }
        ground
    }

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

/// A curve as polygons on the page, one a subpath, its cubic pieces in short
/// lines.
fn outline(items: &[CurveItem], here: Affine) -> Vec<Vec<(f64, f64)>> {
    let at = |p: Point| {
        let (x, y) = pt(p);
        here.apply(x, y)
    };
    let mut out: Vec<Vec<(f64, f64)>> = Vec::new();
    let mut last = (0.0, 0.0);
    for item in items {
        match item {
            CurveItem::Move(p) => {
                last = at(*p);
                out.push(vec![last]);
            }
            CurveItem::Line(p) => {
                last = at(*p);
                if let Some(path) = out.last_mut() {
                    path.push(last);
                }
            }
            CurveItem::Cubic(a, b, c) => {
                let (p0, p1, p2, p3) = (last, at(*a), at(*b), at(*c));
                if let Some(path) = out.last_mut() {
                    for k in 1..=4 {
                        let t = f64::from(k) / 4.0;
                        let u = 1.0 - t;
                        let mix = |i: fn((f64, f64)) -> f64| {
                            u * u * u * i(p0)
                                + 3.0 * u * u * t * i(p1)
                                + 3.0 * u * t * t * i(p2)
                                + t * t * t * i(p3)
                        };
                        path.push((mix(|p| p.0), mix(|p| p.1)));
                    }
                }
                last = p3;
            }
            CurveItem::Close => {}
        }
    }
    out
}

/// Whether `outline` winds around `point` (the non-zero rule, as a fill
/// closes each subpath).
fn winds_around(outline: &[Vec<(f64, f64)>], (x, y): (f64, f64)) -> bool {
    let mut winding = 0i32;
    for path in outline {
        let closing = path.first().map(|&p| (*path.last().unwrap_or(&p), p));
        let edges = path.windows(2).map(|w| (w[0], w[1])).chain(closing);
        for ((x0, y0), (x1, y1)) in edges {
            let side = (x1 - x0) * (y - y0) - (x - x0) * (y1 - y0);
            if y0 <= y && y1 > y && side > 0.0 {
                winding += 1;
            } else if y0 > y && y1 <= y && side < 0.0 {
                winding -= 1;
            }
        }
    }
    winding != 0
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
        let mut ink = PageInk {
            texts: Vec::new(),
            shapes: Vec::new(),
            all: Vec::new(),
            order: 0,
            paper: solid(&page.fill_or_white().unwrap_or(Paint::Solid(Color::WHITE)))
                .unwrap_or([255; 4]),
        };
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

/// The fewest characters a line of a paragraph may hold: fewer, over three
/// lines or more, and its column or box is too narrow for it.
pub const MIN_LINE_CHARS: usize = 4;

/// Every paragraph of the story's texts set in a column or box too narrow for
/// it: three lines or more, each of fewer than [`MIN_LINE_CHARS`] characters
/// (a 内容 column one character wide, running down the page). `texts`: the
/// story's, with their field paths.
pub fn narrow_columns(document: &PagedDocument, texts: &[(String, String)]) -> Vec<Collision> {
    let strings = story_strings(texts);
    let mut found = BTreeSet::new();
    for (page, ink, _) in pages(document) {
        found.extend(page_narrow(page, &ink, &strings));
    }
    found.into_iter().collect()
}

/// Every line of display text that ends inside a word (a katakana or Latin
/// word, a number and its unit, a word of the story's own), and every
/// paragraph that ends on a line of one or two characters. `scope`: which
/// lines are display text.
pub fn broken_lines(
    document: &PagedDocument,
    texts: &[(String, String)],
    scope: BreakScope,
) -> Vec<Collision> {
    let terms = Terms::of(&story_texts(texts));
    let mut found = BTreeSet::new();
    for (page, ink, _) in pages(document) {
        for c in page_breaks(&ink, &terms, scope) {
            found.insert(Collision { page, ..c });
        }
    }
    found.into_iter().collect()
}

/// The story's texts as written (not squashed), less the computed lists
/// (see [`written_texts`]).
fn story_texts(texts: &[(String, String)]) -> Vec<(String, String)> {
    texts
        .iter()
        .filter(|(path, _)| !computed(path))
        .cloned()
        .collect()
}

/// Every text set under its floor: the story's sentences under `floors`'
/// body size, any other text under its labels size.
pub fn small_texts(
    document: &PagedDocument,
    texts: &[(String, String)],
    floors: Floors,
) -> Vec<Collision> {
    let strings = story_strings(texts);
    let mut found = BTreeSet::new();
    for (page, ink, bounds) in pages(document) {
        for c in floors::page_floors(&ink, landscape(bounds), floors, &strings) {
            found.insert(Collision { page, ..c });
        }
    }
    found.into_iter().collect()
}

/// Every story text of [`repeats::REPEAT_CHARS`] characters or more that the
/// deck prints more than once, outside its titles and table of contents.
pub fn repeated_texts(document: &PagedDocument, texts: &[(String, String)]) -> Vec<Collision> {
    let said = Said::of(document);
    let bodies: Vec<(usize, String)> = pages(document)
        .filter_map(|(page, ink, bounds)| said.body(page, &ink, bounds))
        .collect();
    repeats::repeats(&bodies, &written_texts(texts))
}

/// What of a deck may say a text again: its table of contents, and the
/// regions a layout quotes on purpose (`quoted`: an earlier sheet shown
/// small, the summary slide), as the layouts mark them.
struct Said {
    /// The pages of the contents (`<contents-start>` to `<contents-end>`).
    contents: Vec<usize>,
    /// Per page, the quoted regions (`<quote-start>`, `<quote-end>`).
    quoted: Vec<Vec<Rect>>,
}

impl Said {
    fn of(document: &PagedDocument) -> Said {
        let first = crate::marks::marks(document, "contents-start")
            .first()
            .map(|m| m.0);
        let last = crate::marks::marks(document, "contents-end")
            .last()
            .map(|m| m.0);
        let contents = match (first, last) {
            (Some(first), Some(last)) => (first..=last).collect(),
            _ => Vec::new(),
        };
        let mut quoted = vec![Vec::new(); document.pages().len()];
        for (page, region) in crate::marks::regions(document, "quote-start", "quote-end") {
            if let Some(list) = quoted.get_mut(page - 1) {
                list.push(region);
            }
        }
        Said { contents, quoted }
    }

    /// What a page says for the first time ([`repeats::body_text`]), unless
    /// it is the contents.
    fn body(&self, page: usize, ink: &PageInk, bounds: Rect) -> Option<(usize, String)> {
        (!self.contents.contains(&page)).then(|| {
            (
                page,
                repeats::body_text(ink, bounds, &self.quoted[page - 1]),
            )
        })
    }
}

fn landscape(page: Rect) -> bool {
    page.width() > page.height()
}

/// Every page that continues a sheet or slide, or is continued, and is less
/// than a third full, and every portrait page less than a third full before
/// a landscape one.
pub fn nearly_empty_pages(document: &PagedDocument) -> Vec<Collision> {
    let shapes = page_shapes(document);
    pages(document)
        .filter_map(|(page, ink, _)| {
            fullness::page_fullness(&ink, &shapes[page - 1]).map(|c| Collision { page, ..c })
        })
        .collect()
}

fn page_shapes(document: &PagedDocument) -> Vec<fullness::PageShape> {
    let sizes: Vec<(f64, f64)> = document
        .pages()
        .iter()
        .map(|p| (p.frame.size().x.to_pt(), p.frame.size().y.to_pt()))
        .collect();
    fullness::shapes(&sizes, &page_starts(document))
}

fn story_strings(texts: &[(String, String)]) -> Vec<String> {
    written_texts(texts).into_iter().map(|(_, t)| t).collect()
}

/// The narrow columns of one page (see [`narrow_columns`]).
fn page_narrow(page: usize, ink: &PageInk, strings: &[String]) -> Vec<Collision> {
    let mut out = Vec::new();
    for run in narrow_runs(ink) {
        let joined: String = run.iter().map(|t| squash(&t.text)).collect();
        if joined.chars().count() < MIN_LINE_CHARS || !strings.iter().any(|s| s.contains(&joined)) {
            continue;
        }
        let widest = run.iter().map(|t| chars(&t.text)).max().unwrap_or(0);
        out.push(Collision {
            page,
            what: crate::t!("collision-narrow", text = short(&joined), chars = widest),
            text: joined,
        });
    }
    out
}

fn chars(text: &str) -> usize {
    squash(text).chars().count()
}

/// Runs of three lines or more, one under another in one box, each of fewer
/// than [`MIN_LINE_CHARS`] characters.
fn narrow_runs(ink: &PageInk) -> Vec<Vec<&TextBox>> {
    fn close<'a>(run: &mut Vec<&'a TextBox>, runs: &mut Vec<Vec<&'a TextBox>>) {
        if run.len() >= 3 {
            runs.push(std::mem::take(run));
        } else {
            run.clear();
        }
    }
    let mut runs = Vec::new();
    let mut run: Vec<&TextBox> = Vec::new();
    for t in &ink.texts {
        let short_line = chars(&t.text) < MIN_LINE_CHARS;
        let follows = run.last().is_some_and(|last| {
            let pitch = t.core.y1 - last.core.y1;
            last.holders == t.holders
                && (last.size - t.size).abs() < 0.01 * t.size
                && (0.8 * t.size..2.2 * t.size).contains(&pitch)
                && t.core.x0 < last.core.x1
                && last.core.x0 < t.core.x1
        });
        if !(short_line && follows) {
            close(&mut run, &mut runs);
        }
        if short_line {
            run.push(t);
        }
    }
    close(&mut run, &mut runs);
    runs
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
    // Too faint: too little contrast with what is painted beneath.
    for t in &ink.texts {
        if let Some(color) = t.color {
            let ground = ink.ground(t);
            let ratio = contrast(blend(color, ground), ground);
            if ratio < MIN_CONTRAST {
                report(
                    crate::t!(
                        "collision-faint",
                        text = short(&t.text),
                        ratio = format!("{ratio:.1}")
                    ),
                    &t.text,
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

/// A list computed for the templates (`kinds`, `axis`), which no team wrote.
fn computed(path: &str) -> bool {
    path.split('.')
        .any(|key| matches!(key.split('[').next(), Some("kinds" | "axis")))
}

/// The story's texts the detector may name a field for, squashed: not the
/// lists computed for the templates (`kinds`, `axis`), which no team wrote.
fn written_texts(texts: &[(String, String)]) -> Vec<(String, String)> {
    story_texts(texts)
        .into_iter()
        .map(|(path, text)| (path, squash(&text)))
        .collect()
}

fn squash(s: &str) -> String {
    s.chars()
        .filter(|&c| !c.is_whitespace() && !crate::nobreak::is_joiner(c))
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
pub fn collision_warnings(
    document: &PagedDocument,
    texts: &[(String, String)],
    scope: BreakScope,
    floors: Floors,
) -> Vec<Diagnostic> {
    // One walk over the pages for every kind of finding.
    let written = story_strings(texts);
    let terms = Terms::of(&story_texts(texts));
    let shapes = page_shapes(document);
    let said = Said::of(document);
    let mut bodies = Vec::new();
    let mut found = BTreeSet::new();
    for (page, ink, bounds) in pages(document) {
        bodies.extend(said.body(page, &ink, bounds));
        for c in page_collisions(&ink, bounds)
            .into_iter()
            .chain(page_breaks(&ink, &terms, scope))
            .chain(fullness::page_fullness(&ink, &shapes[page - 1]))
            .chain(floors::page_floors(
                &ink,
                landscape(bounds),
                floors,
                &written,
            ))
        {
            found.insert(Collision { page, ..c });
        }
        found.extend(page_narrow(page, &ink, &written));
    }
    let strings = written_texts(texts);
    found.extend(repeats::repeats(&bodies, &strings));
    let found: Vec<Collision> = found.into_iter().collect();
    if found.is_empty() {
        return Vec::new();
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contrast_is_wcag_s_ratio() {
        let (white, black) = ([255, 255, 255, 255], [0, 0, 0, 255]);
        assert!((contrast(white, white) - 1.0).abs() < 1e-9);
        assert!((contrast(black, white) - 21.0).abs() < 1e-9);
        // WCAG's own example: #777 on white is 4.48:1.
        assert!((contrast([0x77, 0x77, 0x77, 255], white) - 4.48).abs() < 0.01);
        // Half-transparent black on white is a mid grey.
        let grey = blend([0, 0, 0, 128], white);
        assert!((3.0..5.0).contains(&contrast(grey, white)), "{grey:?}");
    }
}
