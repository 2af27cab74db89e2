//! One page's scene → the XML of one slide (PresentationML), with the
//! pictures it embeds.
//!
//! Every shape is placed where the layout put it (1 pt = 12,700 EMU). Each
//! unit of text (see `units`) becomes one text shape, drawn in its card when
//! it has one; a table PowerPoint can hold becomes a table (see `table`).

use std::collections::BTreeMap;

use typst::foundations::Smart;
use typst::layout::{Abs, Frame, FrameItem, Point, Sides, Size};
use typst::visualize::{ExchangeFormat, ImageKind, RasterFormat};
use typst_layout::Page;

use super::scene::{Dash, Item, PathStep, PictureItem, Rect, Rgba, Scene, ShapeItem, Stroke};
use super::table::{Table, tables};
use super::text::{Align, Paragraph, paragraphs};
use super::units::{Kind, Placement, cell_bounds, place};
use super::xml::{El, part};

/// EMU per pt.
const EMU: f64 = 12_700.0;

fn emu(pt: f64) -> i64 {
    (pt * EMU).round() as i64
}

/// A picture a slide embeds: its bytes and file extension.
#[derive(Debug, Clone)]
pub struct Media {
    pub bytes: Vec<u8>,
    pub ext: &'static str,
}

/// What the package needs of a slide.
pub struct SlideXml {
    pub xml: String,
    /// The slide's pictures, in the order of their relationships (`rIdMedia1` …).
    pub media: Vec<Media>,
}

/// What a page is, besides what it draws.
pub struct PageInfo<'a> {
    /// 1-based.
    pub number: usize,
    /// The title of the sheet or slide this page belongs to.
    pub title: Option<&'a str>,
    pub background: Option<Rgba>,
}

struct Writer {
    /// The slide's shapes, in drawing order.
    out: Vec<El>,
    next_id: u32,
    media: Vec<Media>,
    number: usize,
}

