//! A table of the layout → a PowerPoint table: its columns and rows where the
//! layout put them, each cell's fill and borders, and each cell's text as
//! paragraphs PowerPoint reflows inside the cell (the row grows with them).
//!
//! Only a table the grid of PowerPoint can hold is converted: every cell
//! found, spans included, painting nothing but its fill, its rules and its
//! own text. Anything else (a chart drawn in a cell, a grid nested in a cell)
//! stays shapes and text boxes, as every other part of the page.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use super::scene::{CellMeta, Container, Item, PathStep, Rect, Rgba, Scene, Stroke, TableFrame};
use super::text::{Paragraph, paragraphs};

/// How far a rule or a fill may sit from a cell's edge, in pt.
const SLACK: f64 = 0.75;

pub struct Table {
    /// The columns' and rows' edges, left to right and top to bottom.
    pub cols: Vec<f64>,
    pub rows: Vec<f64>,
    /// The cells, each where its span starts.
    pub cells: Vec<Cell>,
    /// The items the table paints: it is drawn at the first of them.
    pub items: Range<usize>,
}

pub struct Cell {
    pub col: usize,
    pub row: usize,
    pub colspan: usize,
    pub rowspan: usize,
    pub rect: Rect,
    pub fill: Option<Rgba>,
    /// Left, right, top, bottom.
    pub borders: [Option<Stroke>; 4],
    pub paras: Vec<Paragraph>,
}

impl Table {
    pub fn bounds(&self) -> Rect {
        Rect {
            x0: self.cols[0],
            y0: self.rows[0],
            x1: self.cols[self.cols.len() - 1],
            y1: self.rows[self.rows.len() - 1],
        }
    }
}

/// The tables of a page that PowerPoint's tables can hold; a table inside
/// one converted is part of its cell.
pub fn tables(scene: &Scene) -> Vec<Table> {
    let mut out: Vec<Table> = Vec::new();
    for frame in &scene.tables {
        let inside = out
            .iter()
            .any(|t| t.items.start <= frame.items.start && frame.items.end <= t.items.end);
        if !inside && let Some(table) = table(scene, frame) {
            out.push(table);
        }
    }
    out
}

fn table(scene: &Scene, frame: &TableFrame) -> Option<Table> {
    if frame.items.is_empty() {
        return None;
    }
    let cells: Vec<(u32, CellMeta, (f64, f64))> = frame
        .cells
        .iter()
        .map(|&id| {
            let i = id as usize - 1;
            (id, scene.cell_meta[i], scene.cells[i])
        })
        .collect();
    if cells
        .iter()
        .any(|(_, m, _)| m.col == usize::MAX || m.row == usize::MAX)
    {
        return None;
    }
    // Columns: where the cells starting in each begin, and the frame's right.
    let columns = cells.iter().map(|(_, m, _)| m.col + m.colspan).max()?;
    let mut col_x: Vec<Option<f64>> = vec![None; columns + 1];
    let mut row_y: BTreeMap<usize, f64> = BTreeMap::new();
    for (_, m, (x, y)) in &cells {
        if !agree(&mut col_x[m.col], *x) {
            return None;
        }
        let mut top = row_y.get(&m.row).copied();
        if !agree(&mut top, *y) {
            return None;
        }
        row_y.insert(m.row, *y);
    }
    col_x[columns] = Some(frame.bounds.x1);
    let cols: Vec<f64> = col_x.into_iter().collect::<Option<_>>()?;
    let present: Vec<usize> = row_y.keys().copied().collect();
    let mut rows: Vec<f64> = row_y.values().copied().collect();
    rows.push(frame.bounds.y1);
    let increasing = |edges: &[f64]| edges.windows(2).all(|w| w[1] > w[0] + 0.1);
    if !increasing(&cols) || !increasing(&rows) {
        return None;
    }
    // Every place of the grid is one cell's.
    let local = |row: usize| present.iter().filter(|&&r| r < row).count();
    let mut taken = vec![vec![false; columns]; present.len()];
    let mut out_cells = Vec::with_capacity(cells.len());
    for (id, m, _) in &cells {
        let (r0, r1) = (local(m.row), local(m.row + m.rowspan));
        let (c0, c1) = (m.col, m.col + m.colspan);
        for row in &mut taken[r0..r1] {
            for place in &mut row[c0..c1] {
                if *place {
                    return None;
                }
                *place = true;
            }
        }
        let rect = Rect {
            x0: cols[c0],
            y0: rows[r0],
            x1: cols[c1],
            y1: rows[r1],
        };
        out_cells.push((
            *id,
            Cell {
                col: c0,
                row: r0,
                colspan: c1 - c0,
                rowspan: r1 - r0,
                rect,
                fill: None,
                borders: [None, None, None, None],
                paras: Vec::new(),
            },
        ));
    }
    if taken.iter().flatten().any(|t| !t) {
        return None;
    }
    // What the table paints: fills, rules and its cells' text, nothing else.
    let ids: BTreeSet<u32> = frame.cells.iter().copied().collect();
    let mut runs: BTreeMap<u32, Vec<super::scene::Run>> = BTreeMap::new();
    for item in &scene.items[frame.items.clone()] {
        match item {
            Item::Text(c) => {
                for run in &scene.containers[*c].runs {
                    if !ids.contains(&run.cell) {
                        return None;
                    }
                    runs.entry(run.cell).or_default().push(run.clone());
                }
            }
            Item::Picture(_) => return None,
            Item::Shape(shape) => {
                if shape.rect && shape.stroke.is_none() {
                    let fill = shape.fill?;
                    let (_, cell) = out_cells
                        .iter_mut()
                        .find(|(_, c)| near(&c.rect, &shape.bounds))?;
                    cell.fill = Some(fill);
                } else if shape.fill.is_none()
                    && let Some(stroke) = &shape.stroke
                    && let [PathStep::Move(xa, ya), PathStep::Line(xb, yb)] = shape.path[..]
                {
                    let cells = out_cells.iter_mut().map(|(_, c)| c);
                    if !rule(cells, &cols, &rows, (xa, ya), (xb, yb), stroke) {
                        return None;
                    }
                } else {
                    return None;
                }
            }
        }
    }
    let cells = out_cells
        .into_iter()
        .map(|(id, mut cell)| {
            let mut runs = runs.remove(&id).unwrap_or_default();
            runs.sort_by_key(|r| r.order);
            let container = Container {
                bounds: cell.rect,
                runs,
            };
            cell.paras = paragraphs(&container, &scene.cells);
            cell
        })
        .collect();
    Some(Table {
        cols,
        rows,
        cells,
        items: frame.items.clone(),
    })
}

