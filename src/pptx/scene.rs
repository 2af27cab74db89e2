//! A laid-out page → what a slide draws, in paint order: shapes (with their
//! path in page coordinates), pictures, and the text of each container.
//!
//! A *container* is a block, box or table cell of the layout (a group of the
//! frame tree) that holds text: its paragraphs become one text shape, so that
//! editing a word in PowerPoint reflows it inside the box. A box that only hugs
//! one line of text (a bullet's mark, an inline item) is no container: its text
//! belongs to the line it sits in.

use std::collections::HashSet;
use std::ops::Range;

use crate::frames::{self, Step};
use crate::geometry::Affine;
pub use crate::geometry::Rect;
use typst::foundations::{Smart, StyleChain};
use typst::introspection::{Location, Tag};
use typst::layout::{Abs, Frame, FrameItem, GridCell, GroupItem, Transform};
use typst::model::{TableCell, TableElem};
use typst::visualize::{CurveItem, FixedStroke, Geometry, Image, LineCap, Paint, Shape};

/// sRGB with alpha, 0–255.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rgba(pub [u8; 4]);

impl Rgba {
    pub(super) fn of(paint: &Paint) -> Rgba {
        let color = match paint {
            Paint::Solid(color) => color.clone(),
            // A gradient or tiling is drawn in its first colour: PowerPoint's
            // gradients differ, and storydeck's themes use solid paints.
            Paint::Gradient(gradient) => gradient
                .stops_ref()
                .first()
                .map(|(c, _)| c.clone())
                .unwrap_or(typst::visualize::Color::BLACK),
            Paint::Tiling(_) => typst::visualize::Color::BLACK,
        };
        Rgba(color.to_vec4_u8())
    }
}

/// A line drawn around or along a shape.
#[derive(Debug, Clone, PartialEq)]
pub struct Stroke {
    pub color: Rgba,
    pub width: f64,
    pub dashed: Option<Dash>,
    pub round: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dash {
    Dot,
    Dash,
}

impl Stroke {
    fn of(stroke: &FixedStroke) -> Stroke {
        let width = stroke.thickness.to_pt();
        let dashed = stroke.dash.as_ref().map(|d| {
            let first = d.array.first().map(|a| a.to_pt()).unwrap_or(0.0);
            if first <= width * 1.5 {
                Dash::Dot
            } else {
                Dash::Dash
            }
        });
        Stroke {
            color: Rgba::of(&stroke.paint),
            width,
            dashed,
            round: matches!(stroke.cap, LineCap::Round),
        }
    }
}

/// One step of a shape's outline, in page coordinates.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PathStep {
    Move(f64, f64),
    Line(f64, f64),
    Cubic([(f64, f64); 3]),
    Close,
}

#[derive(Debug, Clone)]
// Plain records (a shape, the scene, a diagnostic in diag.rs) look alike by design.
pub struct ShapeItem {
    /// The outline's bounds.
    pub bounds: Rect,
    /// An axis-aligned rectangle: drawn as PowerPoint's own rectangle.
    pub rect: bool,
    pub path: Vec<PathStep>,
    pub fill: Option<Rgba>,
    pub stroke: Option<Stroke>,
}

#[derive(Debug, Clone)]
pub struct PictureItem {
    pub bounds: Rect,
    pub image: Image,
}

/// A run of text on one baseline, in one font, size and colour.
#[derive(Debug, Clone)]
pub struct Run {
    pub text: String,
    pub x0: f64,
    pub x1: f64,
    pub baseline: f64,
    pub size: f64,
    pub family: String,
    pub bold: bool,
    pub color: Rgba,
    /// The font's ascender and descender, in em.
    pub ascender: f64,
    pub descender: f64,
    /// How many items were painted before it: a label placed after a band
    /// is drawn over it.
    pub order: usize,
    /// The table or grid cell the run is set in (0 outside any): a row's
    /// cells may share one frame, and their texts are not one paragraph.
    pub cell: u32,
}