/// The slide of one page.
pub fn slide(scene: &Scene, page: &PageInfo) -> SlideXml {
    // Tables PowerPoint can hold are drawn as its tables, with their fills,
    // rules and text: those items are theirs.
    let tables = tables(scene);
    let mut table_of: Vec<Option<usize>> = vec![None; scene.items.len()];
    for (t, table) in tables.iter().enumerate() {
        for slot in &mut table_of[table.items.clone()] {
            *slot = Some(t);
        }
    }
    let mut per_container: Vec<Vec<Paragraph>> = scene
        .containers
        .iter()
        .map(|c| paragraphs(c, &scene.cells))
        .collect();
    for (index, item) in scene.items.iter().enumerate() {
        if let Item::Text(c) = item
            && table_of[index].is_some()
        {
            per_container[*c].clear();
        }
    }
    let title = find_title(&per_container, page.title, scene.height);
    let mut w = Writer {
        out: Vec::new(),
        next_id: 2,
        media: Vec::new(),
        number: page.number,
    };
    let Placement {
        units,
        ground,
        frame,
        taken,
    } = place(scene, &per_container, title, &table_of);
    // Each unit is drawn where its ground was painted (what the layout drew
    // on the ground stays above it), else where its text was (a label placed
    // after a band stays above it).
    let mut due: BTreeMap<usize, Vec<usize>> = Default::default();
    for (u, unit) in units.iter().enumerate() {
        let at = ground[u].unwrap_or_else(|| unit.painted_at());
        due.entry(at).or_default().push(u);
    }
    let draw = |w: &mut Writer, u: usize| {
        let unit = &units[u];
        let container = &scene.containers[unit.container].bounds;
        if let Some(g) = ground[u]
            && let Item::Shape(shape) = &scene.items[g]
        {
            w.shape(shape, Some((&unit.paras, container)));
        } else if let Some(frame) = &frame[u] {
            w.shape(frame, Some((&unit.paras, &frame.bounds)));
        } else {
            match unit.kind {
                Kind::Whole => w.text_box(&unit.paras, container, None),
                Kind::Cell => w.text_box(&unit.paras, &cell_bounds(&unit.paras, scene), None),
                Kind::Single | Kind::Title => {
                    let p = &unit.paras[0];
                    let title = (unit.kind == Kind::Title).then_some(());
                    w.text_box(std::slice::from_ref(p), &own_bounds(p, container), title);
                }
            }
        }
    };
    for (index, item) in scene.items.iter().enumerate() {
        while let Some(entry) = due.first_entry()
            && *entry.key() <= index
        {
            for u in entry.remove() {
                draw(&mut w, u);
            }
        }
        if let Some(t) = table_of[index] {
            if tables[t].items.start == index {
                w.table(&tables[t]);
            }
            continue;
        }
        match item {
            Item::Shape(shape) => {
                if !taken[index] {
                    w.shape(shape, None);
                }
            }
            Item::Picture(picture) => w.picture(picture),
            Item::Text(_) => {}
        }
    }
    for u in due.into_values().flatten() {
        draw(&mut w, u);
    }
    let background = page
        .background
        .filter(|c| c.0 != [255, 255, 255, 255])
        .map(|c| {
            El::new("p:bg").child(
                El::new("p:bgPr")
                    .child(solid_fill(c))
                    .child(El::new("a:effectLst")),
            )
        });
    let zero =
        |tag: &'static str, x: &'static str, y: &'static str| El::new(tag).attr(x, 0).attr(y, 0);
    let group = El::new("p:grpSpPr").child(El::new("a:xfrm").children([
        zero("a:off", "x", "y"),
        zero("a:ext", "cx", "cy"),
        zero("a:chOff", "x", "y"),
        zero("a:chExt", "cx", "cy"),
    ]));
    let tree = El::new("p:spTree")
        .child(
            El::new("p:nvGrpSpPr")
                .child(El::new("p:cNvPr").attr("id", 1).attr("name", ""))
                .child(El::new("p:cNvGrpSpPr"))
                .child(El::new("p:nvPr")),
        )
        .child(group)
        .children(w.out);
    let root = El::new("p:sld")
        .attr(
            "xmlns:a",
            "http://schemas.openxmlformats.org/drawingml/2006/main",
        )
        .attr(
            "xmlns:r",
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        )
        .attr(
            "xmlns:p",
            "http://schemas.openxmlformats.org/presentationml/2006/main",
        )
        .child(El::new("p:cSld").child_if(background).child(tree))
        .child(El::new("p:clrMapOvr").child(El::new("a:masterClrMapping")));
    let xml = part(&root, true);
    SlideXml {
        xml,
        media: w.media,
    }
}

/// Where the text of a box may run to. A wrapped paragraph's widest line is
/// as wide as Typst's measure, less than a word: a little beyond it, PowerPoint
/// breaks where Typst did. Lines that never wrapped have the box's width,
/// inset as on the left. The container may be wider than the column its text
/// was set in (a row of cards whose first card's text is the row's).
fn measure_right(paras: &[Paragraph], b: &Rect) -> f64 {
    let left = paras.iter().map(|p| p.x0()).fold(f64::INFINITY, f64::min);
    let right = paras
        .iter()
        .map(|p| p.x1())
        .fold(f64::NEG_INFINITY, f64::max);
    if paras.iter().any(|p| p.lines.len() > 1) {
        right + 0.5 * paras[0].size()
    } else {
        // Lines Typst never wrapped stay whole, even in a reader that sets
        // them a little wider (LibreOffice spaces Latin from Japanese).
        let widest = paras.iter().map(|p| p.x1() - p.x0()).fold(0.0, f64::max);
        let slack = (2.0 * paras[0].size()).max(0.25 * widest);
        right.max(b.x1 - (left - b.x0).max(0.0)) + slack
    }
}

