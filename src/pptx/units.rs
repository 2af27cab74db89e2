//! Which shape holds which text: a page's paragraphs in units, each drawn as
//! one shape (all of a box's paragraphs, a cell's, or one on its own), and
//! the card, panel or band each unit is drawn in, so that editing a word
//! reflows it inside the card.

use std::collections::{BTreeMap, BTreeSet};

use super::scene::{Item, PathStep, Rect, Scene, ShapeItem};
use super::text::{Align, Paragraph};

/// The units of a page and what holds each.
pub struct Placement {
    pub units: Vec<Unit>,
    /// The shape painted before a unit's text that is drawn with it.
    pub ground: Vec<Option<usize>>,
    /// A rectangle made of the rules a grid drew round a unit's cell.
    pub frame: Vec<Option<ShapeItem>>,
    /// Items drawn with a unit (grounds, rules), not on their own.
    pub taken: Vec<bool>,
}

/// The page's text in units, and what holds each: the smallest card, panel
/// or band painted before the text that holds all of it, with nothing
/// painted between that crosses the text; or, where a grid draws a cell's
/// border as four rules, a rectangle in their place. `table_of` marks the
/// items of tables drawn as PowerPoint tables.
pub fn place(
    scene: &Scene,
    per_container: &[Vec<Paragraph>],
    title: Option<(usize, usize)>,
    table_of: &[Option<usize>],
) -> Placement {
    // The text of each container in units, each one shape: all its
    // paragraphs when they follow each other down the box, else each cell's
    // (a card's body beside the next card's), else each paragraph.
    let mut units: Vec<Unit> = Vec::new();
    for (index, item) in scene.items.iter().enumerate() {
        let Item::Text(c) = item else { continue };
        let title_index = title.filter(|(tc, _)| tc == c).map(|(_, p)| p);
        for (paras, kind) in split(&per_container[*c], title_index) {
            units.push(Unit {
                container: *c,
                text_at: index,
                paras,
                kind,
            });
        }
    }
    let units = join_cells(units, scene);
    let units = split_by_ground(units, scene, |i| table_of[i].is_none());
    // A card, panel or band that holds a unit's text is drawn with it, as
    // one shape: the smallest painted before the text that holds all of it,
    // with nothing painted between that crosses the text; or, where a
    // grid draws a cell's border as four rules, a rectangle in their place.
    let page_area = scene.width * scene.height;
    let mut merged: Vec<Option<usize>> = vec![None; scene.items.len()];
    let mut framed: Vec<Option<ShapeItem>> = vec![None; units.len()];
    let mut ruled: Vec<bool> = vec![false; scene.items.len()];
    for (u, unit) in units.iter().enumerate() {
        if matches!(unit.kind, Kind::Title | Kind::Single) {
            continue;
        }
        let area = text_area(&unit.paras);
        let at = unit.painted_at();
        let free = |i: usize| merged[i].is_none() && !ruled[i] && table_of[i].is_none();
        if let Some(g) = ground_under(scene, &area, at, free)
            && holds_in_place(scene, g, at, &area)
        {
            merged[g] = Some(u);
            continue;
        }
        let free = |i: usize| merged[i].is_none() && !ruled[i] && table_of[i].is_none();
        if let Some((frame, rules)) = frame_of_rules(scene, &area, free)
            && frame.bounds.width() * frame.bounds.height() < 0.9 * page_area
        {
            for r in rules {
                ruled[r] = true;
            }
            framed[u] = Some(frame);
        }
    }
    let mut ground = vec![None; units.len()];
    for (g, u) in merged.iter().enumerate() {
        if let Some(u) = u {
            ground[*u] = Some(g);
        }
    }
    let taken = merged
        .iter()
        .zip(&ruled)
        .map(|(m, r)| m.is_some() || *r)
        .collect();
    Placement {
        units,
        ground,
        frame: framed,
        taken,
    }
}

/// What a unit of text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// All of a container's paragraphs.
    Whole,
    /// The paragraphs of one cell of a container's grid.
    Cell,
    /// A paragraph that shares its box with nothing.
    Single,
    /// The slide's title.
    Title,
}

/// Paragraphs that become one shape.
pub struct Unit {
    pub container: usize,
    /// The container's text item.
    pub text_at: usize,
    pub paras: Vec<Paragraph>,
    pub kind: Kind,
}