/// A block, box or cell holding text.
#[derive(Debug, Clone)]
pub struct Container {
    pub bounds: Rect,
    pub runs: Vec<Run>,
}

#[derive(Debug, Clone)]
pub enum Item {
    Shape(ShapeItem),
    Picture(PictureItem),
    /// Where a container's text is painted: at its first run.
    Text(usize),
}

/// Where a table or grid cell sits in its grid, as the layout resolved it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CellMeta {
    pub col: usize,
    pub row: usize,
    pub colspan: usize,
    pub rowspan: usize,
    /// A cell of a `table` (not of a `grid`).
    pub table: bool,
    /// The cell this cell's table or grid is set in (0: none).
    pub within: u32,
}

/// A table's frame on this page: where it is, the items it paints and the
/// cells set directly in it.
#[derive(Debug, Clone)]
pub struct TableFrame {
    pub bounds: Rect,
    pub items: Range<usize>,
    /// Cell ids (see `Scene::cells`).
    pub cells: Vec<u32>,
}

#[derive(Debug, Default)]
pub struct Scene {
    pub width: f64,
    pub height: f64,
    pub items: Vec<Item>,
    pub containers: Vec<Container>,
    /// Where each table or grid cell's frame starts (id − 1 indexes it).
    pub cells: Vec<(f64, f64)>,
    /// What the layout says of each cell (same index as `cells`).
    pub cell_meta: Vec<CellMeta>,
    /// The frames of tables (of two columns or more), outermost first.
    pub tables: Vec<TableFrame>,
    /// The cells open where the walk is: their tags' locations and ids.
    open_cells: Vec<(Location, u32)>,
    /// The tables begun and not yet ended.
    open_tables: HashSet<Location>,
}

impl Affine {
    fn rect(&self, w: f64, h: f64) -> Rect {
        Rect::of_points(self.corners(0.0, 0.0, w, h))
    }
}

/// What a page draws, in paint order.
/// `open_tables`: the tables an earlier page began and did not end.
pub fn scene(frame: &Frame, open_tables: &mut HashSet<Location>) -> Scene {
    let size = frame.size();
    let mut scene = Scene {
        width: size.x.to_pt(),
        height: size.y.to_pt(),
        open_tables: std::mem::take(open_tables),
        ..Scene::default()
    };
    scene.containers.push(Container {
        bounds: Rect {
            x0: 0.0,
            y0: 0.0,
            x1: scene.width,
            y1: scene.height,
        },
        runs: Vec::new(),
    });
    scene.walk(frame, Affine::IDENTITY, 0);
    *open_tables = std::mem::take(&mut scene.open_tables);
    scene
}

/// Where the walk is: the page, or a group it entered.
struct Level {
    /// The container the level's text joins.
    container: usize,
    /// A table's start tag came last: the next group is the table's frame.
    table_starts: bool,
    /// The group walked just before, which a table's end tag may close.
    previous: Option<Walked>,
    /// The box the group opening this level is (none: a line's box, or empty).
    opened: Option<Opened>,
}

impl Level {
    fn new(container: usize, opened: Option<Opened>) -> Level {
        Level {
            container,
            table_starts: false,
            previous: None,
            opened,
        }
    }
}

/// A box entered: where it is, and where what it paints begins.
struct Opened {
    bounds: Rect,
    upright: bool,
    first_item: usize,
    first_cell: usize,
    within: u32,
}

/// A group the walk went through: where it is and what it painted.
struct Walked {
    bounds: Rect,
    upright: bool,
    items: Range<usize>,
    cells: Range<usize>,
    /// The cell open where the group begins (0: none).
    within: u32,
}