/// A paragraph's own box, when it cannot share its container's.
fn own_bounds(p: &Paragraph, container: &Rect) -> Rect {
    // One line stays one line: room for a reader that sets it a little
    // wider (LibreOffice spaces Latin from Japanese text).
    let slack = (2.0 * p.size()).max(0.25 * (p.x1() - p.x0()));
    let (x0, x1) = match p.align {
        Align::Center => (p.x0() - slack, p.x1() + slack),
        Align::Right => (p.x0() - slack, p.x1()),
        _ if p.lines.len() > 1 => (
            p.x0(),
            (p.x1() + 0.3 * p.size()).min(container.x1.max(p.x1())),
        ),
        _ => (p.x0(), p.x1() + slack),
    };
    Rect {
        x0,
        y0: p.top(),
        x1,
        y1: p.bottom().max(p.top() + 1.0),
    }
}

/// The title of the page: the paragraph that begins with the sheet's or
/// slide's title, else the largest text in the page's top third (or on
/// the page).
/// (container, paragraph) indices.
fn find_title(
    per_container: &[Vec<Paragraph>],
    title: Option<&str>,
    height: f64,
) -> Option<(usize, usize)> {
    let all = || {
        per_container
            .iter()
            .enumerate()
            .flat_map(|(c, ps)| ps.iter().enumerate().map(move |(i, p)| (c, i, p)))
    };
    let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    if let Some(title) = title.map(squash).filter(|t| !t.is_empty())
        && let Some((c, i, _)) = all().find(|(_, _, p)| squash(&p.text()).starts_with(&title))
    {
        return Some((c, i));
    }
    // The largest text, the page's top third first (a closing slide's one
    // large line may sit in its middle).
    let top_third = all().filter(|(_, _, p)| p.top() < height / 3.0).count() > 0;
    all()
        .filter(|(_, _, p)| !top_third || p.top() < height / 3.0)
        .max_by(|a, b| {
            a.2.size()
                .total_cmp(&b.2.size())
                .then(b.2.top().total_cmp(&a.2.top()))
        })
        .map(|(c, i, _)| (c, i))
}

/// The height PowerPoint gives a line of `p`, and how far below its top the
/// baseline sits: a fixed line height (the layout's baseline pitch, or the
/// font's natural height for one line) puts the baseline a descent above the
/// line's bottom.
fn line_metrics(p: &Paragraph) -> (f64, f64) {
    let run = &p.lines[0].runs[0];
    let descent = -run.descender * p.size();
    let natural = (run.ascender - run.descender) * p.size();
    let height = p.pitch.unwrap_or(natural).max(p.size());
    (height, height - descent)
}

/// The insets of a box that put its text where the layout did: left,
/// top, right. Centred or right-set text uses the box's whole width.
fn insets(paras: &[Paragraph], b: &Rect) -> (f64, f64, f64) {
    let left = paras.iter().map(|p| p.x0()).fold(f64::INFINITY, f64::min);
    let flush = paras
        .iter()
        .all(|p| matches!(p.align, Align::Center | Align::Right));
    let l_ins = if flush { 0.0 } else { (left - b.x0).max(0.0) };
    let r_ins = (b.x1 - measure_right(paras, b)).max(0.0);
    let (_, ascent) = line_metrics(&paras[0]);
    let t_ins = (paras[0].first_baseline() - ascent - b.y0).max(0.0);
    (l_ins, t_ins, r_ins)
}

fn solid_fill(c: Rgba) -> El {
    let [r, g, b, a] = c.0;
    let colour = El::new("a:srgbClr").attr("val", format!("{r:02X}{g:02X}{b:02X}"));
    let colour = if a == 255 {
        colour
    } else {
        colour.child(El::new("a:alpha").attr("val", u32::from(a) * 100_000 / 255))
    };
    El::new("a:solidFill").child(colour)
}

fn fill_or_none(fill: Option<Rgba>) -> El {
    fill.map(solid_fill).unwrap_or_else(|| El::new("a:noFill"))
}

fn dash_value(dash: Option<Dash>) -> Option<&'static str> {
    dash.map(|d| match d {
        Dash::Dot => "sysDot",
        Dash::Dash => "dash",
    })
}

