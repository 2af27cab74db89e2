//! Text too small to read: the story's sentences set under the deck's body
//! floor (a slide's text shrunk under 14 pt), and any other text (a head, a
//! name, a date, a chart's figures) under its labels floor.
//!
//! Which text is a sentence is read from the story: a line of six
//! characters or more, four of them letters, that a written text of [`SENTENCE_CHARS`] or more
//! holds, and that is not itself one of the story's short texts (a name, a
//! title, a cell of a table) — those, like the theme's own words, are labels.

use super::{Collision, PageInk, short, squash};
use crate::theme::Floors;

/// A written text this long or longer is a sentence; shorter ones (a name, a
/// title, a value) are printed as labels are.
pub const SENTENCE_CHARS: usize = 16;

/// A line shorter than this is a label, or the end of a sentence whose other
/// lines are judged.
const SENTENCE_LINE_CHARS: usize = 6;

/// Tolerance for a size set exactly at the floor (0.8 × 7.5 pt is 5.999…).
const SLACK: f64 = 0.05;

/// The text of one page set under its floor.
pub(super) fn page_floors(
    ink: &PageInk,
    landscape: bool,
    floors: Floors,
    strings: &[String],
) -> Vec<Collision> {
    let mut out = Vec::new();
    for t in &ink.texts {
        let in_figure = t.printed < t.size * 0.99 || landscape;
        let floor = match floors.figures {
            Some(figures) if in_figure => figures,
            _ => floors.page,
        };
        let text = squash(&t.text);
        let sentence = is_sentence(&text, strings);
        let least = if sentence { floor.body } else { floor.labels };
        if t.printed + SLACK >= least {
            continue;
        }
        let (text_, size, floor) = (short(&text), format!("{:.1}", t.printed), least.to_string());
        let what = if sentence {
            crate::t!(
                "collision-small-text",
                text = text_,
                size = size,
                floor = floor
            )
        } else {
            crate::t!(
                "collision-small-label",
                text = text_,
                size = size,
                floor = floor
            )
        };
        out.push(Collision {
            page: 0,
            what,
            text,
        });
    }
    out
}

/// Whether a line of text is (part of) one of the story's sentences: not a
/// head or a chart's figure that a sentence happens to hold too
/// (「アクション」, 「2015」, 「9.1万」).
fn is_sentence(text: &str, strings: &[String]) -> bool {
    text.chars().count() >= SENTENCE_LINE_CHARS
        && text.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && !strings
            .iter()
            .any(|s| s == text && s.chars().count() < SENTENCE_CHARS)
        && strings
            .iter()
            .any(|s| s.chars().count() >= SENTENCE_CHARS && s.contains(text))
}