impl Scene {
    fn walk(&mut self, frame: &Frame, ts: Affine, container: usize) {
        // A table's frame is the group its start tag precedes, or (where it
        // continues from an earlier page) the group its end tag follows.
        let mut levels = vec![Level::new(container, None)];
        frames::walk(frame, ts, &mut |step, at| {
            match step {
                Step::Enter(group) => {
                    let parent = levels.last_mut().expect("the page's level");
                    parent.previous = None;
                    let container = parent.container;
                    levels.push(self.enter(group, at, container));
                }
                Step::Leave(_) => {
                    let level = levels.pop().expect("a level a group opened");
                    let walked = level.opened.map(|o| Walked {
                        bounds: o.bounds,
                        upright: o.upright,
                        items: o.first_item..self.items.len(),
                        cells: o.first_cell..self.cells.len(),
                        within: o.within,
                    });
                    let parent = levels.last_mut().expect("the page's level");
                    if std::mem::take(&mut parent.table_starts) {
                        if let Some(w) = &walked {
                            self.table_frame(w);
                        }
                    } else {
                        parent.previous = walked;
                    }
                }
                Step::Item(item) => {
                    let level = levels.last_mut().expect("the page's level");
                    let walked = level.previous.take();
                    match item {
                        FrameItem::Tag(Tag::Start(elem, _)) if elem.is::<TableElem>() => {
                            if let Some(location) = elem.location() {
                                self.open_tables.insert(location);
                            }
                            level.table_starts = true;
                        }
                        FrameItem::Tag(Tag::End(location, ..))
                            if self.open_tables.contains(location) =>
                        {
                            self.open_tables.remove(location);
                            if let Some(w) = walked {
                                self.table_frame(&w);
                            }
                        }
                        FrameItem::Text(text) => self.text(text, at, level.container),
                        FrameItem::Shape(shape, _) => self.shape(shape, at),
                        FrameItem::Image(image, size, _) => {
                            let bounds = at.rect(size.x.to_pt(), size.y.to_pt());
                            if bounds.is_finite() && bounds.width() > 0.0 && bounds.height() > 0.0 {
                                self.items.push(Item::Picture(PictureItem {
                                    bounds,
                                    image: image.clone(),
                                }));
                            }
                        }
                        FrameItem::Tag(tag) => self.tag(tag, at),
                        FrameItem::Group(_) | FrameItem::Link(..) => {}
                    }
                }
            }
            true
        });
    }

    /// Typst tags every table and grid cell, however its frame is merged
    /// into the row's.
    fn tag(&mut self, tag: &Tag, here: Affine) {
        match tag {
            Tag::Start(elem, _) if elem.is::<TableCell>() || elem.is::<GridCell>() => {
                if let Some(location) = elem.location()
                    && let Some(meta) = self.meta_of(elem)
                {
                    self.cells.push(here.apply(0.0, 0.0));
                    self.cell_meta.push(meta);
                    let id = self.cells.len() as u32;
                    self.open_cells.push((location, id));
                }
            }
            Tag::End(location, ..) => {
                if self
                    .open_cells
                    .last()
                    .is_some_and(|(open, _)| open == location)
                {
                    self.open_cells.pop();
                }
            }
            Tag::Start(..) => {}
        }
    }

    /// Where a table's or grid's cell sits, as the layout resolved it.
    fn meta_of(&self, elem: &typst::foundations::Content) -> Option<CellMeta> {
        let styles = StyleChain::default();
        let place = |x: Smart<usize>| match x {
            Smart::Custom(x) => x,
            Smart::Auto => usize::MAX,
        };
        let within = self.open_cells.last().map_or(0, |(_, id)| *id);
        // The two kinds of cell have the same fields, of distinct types.
        macro_rules! meta {
            ($cell:expr, $table:expr) => {
                CellMeta {
                    col: place($cell.x.get(styles)),
                    row: place($cell.y.get(styles)),
                    colspan: $cell.colspan.get(styles).get(),
                    rowspan: $cell.rowspan.get(styles).get(),
                    table: $table,
                    within,
                }
            };
        }
        if let Some(cell) = elem.to_packed::<TableCell>() {
            Some(meta!(cell, true))
        } else {
            elem.to_packed::<GridCell>().map(|cell| meta!(cell, false))
        }
    }