fn line(stroke: Option<&Stroke>) -> El {
    let Some(s) = stroke else {
        return El::new("a:ln").child(El::new("a:noFill"));
    };
    El::new("a:ln")
        .attr("w", emu(s.width).max(1))
        .attr_if(s.round, "cap", "rnd")
        .child(solid_fill(s.color))
        .child_if(dash_value(s.dashed).map(|v| El::new("a:prstDash").attr("val", v)))
}

fn offset_extent(b: &Rect, min: i64) -> [El; 2] {
    [
        El::new("a:off").attr("x", emu(b.x0)).attr("y", emu(b.y0)),
        El::new("a:ext")
            .attr("cx", emu(b.width()).max(min))
            .attr("cy", emu(b.height()).max(min)),
    ]
}

fn xfrm(b: &Rect) -> El {
    El::new("a:xfrm").children(offset_extent(b, 1))
}

fn rectangle() -> El {
    El::new("a:prstGeom")
        .attr("prst", "rect")
        .child(El::new("a:avLst"))
}

/// A shape's non-visual properties: its id and name, then `rest`.
fn non_visual(tag: &'static str, id: u32, name: &str, rest: impl IntoIterator<Item = El>) -> El {
    El::new(tag)
        .child(
            El::new("p:cNvPr")
                .attr("id", id)
                .attr("name", format!("{name} {id}")),
        )
        .children(rest)
}

impl Writer {
    fn id(&mut self) -> u32 {
        let id = self.next_id;
        self.next_id += 1;
        id
    }

    /// A shape; with text, the container's paragraphs inside it.
    fn shape(&mut self, shape: &ShapeItem, text: Option<(&[Paragraph], &Rect)>) {
        let id = self.id();
        let b = &shape.bounds;
        let geometry = if shape.rect {
            rectangle()
        } else {
            custom_geometry(shape)
        };
        let body = text.map(|(paras, _)| self.body(paras, b));
        let name = if text.is_some() { "Box" } else { "Shape" };
        self.out.push(
            El::new("p:sp")
                .child(non_visual(
                    "p:nvSpPr",
                    id,
                    name,
                    [El::new("p:cNvSpPr"), El::new("p:nvPr")],
                ))
                .child(
                    El::new("p:spPr")
                        .child(xfrm(b))
                        .child(geometry)
                        .child(fill_or_none(shape.fill))
                        .child(line(shape.stroke.as_ref())),
                )
                .child_if(body),
        );
    }

    /// Paragraphs in a shape of their own, without ground; `title`: the
    /// slide's title placeholder.
    fn text_box(&mut self, paras: &[Paragraph], bounds: &Rect, title: Option<()>) {
        if paras.is_empty() {
            return;
        }
        let id = self.id();
        let (_, first_ascent) = line_metrics(&paras[0]);
        // The box starts where the first line's box does, or higher.
        let top = (paras[0].first_baseline() - first_ascent).min(bounds.y0);
        // Without a ground to fill, the box is as wide as its text's measure;
        // text set centred or to the right grows to both sides or the left.
        let measure = measure_right(paras, bounds);
        let grow = measure - bounds.x1;
        let b = if paras.iter().all(|p| p.align == Align::Center) {
            Rect {
                y0: top,
                x0: bounds.x0 - grow.max(0.0),
                x1: measure.max(bounds.x1),
                ..*bounds
            }
        } else if paras.iter().all(|p| p.align == Align::Right) {
            Rect {
                y0: top,
                x0: bounds.x0 - grow.max(0.0),
                ..*bounds
            }
        } else {
            Rect {
                y0: top,
                x1: measure,
                ..*bounds
            }
        };
        let body = self.body(paras, &b);
        let (name, nv) = if title.is_some() {
            (
                "Title",
                [
                    El::new("p:cNvSpPr").child(El::new("a:spLocks").attr("noGrp", 1)),
                    El::new("p:nvPr").child(El::new("p:ph").attr("type", "title")),
                ],
            )
        } else {
            (
                "Text",
                [El::new("p:cNvSpPr").attr("txBox", 1), El::new("p:nvPr")],
            )
        };
        self.out.push(
            El::new("p:sp")
                .child(non_visual("p:nvSpPr", id, name, nv))
                .child(
                    El::new("p:spPr")
                        .child(xfrm(&b))
                        .child(rectangle())
                        .child(El::new("a:noFill"))
                        .child(line(None)),
                )
                .child(body),
        );
    }