impl Unit {
    /// Before which item the unit's text was painted.
    pub fn painted_at(&self) -> usize {
        let first = self
            .paras
            .iter()
            .flat_map(|p| p.lines.iter().flat_map(|l| l.runs.iter()))
            .map(|r| r.order)
            .min()
            .unwrap_or(self.text_at + 1);
        first.max(self.text_at + 1)
    }
}

/// A container's paragraphs as units: all of them when they stack; else
/// each cell's that stack, and each paragraph on its own.
fn split(paras: &[Paragraph], title: Option<usize>) -> Vec<(Vec<Paragraph>, Kind)> {
    if paras.is_empty() {
        return Vec::new();
    }
    if title.is_none() && stacks(paras) {
        return vec![(paras.to_vec(), Kind::Whole)];
    }
    let mut out = Vec::new();
    let mut cells: Vec<(u32, Vec<Paragraph>)> = Vec::new();
    for (i, p) in paras.iter().enumerate() {
        if Some(i) == title {
            out.push((vec![p.clone()], Kind::Title));
            continue;
        }
        let cell = p.lines[0].runs[0].cell;
        match cells.iter_mut().find(|(c, _)| *c == cell && cell != 0) {
            Some((_, group)) => group.push(p.clone()),
            None => cells.push((cell, vec![p.clone()])),
        }
    }
    for (cell, group) in cells {
        if cell != 0 && stacks(&group) {
            out.push((group, Kind::Cell));
        } else {
            out.extend(group.into_iter().map(|p| (vec![p], Kind::Single)));
        }
    }
    out
}

/// A cell's text set in several frames (a card's body: its list, then its
/// evidence) as one unit, when its paragraphs stack and nothing else is
/// painted over them between the first and the last.
fn join_cells(units: Vec<Unit>, scene: &Scene) -> Vec<Unit> {
    let cell_of = |unit: &Unit| {
        let cells: BTreeSet<u32> = unit
            .paras
            .iter()
            .flat_map(|p| p.lines.iter().flat_map(|l| l.runs.iter()))
            .map(|r| r.cell)
            .collect();
        match (unit.kind, cells.len(), cells.first()) {
            (Kind::Whole | Kind::Cell, 1, Some(&cell)) if cell != 0 => Some(cell),
            _ => None,
        }
    };
    let mut by_cell: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for (u, unit) in units.iter().enumerate() {
        if let Some(cell) = cell_of(unit) {
            by_cell.entry(cell).or_default().push(u);
        }
    }
    let mut joined: BTreeMap<usize, Vec<Paragraph>> = BTreeMap::new();
    let mut gone: BTreeSet<usize> = BTreeSet::new();
    for members in by_cell.into_values().filter(|m| m.len() > 1) {
        let mut paras: Vec<Paragraph> = members
            .iter()
            .flat_map(|&u| units[u].paras.iter().cloned())
            .collect();
        paras.sort_by(|a, b| a.top().total_cmp(&b.top()));
        if !stacks(&paras) {
            continue;
        }
        let area = text_area(&paras);
        let orders = || {
            paras
                .iter()
                .flat_map(|p| p.lines.iter().flat_map(|l| l.runs.iter()))
                .map(|r| r.order)
        };
        let (first, last) = (orders().min().unwrap_or(0), orders().max().unwrap_or(0));
        let cell = cell_of(&units[members[0]]);
        let covered = scene.painted_between(first.saturating_sub(1), last, &area, |r| {
            Some(r.cell) == cell
        });
        if !covered {
            gone.extend(members[1..].iter().copied());
            joined.insert(members[0], paras);
        }
    }
    units
        .into_iter()
        .enumerate()
        .filter(|(u, _)| !gone.contains(u))
        .map(|(u, unit)| match joined.remove(&u) {
            Some(paras) => Unit {
                paras,
                kind: Kind::Cell,
                ..unit
            },
            None => unit,
        })
        .collect()
}

/// The smallest shape painted before item `at` that can be the ground of
/// text over `area`: filled or closed, holding it, not the whole page.
fn ground_under(
    scene: &Scene,
    area: &Rect,
    at: usize,
    free: impl Fn(usize) -> bool,
) -> Option<usize> {
    let page_area = scene.width * scene.height;
    (0..at)
        .filter_map(|g| match &scene.items[g] {
            Item::Shape(shape)
                if free(g)
                    && (shape.fill.is_some() || closed(shape))
                    && shape.bounds.holds(area, 0.5)
                    && shape.bounds.width() * shape.bounds.height() < 0.9 * page_area =>
            {
                Some((g, shape.bounds.width() * shape.bounds.height()))
            }
            _ => None,
        })
        .min_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(g, _)| g)
}

