//! One page's scene → the XML of one slide (PresentationML), with the
//! pictures it embeds.
//!
//! Every shape is placed where the layout put it (1 pt = 12,700 EMU). Each
//! unit of text (see `units`) becomes one text shape, drawn in its card when
//! it has one; a table PowerPoint can hold becomes a table (see `table`).

use std::collections::BTreeMap;
use std::fmt::Write;

use typst::foundations::Smart;
use typst::layout::{Abs, Frame, FrameItem, Point, Sides, Size};
use typst::visualize::{ExchangeFormat, ImageKind, RasterFormat};
use typst_layout::Page;

use super::scene::{Dash, Item, PathStep, PictureItem, Rect, Rgba, Scene, ShapeItem, Stroke};
use super::table::{Table, tables};
use super::text::{Align, Paragraph, paragraphs};
use super::units::{Kind, Placement, cell_bounds, place};
use super::xml::escape;

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
    out: String,
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
        out: String::new(),
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
            format!(
                "<p:bg><p:bgPr>{}<a:effectLst/></p:bgPr></p:bg>",
                solid_fill(c)
            )
        })
        .unwrap_or_default();
    let xml = format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#,
            "\n",
            r#"<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" "#,
            r#"xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" "#,
            r#"xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">"#,
            r#"<p:cSld>{bg}<p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"#,
            r#"<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>"#,
            "{shapes}</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>"
        ),
        bg = background,
        shapes = w.out
    );
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