    /// The text body: insets that put the first line where the layout did,
    /// and every paragraph with its spacing, indents and runs.
    fn body(&self, paras: &[Paragraph], b: &Rect) -> El {
        let (l_ins, t_ins, r_ins) = insets(paras, b);
        El::new("p:txBody")
            .child(
                El::new("a:bodyPr")
                    .attr("wrap", "square")
                    .attr("lIns", emu(l_ins))
                    .attr("tIns", emu(t_ins))
                    .attr("rIns", emu(r_ins))
                    .attr("bIns", 0)
                    .attr("anchor", "t")
                    .attr("rtlCol", 0)
                    .child(El::new("a:noAutofit")),
            )
            .child(El::new("a:lstStyle"))
            .children(self.paragraphs(paras))
    }

    /// Every paragraph with its spacing, indents and runs.
    fn paragraphs(&self, paras: &[Paragraph]) -> Vec<El> {
        let left = paras.iter().map(|p| p.x0()).fold(f64::INFINITY, f64::min);
        let mut out = Vec::new();
        let mut previous_bottom: Option<f64> = None;
        for p in paras {
            let (height, ascent) = line_metrics(p);
            let descent = height - ascent;
            let line_top = p.first_baseline() - ascent;
            let before = previous_bottom.map_or(0.0, |bottom| (line_top - bottom).max(0.0));
            previous_bottom = Some(p.last_baseline() + descent);
            out.push(self.paragraph(p, left, height, before));
        }
        out
    }

    /// A table: its grid, and each cell with its text, fill and borders.
    fn table(&mut self, table: &Table) {
        let id = self.id();
        let b = table.bounds();
        let size = table
            .cells
            .iter()
            .flat_map(|c| &c.paras)
            .map(|p| p.size())
            .fold(f64::INFINITY, f64::min);
        let size = if size.is_finite() { size } else { 10.0 };
        let grid = El::new("a:tblGrid")
            .children(
                table
                    .cols
                    .windows(2)
                    .map(|w| El::new("a:gridCol").attr("w", emu(w[1] - w[0]))),
            )
            .keep_open();
        // Where each place of the grid is: a cell's start, or covered by one.
        let columns = table.cols.len() - 1;
        let mut places: Vec<Vec<Option<(usize, bool, bool)>>> =
            vec![vec![None; columns]; table.rows.len() - 1];
        for (i, cell) in table.cells.iter().enumerate() {
            let rows = &mut places[cell.row..cell.row + cell.rowspan];
            for (r, row) in rows.iter_mut().enumerate() {
                for (c, place) in row[cell.col..cell.col + cell.colspan]
                    .iter_mut()
                    .enumerate()
                {
                    *place = Some((i, c > 0, r > 0));
                }
            }
        }
        let rows = places.iter().enumerate().map(|(r, row)| {
            El::new("a:tr")
                .attr("h", emu(table.rows[r + 1] - table.rows[r]))
                .children(row.iter().flatten().map(|&(i, h_merge, v_merge)| {
                    self.table_cell(&table.cells[i], h_merge, v_merge, size)
                }))
                .keep_open()
        });
        let table = El::new("a:tbl")
            .child(El::new("a:tblPr"))
            .child(grid)
            .children(rows);
        self.out.push(
            El::new("p:graphicFrame")
                .child(non_visual(
                    "p:nvGraphicFramePr",
                    id,
                    "Table",
                    [
                        El::new("p:cNvGraphicFramePr")
                            .child(El::new("a:graphicFrameLocks").attr("noGrp", 1)),
                        El::new("p:nvPr"),
                    ],
                ))
                .child(El::new("p:xfrm").children(offset_extent(&b, i64::MIN)))
                .child(
                    El::new("a:graphic").child(
                        El::new("a:graphicData")
                            .attr(
                                "uri",
                                "http://schemas.openxmlformats.org/drawingml/2006/table",
                            )
                            .child(table),
                    ),
                ),
        );
    }