/// Whether ground `g` can hold the text painted before item `at` over
/// `area`: nothing painted between the two crosses the text. The two are
/// drawn where the ground was painted, so what lies on the ground beside
/// the text (a rule, another label) stays above it.
fn holds_in_place(scene: &Scene, g: usize, at: usize, area: &Rect) -> bool {
    !scene.painted_between(g, at, area, |_| false)
}

/// A unit whose paragraphs lie on different grounds (a panel's head on its
/// band, its body below) and so can have none as a whole, in parts: each run
/// of paragraphs on one ground.
fn split_by_ground(units: Vec<Unit>, scene: &Scene, free: impl Fn(usize) -> bool) -> Vec<Unit> {
    let mut out = Vec::with_capacity(units.len());
    for unit in units {
        if !matches!(unit.kind, Kind::Whole | Kind::Cell) || unit.paras.len() < 2 {
            out.push(unit);
            continue;
        }
        let grounded = |paras: &[Paragraph], at: usize| {
            let area = text_area(paras);
            ground_under(scene, &area, at, &free).filter(|&g| holds_in_place(scene, g, at, &area))
        };
        let at = unit.painted_at();
        if grounded(&unit.paras, at).is_some() {
            out.push(unit);
            continue;
        }
        let holders: Vec<Option<usize>> = unit
            .paras
            .iter()
            .map(|p| {
                let first = p
                    .lines
                    .iter()
                    .flat_map(|l| l.runs.iter())
                    .map(|r| r.order)
                    .min();
                let at = first.unwrap_or(at).max(unit.text_at + 1);
                grounded(std::slice::from_ref(p), at)
            })
            .collect();
        if holders.iter().all(|h| *h == holders[0]) {
            out.push(unit);
            continue;
        }
        let mut start = 0;
        for i in 1..=holders.len() {
            if i == holders.len() || holders[i] != holders[start] {
                out.push(Unit {
                    container: unit.container,
                    text_at: unit.text_at,
                    paras: unit.paras[start..i].to_vec(),
                    kind: Kind::Cell,
                });
                start = i;
            }
        }
    }
    out
}

/// Where a cell's text may be drawn when nothing marks the cell: from the
/// cell's corner, as wide as its text with the inset on the right as on
/// the left.
pub fn cell_bounds(paras: &[Paragraph], scene: &Scene) -> Rect {
    let area = text_area(paras);
    let cell = paras[0].lines[0].runs[0].cell;
    let (x0, y0) = cell
        .checked_sub(1)
        .and_then(|i| scene.cells.get(i as usize))
        .copied()
        .filter(|&(x, y)| x <= area.x0 && y <= area.y0)
        .unwrap_or((area.x0, area.y0));
    Rect {
        x0,
        y0,
        x1: area.x1 + (area.x0 - x0),
        y1: area.y1,
    }
}

