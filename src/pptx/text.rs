//! A container's runs of text → lines → paragraphs, as the layout set them:
//! the lines a paragraph wrapped over are joined again, so that PowerPoint
//! holds one paragraph it can reflow, not a box per line.

use super::scene::{Container, Rect, Run};

/// Marks that begin a bulleted item (a theme's `bullets`).
const BULLET_MARKS: &[&str] = &[
    "・", "•", "●", "○", "■", "□", "◆", "◇", "▶", "▸", "‣", "-", "–",
];

#[derive(Debug, Clone)]
pub struct Line {
    pub runs: Vec<Run>,
    pub x0: f64,
    pub x1: f64,
    pub baseline: f64,
    pub size: f64,
}

impl Line {
    fn of(run: Run) -> Line {
        Line {
            x0: run.x0,
            x1: run.x1,
            baseline: run.baseline,
            size: run.size,
            runs: vec![run],
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
    Justify,
}

#[derive(Debug, Clone)]
pub struct Paragraph {
    pub lines: Vec<Line>,
    /// A bulleted item: its mark and where its text starts.
    pub bullet: Option<(String, f64)>,
    /// An item whose mark (a number such as (1)) is set in a cell of its own:
    /// where its text starts. The mark stays text; the lines hang.
    pub hang: Option<f64>,
    pub align: Align,
    /// Baseline to baseline, when the paragraph has several lines.
    pub pitch: Option<f64>,
}

impl Paragraph {
    /// Where the paragraph's first line starts (its mark for a bulleted item).
    pub fn x0(&self) -> f64 {
        self.lines
            .iter()
            .map(|l| l.x0)
            .fold(f64::INFINITY, f64::min)
    }

    pub fn x1(&self) -> f64 {
        self.lines
            .iter()
            .map(|l| l.x1)
            .fold(f64::NEG_INFINITY, f64::max)
    }

    /// Where the text of every line but a bulleted first starts.
    pub fn text_x(&self) -> f64 {
        self.bullet
            .as_ref()
            .map(|(_, x)| *x)
            .or(self.hang)
            .unwrap_or_else(|| self.lines[0].x0)
    }

    pub fn size(&self) -> f64 {
        self.lines.iter().map(|l| l.size).fold(0.0, f64::max)
    }

    pub fn first_baseline(&self) -> f64 {
        self.lines[0].baseline
    }

    pub fn last_baseline(&self) -> f64 {
        self.lines[self.lines.len() - 1].baseline
    }

    /// The runs of every line, the mark left out, in reading order; the line
    /// breaks of the layout are gone (a space where two Latin words met).
    pub fn runs(&self) -> Vec<Run> {
        let mut out: Vec<Run> = Vec::new();
        for (i, line) in self.lines.iter().enumerate() {
            let skip = usize::from(i == 0 && self.bullet.is_some());
            for (j, run) in line.runs.iter().enumerate().skip(skip) {
                let mut run = run.clone();
                if let Some(prev) = out.last() {
                    let wrapped = j == skip && i > 0;
                    let gap = run.x0 - prev.x1;
                    let latin_meet = ends_latin(&prev.text) && starts_latin(&run.text);
                    let spaced = prev.text.ends_with(char::is_whitespace)
                        || run.text.starts_with(char::is_whitespace);
                    if ((wrapped && latin_meet) || (!wrapped && gap > 0.3 * run.size)) && !spaced {
                        run.text.insert(0, ' ');
                    }
                }
                out.push(run);
            }
        }
        out
    }

    pub fn text(&self) -> String {
        self.runs().iter().map(|r| r.text.as_str()).collect()
    }

    /// The top of the first line's glyphs.
    pub fn top(&self) -> f64 {
        let first = &self.lines[0];
        first.baseline
            - first
                .runs
                .iter()
                .map(|r| r.ascender * r.size)
                .fold(0.0, f64::max)
    }

    /// The bottom of the last line's glyphs.
    pub fn bottom(&self) -> f64 {
        let last = &self.lines[self.lines.len() - 1];
        last.baseline
            + last
                .runs
                .iter()
                .map(|r| -r.descender * r.size)
                .fold(0.0, f64::max)
    }
}

fn ends_latin(text: &str) -> bool {
    text.chars()
        .last()
        .is_some_and(|c| c.is_ascii_alphanumeric())
}

fn starts_latin(text: &str) -> bool {
    text.chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric())
}

/// The container's runs as lines, in the order they are drawn.
pub fn lines(runs: &[Run]) -> Vec<Line> {
    let mut lines: Vec<Line> = Vec::new();
    for run in runs {
        if run.text.trim().is_empty() && run.text.chars().count() > 0 {
            // A space on its own is kept when it sits inside a line.
            if let Some(line) = lines.last_mut()
                && (line.baseline - run.baseline).abs() < 0.15 * run.size
            {
                line.runs.push(run.clone());
                line.x1 = line.x1.max(run.x1);
            }
            continue;
        }
        match lines.last_mut() {
            Some(line)
                if (line.baseline - run.baseline).abs() < 0.15 * run.size.max(line.size)
                    && run.x0 >= line.x1 - 0.5 * run.size
                    && run.x0 - line.x1 < word_gap(line, run) =>
            {
                line.x1 = line.x1.max(run.x1);
                line.size = line.size.max(run.size);
                line.runs.push(run.clone());
            }
            _ => lines.push(Line::of(run.clone())),
        }
    }
    lines
}

/// The widest gap between two runs of one line: within a cell, a justified
/// space or a spacer may be wide; across cells, only a bullet's mark and its
/// text are one line.
fn word_gap(line: &Line, run: &Run) -> f64 {
    let size = run.size.max(line.size);
    let same_cell = line.runs.last().is_some_and(|r| r.cell == run.cell);
    // A mark set in a cell of its own sits close to its item's text.
    if same_cell { 3.0 * size } else { 0.8 * size }
}

/// A line that begins with a short mark in a cell of its own (a number, a
/// label column): where the next cell's text starts.
fn hang_of(line: &Line) -> Option<f64> {
    let first = line.runs.iter().find(|r| !r.text.trim().is_empty())?;
    let next = line
        .runs
        .iter()
        .find(|r| r.cell != first.cell && !r.text.trim().is_empty())?;
    (first.cell != 0 && next.x0 - line.x0 <= 5.0 * first.size && next.x0 > line.x0)
        .then_some(next.x0)
}

/// A line that begins with a bullet's mark: the mark and where the text starts.
fn bullet_of(line: &Line) -> Option<(String, f64)> {
    let first = line.runs.first()?;
    let mark = first.text.trim();
    let next = line.runs.get(1)?;
    (BULLET_MARKS.contains(&mark) && next.x0 >= first.x1 - 0.05 * first.size)
        .then(|| (mark.to_string(), next.x0))
}

/// The paragraphs of a container. A container may hold several columns
/// (the cells of a table row are set in one frame), so a line continues the
/// paragraph whose last line stands right above it, not merely the last one.
pub fn paragraphs(container: &Container, cells: &[(f64, f64)]) -> Vec<Paragraph> {
    let lines = lines(&container.runs);
    if lines.is_empty() {
        return Vec::new();
    }
    let (inner_left, inner_right) = inner(&container.bounds, &lines);
    let mut paragraphs: Vec<Paragraph> = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let bullet = bullet_of(line);
        let hang = bullet.is_none().then(|| hang_of(line)).flatten();
        let joins = (bullet.is_none() && hang.is_none()).then(|| {
            paragraphs.iter().rposition(|p| {
                let right = right_edge(p, line, &lines, cells, inner_right);
                continues(p, line, right) && !between(p, line, &lines[..index])
            })
        });
        if let Some(Some(at)) = joins {
            let p = &mut paragraphs[at];
            if (line.x0 - p.text_x()).abs() >= 0.3 * line.size {
                p.hang = Some(line.x0);
            }
            let pitch = line.baseline - p.last_baseline();
            p.pitch.get_or_insert(pitch);
            p.lines.push(line.clone());
            continue;
        }
        paragraphs.push(Paragraph {
            lines: vec![line.clone()],
            bullet,
            hang,
            align: Align::Left,
            pitch: None,
        });
    }
    for p in &mut paragraphs {
        // Text wider than its box set the box's right (`inner`): it was not
        // set to the right.
        let natural_right = container.bounds.x1 - (inner_left - container.bounds.x0).max(0.0);
        let right = right_edge(p, &p.lines[p.lines.len() - 1], &lines, cells, inner_right);
        p.align = alignment(p, inner_left, right.min(natural_right));
    }
    paragraphs
}