    /// A place of a table's grid: the cell that starts there, or one that a
    /// span covers (merged into the first).
    fn table_cell(&self, cell: &super::table::Cell, h_merge: bool, v_merge: bool, size: f64) -> El {
        let starts = !h_merge && !v_merge;
        let owns_text = starts && !cell.paras.is_empty();
        let (l_ins, t_ins, r_ins, text) = if owns_text {
            let (l, t, r) = insets(&cell.paras, &cell.rect);
            (l, t, r, self.paragraphs(&cell.paras))
        } else {
            let end = El::new("a:endParaRPr")
                .attr("lang", "ja-JP")
                .attr("sz", ((size * 100.0).round() as i64).clamp(100, 400_000))
                .attr("dirty", 0);
            (0.0, 0.0, 0.0, vec![El::new("a:p").child(end)])
        };
        let border = |tag: &'static str, stroke: &Option<Stroke>| match stroke {
            Some(s) => El::new(tag)
                .attr("w", emu(s.width).max(1))
                .attr("cap", "flat")
                .attr("cmpd", "sng")
                .attr("algn", "ctr")
                .child(solid_fill(s.color))
                .child(El::new("a:prstDash").attr("val", dash_value(s.dashed).unwrap_or("solid"))),
            None => El::new(tag).attr("w", 0).child(El::new("a:noFill")),
        };
        let [left, right, top, bottom] = &cell.borders;
        El::new("a:tc")
            .attr_if(h_merge, "hMerge", 1)
            .attr_if(v_merge, "vMerge", 1)
            .attr_if(starts && cell.colspan > 1, "gridSpan", cell.colspan)
            .attr_if(starts && cell.rowspan > 1, "rowSpan", cell.rowspan)
            .child(
                El::new("a:txBody")
                    .child(El::new("a:bodyPr"))
                    .child(El::new("a:lstStyle"))
                    .children(text),
            )
            .child(
                El::new("a:tcPr")
                    .attr("marL", emu(l_ins))
                    .attr("marR", emu(r_ins))
                    .attr("marT", emu(t_ins))
                    .attr("marB", 0)
                    .attr("anchor", "t")
                    .child(border("a:lnL", left))
                    .child(border("a:lnR", right))
                    .child(border("a:lnT", top))
                    .child(border("a:lnB", bottom))
                    .child(fill_or_none(cell.fill)),
            )
    }

    fn paragraph(&self, p: &Paragraph, left: f64, height: f64, before: f64) -> El {
        let algn = match p.align {
            Align::Left => "l",
            Align::Center => "ctr",
            Align::Right => "r",
            Align::Justify => "just",
        };
        // Text set centred or to the right has no margin of its own.
        let left = match p.align {
            Align::Center | Align::Right => left.max(p.x0()),
            _ => left,
        };
        let mar_l = (p.text_x() - left).max(0.0);
        let indent = p.lines[0].x0 - p.text_x();
        let points =
            |tag: &'static str, val: i64| El::new(tag).child(El::new("a:spcPts").attr("val", val));
        let properties = El::new("a:pPr")
            .attr("marL", emu(mar_l))
            .attr("indent", emu(indent))
            .attr("algn", algn)
            .child(points("a:lnSpc", (height * 100.0).round() as i64))
            .child(points("a:spcBef", (before * 100.0).round() as i64))
            .child(points("a:spcAft", 0));
        let properties = match &p.bullet {
            Some((mark, _)) => {
                let run = &p.lines[0].runs[0];
                properties
                    .child(
                        El::new("a:buClr").child(El::new("a:srgbClr").attr("val", hex(run.color))),
                    )
                    .child(El::new("a:buSzPct").attr("val", 100_000))
                    .child(El::new("a:buFont").attr("typeface", &run.family))
                    .child(El::new("a:buChar").attr("char", mark))
            }
            None => properties.child(El::new("a:buNone")),
        };
        let runs = merge(p.runs());
        El::new("a:p")
            .child(properties)
            .children(runs.iter().flat_map(|run| self.run(run)))
            .child_if(
                runs.last()
                    .map(|last| run_attributes(El::new("a:endParaRPr"), last)),
            )
    }

    fn run(&self, run: &super::scene::Run) -> Vec<El> {
        let text = |t: &str| {
            El::new("a:r")
                .child(run_properties(run))
                .child(El::new("a:t").text(t))
        };
        // The page number of a slide's footer is PowerPoint's own field.
        if let Some(rest) = run.text.strip_prefix(&self.number.to_string())
            && (rest.is_empty() || rest.starts_with(" /"))
            && run.text.trim() == run.text
        {
            let field = El::new("a:fld")
                .attr("id", "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}")
                .attr("type", "slidenum")
                .child(run_properties(run))
                .child(El::new("a:t").text(&self.number.to_string()));
            return std::iter::once(field)
                .chain((!rest.is_empty()).then(|| text(rest)))
                .collect();
        }
        vec![text(&run.text)]
    }

    fn picture(&mut self, picture: &PictureItem) {
        let Some((main, svg)) = media_of(picture) else {
            return;
        };
        let id = self.id();
        self.media.push(main);
        let main_rel = format!("rIdMedia{}", self.media.len());
        let svg_ext = svg.map(|svg| {
            self.media.push(svg);
            El::new("a:extLst").child(
                El::new("a:ext")
                    .attr("uri", "{96DAC541-7B7A-43D3-8B79-37D633B846F1}")
                    .child(
                        El::new("asvg:svgBlip")
                            .attr(
                                "xmlns:asvg",
                                "http://schemas.microsoft.com/office/drawing/2016/SVG/main",
                            )
                            .attr("r:embed", format!("rIdMedia{}", self.media.len())),
                    ),
            )
        });
        let alt = picture.image.alt().unwrap_or_default();
        self.out.push(
            El::new("p:pic")
                .child(
                    El::new("p:nvPicPr")
                        .child(
                            El::new("p:cNvPr")
                                .attr("id", id)
                                .attr("name", format!("Picture {id}"))
                                .attr("descr", alt),
                        )
                        .child(
                            El::new("p:cNvPicPr")
                                .child(El::new("a:picLocks").attr("noChangeAspect", 1)),
                        )
                        .child(El::new("p:nvPr")),
                )
                .child(
                    El::new("p:blipFill")
                        .child(
                            El::new("a:blip")
                                .attr("r:embed", main_rel)
                                .child_if(svg_ext)
                                .keep_open(),
                        )
                        .child(El::new("a:stretch").child(El::new("a:fillRect"))),
                )
                .child(
                    El::new("p:spPr")
                        .child(xfrm(&picture.bounds))
                        .child(rectangle()),
                ),
        );
    }
}