fn solid_fill(c: Rgba) -> String {
    let [r, g, b, a] = c.0;
    if a == 255 {
        format!(r#"<a:solidFill><a:srgbClr val="{r:02X}{g:02X}{b:02X}"/></a:solidFill>"#)
    } else {
        let alpha = u32::from(a) * 100_000 / 255;
        format!(
            r#"<a:solidFill><a:srgbClr val="{r:02X}{g:02X}{b:02X}"><a:alpha val="{alpha}"/></a:srgbClr></a:solidFill>"#
        )
    }
}

fn line(stroke: Option<&Stroke>) -> String {
    let Some(s) = stroke else {
        return "<a:ln><a:noFill/></a:ln>".into();
    };
    let cap = if s.round { r#" cap="rnd""# } else { "" };
    let dash = match s.dashed {
        Some(Dash::Dot) => r#"<a:prstDash val="sysDot"/>"#,
        Some(Dash::Dash) => r#"<a:prstDash val="dash"/>"#,
        None => "",
    };
    format!(
        r#"<a:ln w="{}"{cap}>{}{dash}</a:ln>"#,
        emu(s.width).max(1),
        solid_fill(s.color)
    )
}

fn xfrm(b: &Rect) -> String {
    format!(
        r#"<a:xfrm><a:off x="{}" y="{}"/><a:ext cx="{}" cy="{}"/></a:xfrm>"#,
        emu(b.x0),
        emu(b.y0),
        emu(b.width()).max(1),
        emu(b.height()).max(1)
    )
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
            r#"<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>"#.to_string()
        } else {
            custom_geometry(shape)
        };
        let fill = shape
            .fill
            .map(solid_fill)
            .unwrap_or_else(|| "<a:noFill/>".into());
        let body = match text {
            Some((paras, _)) => self.body(paras, b),
            None => String::new(),
        };
        let name = if text.is_some() { "Box" } else { "Shape" };
        let _ = write!(
            self.out,
            r#"<p:sp><p:nvSpPr><p:cNvPr id="{id}" name="{name} {id}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr><p:spPr>{}{geometry}{fill}{}</p:spPr>{body}</p:sp>"#,
            xfrm(b),
            line(shape.stroke.as_ref()),
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
                r#"<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr>"#,
            )
        } else {
            ("Text", r#"<p:cNvSpPr txBox="1"/><p:nvPr/>"#)
        };
        let _ = write!(
            self.out,
            r#"<p:sp><p:nvSpPr><p:cNvPr id="{id}" name="{name} {id}"/>{nv}</p:nvSpPr><p:spPr>{}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></p:spPr>{body}</p:sp>"#,
            xfrm(&b),
        );
    }

    /// The text body: insets that put the first line where the layout did,
    /// and every paragraph with its spacing, indents and runs.
    fn body(&self, paras: &[Paragraph], b: &Rect) -> String {
        let (l_ins, t_ins, r_ins) = insets(paras, b);
        format!(
            r#"<p:txBody><a:bodyPr wrap="square" lIns="{}" tIns="{}" rIns="{}" bIns="0" anchor="t" rtlCol="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>{}</p:txBody>"#,
            emu(l_ins),
            emu(t_ins),
            emu(r_ins),
            self.paragraphs(paras)
        )
    }

    /// Every paragraph with its spacing, indents and runs.
    fn paragraphs(&self, paras: &[Paragraph]) -> String {
        let left = paras.iter().map(|p| p.x0()).fold(f64::INFINITY, f64::min);
        let mut out = String::new();
        let mut previous_bottom: Option<f64> = None;
        for p in paras {
            let (height, ascent) = line_metrics(p);
            let descent = height - ascent;
            let line_top = p.first_baseline() - ascent;
            let before = previous_bottom.map_or(0.0, |bottom| (line_top - bottom).max(0.0));
            previous_bottom = Some(p.last_baseline() + descent);
            out.push_str(&self.paragraph(p, left, height, before));
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
        let mut grid = String::new();
        for w in table.cols.windows(2) {
            let _ = write!(grid, r#"<a:gridCol w="{}"/>"#, emu(w[1] - w[0]));
        }
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
        let mut rows = String::new();
        for (r, row) in places.iter().enumerate() {
            let _ = write!(
                rows,
                r#"<a:tr h="{}">"#,
                emu(table.rows[r + 1] - table.rows[r])
            );
            for place in row {
                let Some((i, h_merge, v_merge)) = *place else {
                    continue;
                };
                rows.push_str(&self.table_cell(&table.cells[i], h_merge, v_merge, size));
            }
            rows.push_str("</a:tr>");
        }
        let _ = write!(
            self.out,
            concat!(
                r#"<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="{id}" name="Table {id}"/><p:cNvGraphicFramePr><a:graphicFrameLocks noGrp="1"/></p:cNvGraphicFramePr><p:nvPr/></p:nvGraphicFramePr>"#,
                r#"<p:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></p:xfrm>"#,
                r#"<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl><a:tblPr/><a:tblGrid>{grid}</a:tblGrid>{rows}</a:tbl></a:graphicData></a:graphic></p:graphicFrame>"#
            ),
            id = id,
            x = emu(b.x0),
            y = emu(b.y0),
            cx = emu(b.width()),
            cy = emu(b.height()),
            grid = grid,
            rows = rows,
        );
    }

    /// A place of a table's grid: the cell that starts there, or one that a
    /// span covers (merged into the first).
    fn table_cell(
        &self,
        cell: &super::table::Cell,
        h_merge: bool,
        v_merge: bool,
        size: f64,
    ) -> String {
        let mut attrs = String::new();
        if h_merge {
            attrs.push_str(r#" hMerge="1""#);
        }
        if v_merge {
            attrs.push_str(r#" vMerge="1""#);
        }
        if !h_merge && !v_merge {
            if cell.colspan > 1 {
                let _ = write!(attrs, r#" gridSpan="{}""#, cell.colspan);
            }
            if cell.rowspan > 1 {
                let _ = write!(attrs, r#" rowSpan="{}""#, cell.rowspan);
            }
        }
        let owns_text = !h_merge && !v_merge && !cell.paras.is_empty();
        let (l_ins, t_ins, r_ins, text) = if owns_text {
            let (l, t, r) = insets(&cell.paras, &cell.rect);
            (l, t, r, self.paragraphs(&cell.paras))
        } else {
            (
                0.0,
                0.0,
                0.0,
                format!(
                    r#"<a:p><a:endParaRPr lang="ja-JP" sz="{}" dirty="0"/></a:p>"#,
                    ((size * 100.0).round() as i64).clamp(100, 400_000)
                ),
            )
        };
        let border = |tag: &str, stroke: &Option<Stroke>| match stroke {
            Some(s) => {
                let dash = match s.dashed {
                    Some(Dash::Dot) => "sysDot",
                    Some(Dash::Dash) => "dash",
                    None => "solid",
                };
                format!(
                    r#"<a:{tag} w="{}" cap="flat" cmpd="sng" algn="ctr">{}<a:prstDash val="{dash}"/></a:{tag}>"#,
                    emu(s.width).max(1),
                    solid_fill(s.color)
                )
            }
            None => format!(r#"<a:{tag} w="0"><a:noFill/></a:{tag}>"#),
        };
        let [left, right, top, bottom] = &cell.borders;
        format!(
            r#"<a:tc{attrs}><a:txBody><a:bodyPr/><a:lstStyle/>{text}</a:txBody><a:tcPr marL="{}" marR="{}" marT="{}" marB="0" anchor="t">{}{}{}{}{}</a:tcPr></a:tc>"#,
            emu(l_ins),
            emu(r_ins),
            emu(t_ins),
            border("lnL", left),
            border("lnR", right),
            border("lnT", top),
            border("lnB", bottom),
            cell.fill
                .map(solid_fill)
                .unwrap_or_else(|| "<a:noFill/>".into()),
        )
    }

    fn paragraph(&self, p: &Paragraph, left: f64, height: f64, before: f64) -> String {
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
        let bullet = match &p.bullet {
            Some((mark, _)) => {
                let run = &p.lines[0].runs[0];
                format!(
                    r#"<a:buClr><a:srgbClr val="{}"/></a:buClr><a:buSzPct val="100000"/><a:buFont typeface="{}"/><a:buChar char="{}"/>"#,
                    hex(run.color),
                    escape(&run.family),
                    escape(mark)
                )
            }
            None => "<a:buNone/>".into(),
        };
        let mut out = format!(
            r#"<a:p><a:pPr marL="{}" indent="{}" algn="{algn}"><a:lnSpc><a:spcPts val="{}"/></a:lnSpc><a:spcBef><a:spcPts val="{}"/></a:spcBef><a:spcAft><a:spcPts val="0"/></a:spcAft>{bullet}</a:pPr>"#,
            emu(mar_l),
            emu(indent),
            (height * 100.0).round() as i64,
            (before * 100.0).round() as i64,
        );
        let runs = merge(p.runs());
        for run in &runs {
            out.push_str(&self.run(run));
        }
        if let Some(last) = runs.last() {
            let _ = write!(out, "<a:endParaRPr {}/>", run_attributes(last));
        }
        out.push_str("</a:p>");
        out
    }

    fn run(&self, run: &super::scene::Run) -> String {
        let props = run_properties(run);
        // The page number of a slide's footer is PowerPoint's own field.
        if let Some(rest) = run.text.strip_prefix(&self.number.to_string())
            && (rest.is_empty() || rest.starts_with(" /"))
            && run.text.trim() == run.text
        {
            let mut out = format!(
                r#"<a:fld id="{{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}}" type="slidenum">{props}<a:t>{}</a:t></a:fld>"#,
                self.number
            );
            if !rest.is_empty() {
                let _ = write!(out, "<a:r>{props}<a:t>{}</a:t></a:r>", escape(rest));
            }
            return out;
        }
        format!("<a:r>{props}<a:t>{}</a:t></a:r>", escape(&run.text))
    }

    fn picture(&mut self, picture: &PictureItem) {
        let Some((main, svg)) = media_of(picture) else {
            return;
        };
        let id = self.id();
        self.media.push(main);
        let main_rel = format!("rIdMedia{}", self.media.len());
        let svg_ext = match svg {
            Some(svg) => {
                self.media.push(svg);
                format!(
                    r#"<a:extLst><a:ext uri="{{96DAC541-7B7A-43D3-8B79-37D633B846F1}}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="rIdMedia{}"/></a:ext></a:extLst>"#,
                    self.media.len()
                )
            }
            None => String::new(),
        };
        let alt = picture.image.alt().unwrap_or_default();
        let _ = write!(
            self.out,
            r#"<p:pic><p:nvPicPr><p:cNvPr id="{id}" name="Picture {id}" descr="{}"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr><p:blipFill><a:blip r:embed="{main_rel}">{svg_ext}</a:blip><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr>{}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr></p:pic>"#,
            escape(alt),
            xfrm(&picture.bounds),
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

fn run_attributes(run: &super::scene::Run) -> String {
    format!(
        r#"lang="ja-JP" altLang="en-US" sz="{}" b="{}" dirty="0""#,
        ((run.size * 100.0).round() as i64).clamp(100, 400_000),
        u8::from(run.bold)
    )
}

/// A run's look: size, weight, colour, and the font named for Latin and East
/// Asian text alike, so Japanese never falls back to another face.
fn run_properties(run: &super::scene::Run) -> String {
    let face = escape(&run.family);
    format!(
        r#"<a:rPr {}>{}<a:latin typeface="{face}"/><a:ea typeface="{face}"/><a:cs typeface="{face}"/></a:rPr>"#,
        run_attributes(run),
        solid_fill(run.color)
    )
}

/// A path as DrawingML's custom geometry, in EMU from the shape's corner.
fn custom_geometry(shape: &ShapeItem) -> String {
    let b = &shape.bounds;
    let (w, h) = (emu(b.width()).max(1), emu(b.height()).max(1));
    let p = |x: f64, y: f64| {
        format!(
            r#"<a:pt x="{}" y="{}"/>"#,
            emu(x - b.x0).clamp(0, w),
            emu(y - b.y0).clamp(0, h)
        )
    };
    let mut path = String::new();
    for step in &shape.path {
        match *step {
            PathStep::Move(x, y) => {
                let _ = write!(path, "<a:moveTo>{}</a:moveTo>", p(x, y));
            }
            PathStep::Line(x, y) => {
                let _ = write!(path, "<a:lnTo>{}</a:lnTo>", p(x, y));
            }
            PathStep::Cubic([a, c, d]) => {
                let _ = write!(
                    path,
                    "<a:cubicBezTo>{}{}{}</a:cubicBezTo>",
                    p(a.0, a.1),
                    p(c.0, c.1),
                    p(d.0, d.1)
                );
            }
            PathStep::Close => path.push_str("<a:close/>"),
        }
    }
    let fill = if shape.fill.is_some() {
        ""
    } else {
        r#" fill="none""#
    };
    format!(
        r#"<a:custGeom><a:avLst/><a:gdLst/><a:ahLst/><a:cxnLst/><a:rect l="0" t="0" r="r" b="b"/><a:pathLst><a:path w="{w}" h="{h}"{fill}>{path}</a:path></a:pathLst></a:custGeom>"#
    )
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