/// Where paragraph `p`'s column ends: in a table, as far before the next
/// cell of its row as its text is in from its own cell's start; else before
/// the nearest text set to its right on the same lines, else the container's.
fn right_edge(
    p: &Paragraph,
    line: &Line,
    all: &[Line],
    cells: &[(f64, f64)],
    inner_right: f64,
) -> f64 {
    let cell = p.lines[p.lines.len() - 1]
        .runs
        .iter()
        .rev()
        .find(|r| !r.text.trim().is_empty())
        .map_or(0, |r| r.cell);
    if let Some(&(x, y)) = cell.checked_sub(1).and_then(|i| cells.get(i as usize)) {
        let next = cells
            .iter()
            .filter(|(nx, ny)| (ny - y).abs() < 1.0 && *nx > x + 1.0)
            .map(|(nx, _)| *nx)
            .fold(f64::INFINITY, f64::min);
        if next.is_finite() {
            return (next - (p.text_x() - x).max(0.0)).min(inner_right);
        }
    }
    // A cell beside may start a line or two higher (its first line is bigger).
    let top = p.first_baseline() - 2.5 * p.size();
    let bottom = line.baseline + line.size;
    let x = p.text_x() + p.size();
    all.iter()
        .filter(|l| l.x0 > x && l.baseline > top && l.baseline < bottom)
        .filter(|l| {
            !p.lines
                .iter()
                .any(|own| own.x0 <= l.x0 && l.x1 <= own.x1 + 0.5)
        })
        .map(|l| l.x0 - 0.5 * l.size)
        .fold(inner_right, f64::min)
}