    /// The level a group opens, drawn at `at`: a box of its own (a container
    /// its text joins, a frame a table may be), or, for a line's box or an
    /// empty group, the same container as the level around it.
    fn enter(&mut self, group: &GroupItem, at: Affine, container: usize) -> Level {
        let size = group.frame.size();
        if hugs_one_line(&group.frame) || size.x <= Abs::zero() || size.y <= Abs::zero() {
            return Level::new(container, None);
        }
        let bounds = at.rect(size.x.to_pt(), size.y.to_pt());
        let inner = self.containers.len();
        self.containers.push(Container {
            bounds,
            runs: Vec::new(),
        });
        let opened = Opened {
            bounds,
            upright: at.upright(),
            first_item: self.items.len(),
            first_cell: self.cells.len(),
            within: self.open_cells.last().map_or(0, |(_, id)| *id),
        };
        Level::new(inner, Some(opened))
    }

    /// A table's frame on this page, its cells those set in it directly
    /// (not those of a table in one of its cells).
    fn table_frame(&mut self, walked: &Walked) {
        let cells: Vec<u32> = walked
            .cells
            .clone()
            .filter(|&i| self.cell_meta[i].table && self.cell_meta[i].within == walked.within)
            .map(|i| i as u32 + 1)
            .collect();
        let columns = cells
            .iter()
            .map(|&id| {
                let m = &self.cell_meta[id as usize - 1];
                m.col.saturating_add(m.colspan)
            })
            .max()
            .unwrap_or(0);
        if columns >= 2 && walked.upright {
            // Outer tables first: an inner one ends before its outer one.
            let at = self
                .tables
                .iter()
                .position(|t| {
                    walked.items.start <= t.items.start && t.items.end <= walked.items.end
                })
                .unwrap_or(self.tables.len());
            self.tables.insert(
                at,
                TableFrame {
                    bounds: walked.bounds,
                    items: walked.items.clone(),
                    cells,
                },
            );
        }
    }

    fn text(&mut self, text: &typst::text::TextItem, here: Affine, container: usize) {
        let width = text.width().to_pt();
        if text.text.is_empty() || width <= 0.0 {
            return;
        }
        let (x0, baseline) = here.apply(0.0, 0.0);
        let (x1, _) = here.apply(width, 0.0);
        let info = text.font.info();
        let metrics = text.font.metrics();
        let run = Run {
            text: text.text.to_string(),
            x0,
            x1,
            baseline,
            size: text.size.to_pt() * here.d.abs().max(1e-9),
            family: info.family.clone(),
            bold: info.variant.weight.to_number() >= 600,
            color: Rgba::of(&text.fill),
            ascender: metrics.ascender.get(),
            descender: metrics.descender.get(),
            cell: self.open_cells.last().map_or(0, |(_, id)| *id),
            order: 0,
        };
        let c = &mut self.containers[container];
        if c.runs.is_empty() {
            self.items.push(Item::Text(container));
        }
        let order = self.items.len();
        let c = &mut self.containers[container];
        c.runs.push(Run { order, ..run });
    }