/// Sets `slot` to `value`, or checks that it holds about the same.
fn agree(slot: &mut Option<f64>, value: f64) -> bool {
    match slot {
        Some(old) => (*old - value).abs() < 0.5,
        None => {
            *slot = Some(value);
            true
        }
    }
}

fn near(a: &Rect, b: &Rect) -> bool {
    (a.x0 - b.x0).abs() < SLACK
        && (a.y0 - b.y0).abs() < SLACK
        && (a.x1 - b.x1).abs() < SLACK
        && (a.y1 - b.y1).abs() < SLACK
}

/// A rule along edges of the grid: the border of every cell it runs along.
/// False when it runs anywhere else (across a merged cell, off the grid).
fn rule<'a>(
    cells: impl Iterator<Item = &'a mut Cell>,
    cols: &[f64],
    rows: &[f64],
    (xa, ya): (f64, f64),
    (xb, yb): (f64, f64),
    stroke: &Stroke,
) -> bool {
    // Across (a row's edge) or down (a column's): where it runs, the edges
    // it may lie on, and for a cell its extent along the rule, its first
    // and past-last edge across it, and its borders before and after.
    let across = (ya - yb).abs() < 0.01;
    if !across && (xa - xb).abs() >= 0.01 {
        return false;
    }
    let (at, from, to, edges) = if across {
        (ya, xa.min(xb), xa.max(xb), rows)
    } else {
        (xa, ya.min(yb), ya.max(yb), cols)
    };
    let reach = SLACK + stroke.width / 2.0;
    let Some(k) = edges.iter().position(|e| (e - at).abs() <= reach) else {
        return false;
    };
    let mut any = false;
    for cell in cells {
        let (along, span, (before, after)) = if across {
            (
                (cell.rect.x0, cell.rect.x1),
                (cell.row, cell.row + cell.rowspan),
                (2, 3),
            )
        } else {
            (
                (cell.rect.y0, cell.rect.y1),
                (cell.col, cell.col + cell.colspan),
                (0, 1),
            )
        };
        if along.1 <= from + SLACK || along.0 >= to - SLACK {
            continue;
        }
        if span.0 < k && k < span.1 {
            return false;
        }
        if span.0 == k {
            cell.borders[before] = Some(stroke.clone());
            any = true;
        }
        if span.1 == k {
            cell.borders[after] = Some(stroke.clone());
            any = true;
        }
    }
    any
}