/// Whether a line already taken stands between the paragraph's last line and
/// `line`, in its column.
fn between(p: &Paragraph, line: &Line, taken: &[Line]) -> bool {
    let last = &p.lines[p.lines.len() - 1];
    taken.iter().any(|l| {
        l.baseline > last.baseline + 0.1 * l.size
            && l.baseline < line.baseline - 0.1 * l.size
            && l.x0 < line.x1
            && l.x1 > line.x0
    })
}

/// Whether `line` is the next line of paragraph `p`: the same size, the
/// paragraph's leading, starting where its lines start, after a line that
/// was full (or whose next word did not fit), in the same style.
fn continues(p: &Paragraph, line: &Line, right: f64) -> bool {
    let last = &p.lines[p.lines.len() - 1];
    // A paragraph may mix sizes (a source in smaller type at its end): the
    // sizes must agree where one line ends and the next begins.
    let size = line.size.max(last.size);
    let pitch = line.baseline - last.baseline;
    // The next line's first phrase, which the layout keeps whole: about as
    // wide as its share of the line's characters.
    let next_word = {
        let text: String = line.runs.iter().map(|r| r.text.as_str()).collect();
        let chars = text.trim().chars().count().max(1);
        let piece = crate::nobreak::leading_piece(&text).min(chars);
        ((line.x1 - line.x0) * piece as f64 / chars as f64)
            .min(crate::nobreak::LONGEST_WORD as f64 * size)
    };
    let full = last.x1 >= right - 2.2 * size || last.x1 + next_word > right - 0.3 * size;
    let end = last.runs.iter().rev().find(|r| !r.text.trim().is_empty());
    let start = line.runs.iter().find(|r| !r.text.trim().is_empty());
    let same_size = match (end, start) {
        (Some(a), Some(b)) => (a.size - b.size).abs() < 0.5,
        _ => false,
    };
    same_size
        && pitch > 0.8 * size
        && pitch < 1.95 * size
        && p.pitch.is_none_or(|q| (q - pitch).abs() < 0.15 * size)
        && ((line.x0 - p.text_x()).abs() < 0.3 * size || hangs_at(p, line.x0))
        && full
        && same_cell(last, line)
        && same_style(last, line)
}

/// Whether a one-line paragraph's second line starting at `x` makes it an
/// item with a hanging indent: `x` is where a run of the first line starts,
/// a short mark (a number such as (1), ①) in from the first line's start.
fn hangs_at(p: &Paragraph, x: f64) -> bool {
    let [first] = p.lines.as_slice() else {
        return false;
    };
    let size = first.size;
    p.bullet.is_none()
        && p.hang.is_none()
        && x > first.x0 + 0.3 * size
        && x - first.x0 <= 5.0 * size
        && first
            .runs
            .iter()
            .skip(1)
            .any(|r| (r.x0 - x).abs() < 0.05 * size)
}

/// A paragraph's lines are in one cell (an item's mark may be in another).
fn same_cell(a: &Line, b: &Line) -> bool {
    let end = a
        .runs
        .iter()
        .rev()
        .find(|r| !r.text.trim().is_empty())
        .map(|r| r.cell);
    let start = b
        .runs
        .iter()
        .find(|r| !r.text.trim().is_empty())
        .map(|r| r.cell);
    end == start
}

/// A heading line over a body line is two paragraphs: where one line ends
/// and the next begins, the style is the same.
fn same_style(a: &Line, b: &Line) -> bool {
    let style = |r: &Run| (r.bold, r.color);
    let end = a
        .runs
        .iter()
        .rev()
        .find(|r| !r.text.trim().is_empty())
        .map(style);
    let start = b.runs.iter().find(|r| !r.text.trim().is_empty()).map(style);
    end == start
}

/// The text area of a container: as far in from its right edge as its text
/// is from its left (insets are symmetric in storydeck's themes), never
/// narrower than the widest line.
fn inner(bounds: &Rect, lines: &[Line]) -> (f64, f64) {
    let left = lines.iter().map(|l| l.x0).fold(f64::INFINITY, f64::min);
    let widest = lines.iter().map(|l| l.x1).fold(f64::NEG_INFINITY, f64::max);
    let pad = (left - bounds.x0).max(0.0);
    let right = (bounds.x1 - pad).max(widest);
    (left, right)
}

fn alignment(p: &Paragraph, inner_left: f64, inner_right: f64) -> Align {
    let tolerance = 1.5;
    let centre = (inner_left + inner_right) / 2.0;
    let indented = p.x0() > inner_left + 2.0;
    if indented
        && p.lines
            .iter()
            .all(|l| ((l.x0 + l.x1) / 2.0 - centre).abs() < tolerance)
    {
        return Align::Center;
    }
    if indented
        && p.lines
            .iter()
            .all(|l| (l.x1 - inner_right).abs() < tolerance)
    {
        return Align::Right;
    }
    let full = &p.lines[..p.lines.len() - 1];
    if !full.is_empty() && full.iter().all(|l| l.x1 >= inner_right - 0.3 * l.size) {
        return Align::Justify;
    }
    Align::Left
}