    fn shape(&mut self, shape: &Shape, here: Affine) {
        let fill = shape.fill.as_ref().map(Rgba::of);
        let stroke = shape.stroke.as_ref().map(Stroke::of);
        if fill.is_none() && stroke.is_none() {
            return;
        }
        let (path, rect) = match &shape.geometry {
            Geometry::Line(end) => (
                vec![
                    PathStep::Move(here.apply(0.0, 0.0).0, here.apply(0.0, 0.0).1),
                    {
                        let (x, y) = here.point(*end);
                        PathStep::Line(x, y)
                    },
                ],
                false,
            ),
            Geometry::Rect(size) => {
                let (w, h) = (size.x.to_pt(), size.y.to_pt());
                let corners =
                    [(0.0, 0.0), (w, 0.0), (w, h), (0.0, h)].map(|(x, y)| here.apply(x, y));
                let mut path = vec![PathStep::Move(corners[0].0, corners[0].1)];
                path.extend(corners[1..].iter().map(|&(x, y)| PathStep::Line(x, y)));
                path.push(PathStep::Close);
                (path, here.upright())
            }
            Geometry::Curve(curve) => (
                curve
                    .0
                    .iter()
                    .map(|step| match step {
                        CurveItem::Move(p) => {
                            let (x, y) = here.point(*p);
                            PathStep::Move(x, y)
                        }
                        CurveItem::Line(p) => {
                            let (x, y) = here.point(*p);
                            PathStep::Line(x, y)
                        }
                        CurveItem::Cubic(a, b, c) => {
                            PathStep::Cubic([here.point(*a), here.point(*b), here.point(*c)])
                        }
                        CurveItem::Close => PathStep::Close,
                    })
                    .collect(),
                false,
            ),
        };
        let bounds = Rect::of_points(path.iter().flat_map(|step| match *step {
            PathStep::Move(x, y) | PathStep::Line(x, y) => vec![(x, y)],
            PathStep::Cubic(points) => points.to_vec(),
            PathStep::Close => vec![],
        }));
        if !bounds.is_finite() {
            return;
        }
        self.items.push(Item::Shape(ShapeItem {
            bounds,
            rect,
            path,
            fill,
            stroke,
        }));
    }

    /// Whether anything painted after item `from` and before item `to`
    /// meets `area`: a shape, a picture, or the glyphs of a run (`skip`
    /// leaves out runs that are the text being placed).
    pub fn painted_between(
        &self,
        from: usize,
        to: usize,
        area: &Rect,
        skip: impl Fn(&Run) -> bool,
    ) -> bool {
        let drawn = (from + 1..to).any(|i| match &self.items[i] {
            Item::Shape(s) => s.bounds.meets(area),
            Item::Picture(p) => p.bounds.meets(area),
            Item::Text(_) => false,
        });
        drawn
            || self.containers.iter().flat_map(|c| &c.runs).any(|r| {
                let glyphs = Rect {
                    x0: r.x0,
                    y0: r.baseline - r.size * r.ascender,
                    x1: r.x1,
                    y1: r.baseline - r.size * r.descender,
                };
                r.order > from && r.order < to && !skip(r) && glyphs.meets(area)
            })
    }
}

/// A box around one line of text only (a bullet's mark, an inline item, a
/// line of a paragraph in a frame of its own, a line holding a mark's box):
/// its text belongs to the box the line is in, not to a box of its own.
fn hugs_one_line(frame: &Frame) -> bool {
    let mut line = OneLine::default();
    if !line.gather(frame) || line.baseline.is_none() {
        return false;
    }
    // A line the layout set in a frame of its own (a paragraph broken across
    // regions) is as high as the line; a cell or box is higher by its inset.
    frame.width().to_pt() <= line.extent + line.size * 0.35
        || frame.height().to_pt() <= line.size * 1.3
}

/// The text of a frame that holds nothing but text on one baseline, its
/// nested boxes included (in pt).
#[derive(Default)]
struct OneLine {
    baseline: Option<f64>,
    extent: f64,
    size: f64,
}

impl OneLine {
    /// False as soon as the frame draws anything but text, a turned or scaled
    /// box, or a second line.
    fn gather(&mut self, frame: &Frame) -> bool {
        let mut one = true;
        frames::walk(frame, Affine::IDENTITY, &mut |step, at| {
            match step {
                _ if !one => {}
                Step::Enter(group) => one = group.transform == Transform::identity(),
                Step::Item(FrameItem::Text(text)) => {
                    let (x, y) = at.apply(0.0, 0.0);
                    let size = text.size.to_pt();
                    if self.baseline.is_some_and(|b| (b - y).abs() > size * 0.1) {
                        one = false;
                    } else {
                        self.baseline = Some(y);
                        self.extent = self.extent.max(x + text.width().to_pt());
                        self.size = self.size.max(size);
                    }
                }
                Step::Leave(_) | Step::Item(FrameItem::Tag(_) | FrameItem::Link(..)) => {}
                Step::Item(_) => one = false,
            }
            one
        });
        one
    }
}