/// Runs of the same look, one after another, as one run.
fn merge(runs: Vec<super::scene::Run>) -> Vec<super::scene::Run> {
    let mut out: Vec<super::scene::Run> = Vec::new();
    for run in runs {
        if let Some(last) = out.last_mut()
            && last.family == run.family
            && last.bold == run.bold
            && last.color == run.color
            && (last.size - run.size).abs() < 0.05
        {
            last.text.push_str(&run.text);
            last.x1 = run.x1;
            continue;
        }
        out.push(run);
    }
    out
}

fn hex(c: Rgba) -> String {
    format!("{:02X}{:02X}{:02X}", c.0[0], c.0[1], c.0[2])
}

fn run_attributes(el: El, run: &super::scene::Run) -> El {
    el.attr("lang", "ja-JP")
        .attr("altLang", "en-US")
        .attr(
            "sz",
            ((run.size * 100.0).round() as i64).clamp(100, 400_000),
        )
        .attr("b", u8::from(run.bold))
        .attr("dirty", 0)
}

/// A run's look: size, weight, colour, and the font named for Latin and East
/// Asian text alike, so Japanese never falls back to another face.
fn run_properties(run: &super::scene::Run) -> El {
    let face = |tag: &'static str| El::new(tag).attr("typeface", &run.family);
    run_attributes(El::new("a:rPr"), run)
        .child(solid_fill(run.color))
        .child(face("a:latin"))
        .child(face("a:ea"))
        .child(face("a:cs"))
}