/// Four rules (a grid's cell border drawn line by line) that close around
/// `area`: the nearest on each side, of one stroke, meeting at the corners.
/// The rectangle they draw, and the rules that are exactly its sides (a rule
/// running on, along the next cell, stays).
fn frame_of_rules(
    scene: &Scene,
    area: &Rect,
    free: impl Fn(usize) -> bool,
) -> Option<(ShapeItem, Vec<usize>)> {
    const NEAR: f64 = 1.0;
    // (item, fixed coordinate, from, to, stroke); horizontal, then vertical.
    let mut across = Vec::new();
    let mut down = Vec::new();
    for (i, item) in scene.items.iter().enumerate() {
        let Item::Shape(shape) = item else { continue };
        let (Some(stroke), None) = (&shape.stroke, shape.fill) else {
            continue;
        };
        if !free(i) {
            continue;
        }
        if let [PathStep::Move(xa, ya), PathStep::Line(xb, yb)] = shape.path[..] {
            if (ya - yb).abs() < 0.01 {
                across.push((i, ya, xa.min(xb), xa.max(xb), stroke));
            } else if (xa - xb).abs() < 0.01 {
                down.push((i, xa, ya.min(yb), ya.max(yb), stroke));
            }
        }
    }
    let spans = |from: f64, to: f64, a: f64, b: f64| from <= a + NEAR && to >= b - NEAR;
    let top = across
        .iter()
        .filter(|r| r.1 <= area.y0 + NEAR && spans(r.2, r.3, area.x0, area.x1))
        .max_by(|a, b| a.1.total_cmp(&b.1))?;
    let bottom = across
        .iter()
        .filter(|r| r.1 >= area.y1 - NEAR && spans(r.2, r.3, area.x0, area.x1))
        .min_by(|a, b| a.1.total_cmp(&b.1))?;
    let left = down
        .iter()
        .filter(|r| r.1 <= area.x0 + NEAR && spans(r.2, r.3, top.1, bottom.1))
        .max_by(|a, b| a.1.total_cmp(&b.1))?;
    let right = down
        .iter()
        .filter(|r| r.1 >= area.x1 - NEAR && spans(r.2, r.3, top.1, bottom.1))
        .min_by(|a, b| a.1.total_cmp(&b.1))?;
    let stroke = top.4;
    if [bottom.4, left.4, right.4].iter().any(|s| *s != stroke)
        || !spans(top.2, top.3, left.1, right.1)
        || !spans(bottom.2, bottom.3, left.1, right.1)
    {
        return None;
    }
    let bounds = Rect {
        x0: left.1,
        y0: top.1,
        x1: right.1,
        y1: bottom.1,
    };
    let reach = NEAR + stroke.width;
    let exact =
        |from: f64, to: f64, a: f64, b: f64| (from - a).abs() <= reach && (to - b).abs() <= reach;
    let mut rules = Vec::new();
    for r in [top, bottom] {
        if exact(r.2, r.3, bounds.x0, bounds.x1) {
            rules.push(r.0);
        }
    }
    for r in [left, right] {
        if exact(r.2, r.3, bounds.y0, bounds.y1) {
            rules.push(r.0);
        }
    }
    Some((
        ShapeItem {
            bounds,
            rect: true,
            path: Vec::new(),
            fill: None,
            stroke: Some(stroke.clone()),
        },
        rules,
    ))
}

/// A shape with an inside (a bordered box), not a line.
fn closed(shape: &ShapeItem) -> bool {
    let end = |step: &PathStep| match *step {
        PathStep::Move(x, y) | PathStep::Line(x, y) => Some((x, y)),
        PathStep::Cubic([_, _, p]) => Some(p),
        PathStep::Close => None,
    };
    // A border drawn round to where it began closes the shape too.
    let returns = match (
        shape.path.first().and_then(end),
        shape.path.last().and_then(end),
    ) {
        (Some(a), Some(b)) => {
            shape.path.len() > 2 && (a.0 - b.0).abs() < 0.5 && (a.1 - b.1).abs() < 0.5
        }
        _ => false,
    };
    shape.rect || shape.path.last() == Some(&PathStep::Close) || returns
}

/// Where a container's text is drawn. What a card paints over its ground
/// (a head band, a rule) may stay above the shape that holds the text, as
/// long as it does not cross the text.
fn text_area(paras: &[Paragraph]) -> Rect {
    Rect {
        x0: paras.iter().map(|p| p.x0()).fold(f64::INFINITY, f64::min),
        y0: paras.iter().map(|p| p.top()).fold(f64::INFINITY, f64::min),
        x1: paras
            .iter()
            .map(|p| p.x1())
            .fold(f64::NEG_INFINITY, f64::max),
        y1: paras
            .iter()
            .map(|p| p.bottom())
            .fold(f64::NEG_INFINITY, f64::max),
    }
}

/// Whether a container's paragraphs follow each other down the box, so that
/// one text shape can hold them all. Labels placed here and there in one
/// frame (a timeline's) are no column: each keeps a box of its own.
fn stacks(paras: &[Paragraph]) -> bool {
    paras.windows(2).all(|pair| {
        let (a, b) = (&pair[0], &pair[1]);
        let centred = a.align == Align::Center && b.align == Align::Center;
        b.top() >= a.bottom() - 0.5 * b.size()
            && (centred || (a.x0() - b.x0()).abs() < 2.0 * a.size().max(b.size()))
    })
}
