//! The same story text printed twice in one deck: a session's summary in two
//! tables and its own part, an adviser's words under two sessions. Titles do
//! not count (a slide's title, a running header, a heading set larger than
//! the page's text), nor the table of contents, which repeat by nature; nor
//! short texts (a name, a date), which a deck rightly prints wherever they
//! belong.

use super::{Collision, PageInk, short, squash};
use crate::geometry::Rect;

/// A written text shorter than this may be printed more than once.
pub const REPEAT_CHARS: usize = 16;

/// The fields that title something (an activity, a box, the year's theme, a
/// question heading each answer): a title is printed wherever what it titles
/// is.
const TITLES: [&str; 6] = [
    "title",
    "name",
    "heading",
    "questions",
    "programme_theme",
    "theme",
];

fn is_title(path: &str) -> bool {
    path.rsplit('.')
        .next()
        .map(|key| key.split('[').next().unwrap_or(key))
        .is_some_and(|key| TITLES.contains(&key))
}

/// What a page says outside its titles, squashed, in the order it is drawn:
/// the band between the page's head (its top sixth: a slide's title, a
/// running header) and its foot (the last twelfth), less headings set larger
/// than most of the page's text.
/// `quoted`: the regions of the page that repeat an earlier sheet on purpose.
pub(super) fn body_text(ink: &PageInk, page: Rect, quoted: &[Rect]) -> String {
    let height = page.y1 - page.y0;
    let (top, bottom) = (page.y0 + height / 6.0, page.y1 - height / 12.0);
    let body = super::breaks::body_size(ink);
    ink.texts
        .iter()
        .filter(|t| {
            let (x, y) = ((t.core.x0 + t.core.x1) / 2.0, (t.core.y0 + t.core.y1) / 2.0);
            let in_quote = quoted
                .iter()
                .any(|q| (q.x0..=q.x1).contains(&x) && (q.y0..=q.y1).contains(&y));
            y > top && y < bottom && t.size <= 1.05 * body && !in_quote
        })
        .map(|t| squash(&t.text))
        .collect()
}

/// Every written text of [`REPEAT_CHARS`] or more that a deck's pages print
/// more than once. `pages`: each page's number and [`body_text`], the table
/// of contents left out; `written`: the story's written texts, squashed, with
/// their fields.
pub(super) fn repeats(pages: &[(usize, String)], written: &[(String, String)]) -> Vec<Collision> {
    let strings: Vec<&String> = written.iter().map(|(_, text)| text).collect();
    let deck: String = pages.iter().map(|(_, text)| text.as_str()).collect();
    // Where each page's text starts in `deck`, to name the page of a repeat.
    let mut starts = Vec::with_capacity(pages.len());
    let mut at = 0;
    for (page, text) in pages {
        starts.push((at, *page));
        at += text.len();
    }
    let page_at = |offset: usize| {
        starts
            .iter()
            .rev()
            .find(|(start, _)| *start <= offset)
            .map_or(0, |(_, page)| *page)
    };
    let mut out = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    let count = |text: &str| deck.matches(text).count();
    for (path, text) in written {
        if text.chars().count() < REPEAT_CHARS || is_title(path) || !seen.insert(text) {
            continue;
        }
        let places: Vec<usize> = deck.match_indices(text.as_str()).map(|(i, _)| i).collect();
        // Where a longer text of the story holds this one (「6月に」 before
        // it), or two fields hold the same words, the story says it twice,
        // not the layout: those are not counted.
        let within: usize = strings
            .iter()
            .filter(|s| s.len() > text.len() && s.contains(text.as_str()))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .map(|s| count(s) * s.matches(text.as_str()).count())
            .sum();
        let copies = strings.iter().filter(|s| **s == text).count();
        if places.len() < 1 + copies + within {
            continue;
        }
        let pages: Vec<String> = places.iter().map(|&i| page_at(i).to_string()).collect();
        out.push(Collision {
            page: page_at(places[1]),
            what: crate::t!(
                "collision-repeated",
                text = short(text),
                count = places.len(),
                pages = pages.join(", ")
            ),
            text: text.clone(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(texts: &[(&str, &str)]) -> Vec<(String, String)> {
        texts
            .iter()
            .map(|(path, text)| (path.to_string(), text.to_string()))
            .collect()
    }

    #[test]
    fn a_text_printed_twice_is_named_with_its_pages_once_it_is_long_enough() {
        let said = "課内ミーティングの冒頭15分を対話の時間にする";
        let pages = vec![(3, format!("前置き{said}")), (7, format!("{said}おわり"))];
        let found = repeats(
            &pages,
            &written(&[("sheets.first_step.rows[0].what", said)]),
        );
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].page, 7);
        assert!(found[0].what.contains("(pages 3, 7)"), "{}", found[0].what);
        // A short text (a name, a date) may be printed wherever it belongs.
        assert!(repeats(&pages, &written(&[("a", "課内ミーティング")])).is_empty());
    }

    #[test]
    fn what_the_story_itself_says_twice_and_titles_are_not_repeats() {
        let said = "庁内横断の勉強会みなせ塾を立ち上げる取り組み";
        let longer = format!("6月に{said}");
        // Once alone, once inside a longer text of the story's.
        let pages = vec![(1, said.to_string()), (2, longer.clone())];
        let texts = written(&[("rows[0].what", said), ("outlook.items[0]", &longer)]);
        assert!(repeats(&pages, &texts).is_empty());
        // Two fields of the same words, each printed once.
        let pages = vec![(1, said.to_string()), (2, said.to_string())];
        let two = written(&[("rows[0].how", said), ("rows[1].how", said)]);
        assert!(repeats(&pages, &two).is_empty());
        // A title is printed wherever what it titles is.
        let title = written(&[("journey.activities[0].title", said)]);
        assert!(repeats(&pages, &title).is_empty());
        // But one field printed twice is a repeat.
        let once = written(&[("rows[0].how", said)]);
        assert_eq!(repeats(&pages, &once).len(), 1);
    }
}