/// A path as DrawingML's custom geometry, in EMU from the shape's corner.
fn custom_geometry(shape: &ShapeItem) -> El {
    let b = &shape.bounds;
    let (w, h) = (emu(b.width()).max(1), emu(b.height()).max(1));
    let p = |(x, y): (f64, f64)| {
        El::new("a:pt")
            .attr("x", emu(x - b.x0).clamp(0, w))
            .attr("y", emu(y - b.y0).clamp(0, h))
    };
    let steps = shape.path.iter().map(|step| match *step {
        PathStep::Move(x, y) => El::new("a:moveTo").child(p((x, y))),
        PathStep::Line(x, y) => El::new("a:lnTo").child(p((x, y))),
        PathStep::Cubic([a, c, d]) => El::new("a:cubicBezTo").children([p(a), p(c), p(d)]),
        PathStep::Close => El::new("a:close"),
    });
    let path = El::new("a:path")
        .attr("w", w)
        .attr("h", h)
        .attr_if(shape.fill.is_none(), "fill", "none")
        .children(steps)
        .keep_open();
    El::new("a:custGeom")
        .children(["a:avLst", "a:gdLst", "a:ahLst", "a:cxnLst"].map(El::new))
        .child(
            El::new("a:rect")
                .attr("l", 0)
                .attr("t", 0)
                .attr("r", "r")
                .attr("b", "b"),
        )
        .child(El::new("a:pathLst").child(path))
}

/// A picture's bytes as PowerPoint takes them: PNG, JPEG and GIF as they are;
/// an SVG as itself with a PNG beside it (for readers without SVG); any other
/// raster drawn to a PNG.
fn media_of(picture: &PictureItem) -> Option<(Media, Option<Media>)> {
    let image = &picture.image;
    match image.kind() {
        ImageKind::Raster(raster) => {
            let ext = match raster.format() {
                RasterFormat::Exchange(ExchangeFormat::Png) => Some("png"),
                RasterFormat::Exchange(ExchangeFormat::Jpg) => Some("jpeg"),
                RasterFormat::Exchange(ExchangeFormat::Gif) => Some("gif"),
                _ => None,
            };
            match ext {
                Some(ext) => Some((
                    Media {
                        bytes: raster.data().to_vec(),
                        ext,
                    },
                    None,
                )),
                None => Some((drawn(picture)?, None)),
            }
        }
        ImageKind::Svg(svg) => Some((
            drawn(picture)?,
            Some(Media {
                bytes: svg.data().to_vec(),
                ext: "svg",
            }),
        )),
        _ => Some((drawn(picture)?, None)),
    }
}

/// A picture drawn to a PNG at 300 dpi of its size on the page (at most
/// 4,000 pixels a side).
fn drawn(picture: &PictureItem) -> Option<Media> {
    let b = &picture.bounds;
    let size = Size::new(Abs::pt(b.width()), Abs::pt(b.height()));
    let mut frame = Frame::soft(size);
    frame.push(
        Point::zero(),
        FrameItem::Image(picture.image.clone(), size, typst::syntax::Span::detached()),
    );
    let page = Page {
        frame,
        bleed: Sides::splat(Abs::zero()),
        fill: Smart::Custom(None),
        numbering: None,
        supplement: typst::foundations::Content::empty(),
        number: 1,
    };
    let scale = (300.0 / 72.0_f64).min(4000.0 / b.width().max(b.height()).max(1.0));
    let pixmap = typst_render::render(
        &page,
        &typst_render::RenderOptions {
            pixel_per_pt: typst::utils::Scalar::new(scale),
            render_bleed: false,
        },
    );
    Some(Media {
        bytes: pixmap.encode_png().ok()?,
        ext: "png",
    })
}
