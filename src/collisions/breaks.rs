//! Lines that end inside a word, and paragraphs that end on a line of one or
//! two characters: display text (a sheet's, a slide's, a heading) that a
//! reader stumbles over though nothing is drawn over anything.
//!
//! A paragraph is found again from its lines: lines one under another in the
//! same box, at the same size and a line's pitch, starting where the first
//! one starts (or a hanging indent in), with no rule or box edge between.

use std::collections::HashMap;

use super::{Collision, PageInk, TextBox, chars, squash};

/// Which lines of a deck are display text, where a word must not break.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreakScope {
    /// Every line: sheets and slides.
    All,
    /// Headings only (lines set larger than the page's body text): a paper,
    /// whose justified body breaks between any two characters.
    Headings,
}

/// The longest word of a story's own checked for (a name, a term).
const LONGEST_TERM: usize = 10;

/// The story's own words, which a line must not break inside: its names
/// (the municipality's, the team's) and the terms it uses twice or more (a
/// katakana word, a Latin word, a kanji compound of two to five characters).
pub struct Terms {
    words: Vec<Vec<char>>,
    /// The story's texts that hold a space, without it, each with the
    /// places (in characters) where a space was: a line that breaks where the
    /// story has a space (R2 81億円) breaks at the space.
    spaced: Vec<(Vec<char>, Vec<usize>)>,
    /// Every text, squashed.
    texts: Vec<String>,
}

impl Terms {
    /// From the story's texts, with their field paths.
    pub fn of(texts: &[(String, String)]) -> Terms {
        let mut counts: HashMap<String, usize> = HashMap::new();
        let mut words: Vec<String> = Vec::new();
        let spaced = texts
            .iter()
            .filter(|(_, t)| t.contains(char::is_whitespace))
            .map(|(_, t)| {
                let (mut chars, mut gaps) = (Vec::new(), Vec::new());
                for c in t.chars().filter(|&c| !crate::nobreak::is_joiner(c)) {
                    if c.is_whitespace() {
                        gaps.push(chars.len());
                    } else {
                        chars.push(c);
                    }
                }
                (chars, gaps)
            })
            .collect();
        let mut seen = std::collections::HashSet::new();
        for (path, text) in texts {
            let text = squash(text);
            // Its names: the municipality's and the team's members'.
            let is_name =
                path == "municipality" || (path.starts_with("team.") && path.ends_with(".name"));
            if is_name && (2..=LONGEST_TERM).contains(&text.chars().count()) {
                words.push(text.clone());
            }
            // A text said in two places counts once.
            if !seen.insert(text.clone()) {
                continue;
            }
            for run in runs(&text) {
                *counts.entry(run).or_default() += 1;
            }
        }
        words.extend(counts.into_iter().filter(|(_, n)| *n >= 2).map(|(w, _)| w));
        words.sort();
        words.dedup();
        Terms {
            words: words.into_iter().map(|w| w.chars().collect()).collect(),
            spaced,
            texts: texts.iter().map(|(_, t)| squash(t)).collect(),
        }
    }

    /// Whether the story writes a space where `before` ends and `after`
    /// begins.
    fn at_a_space(&self, before: &[char], after: &[char]) -> bool {
        let tail = &before[before.len().saturating_sub(3)..];
        let head = &after[..after.len().min(3)];
        let joined: Vec<char> = tail.iter().chain(head).copied().collect();
        self.spaced.iter().any(|(chars, gaps)| {
            chars
                .windows(joined.len())
                .enumerate()
                .any(|(at, w)| w == joined.as_slice() && gaps.contains(&(at + tail.len())))
        })
    }

    /// Whether two lines are of one text: the story writes them together, or
    /// neither is the story's (a label, a heading of the theme's). Two
    /// fields one under another (a department, then a title) are not.
    fn one_text(&self, before: &[char], after: &[char]) -> bool {
        let holds = |needle: &[char]| {
            let needle: String = needle.iter().collect();
            self.texts.iter().any(|t| t.contains(&needle))
        };
        let joined: Vec<char> = before.iter().chain(after).copied().collect();
        holds(&joined) || (!holds(before) && !holds(after))
    }

    /// A word of the story's that `before` and `after` split: `before` ends
    /// with its head and `after` begins with the rest.
    fn split(&self, before: &[char], after: &[char]) -> Option<&[char]> {
        self.words.iter().map(Vec::as_slice).find(|word| {
            (1..word.len()).any(|k| before.ends_with(&word[..k]) && after.starts_with(&word[k..]))
        })
    }
}

/// The words of a text a term may be: runs of katakana (three or more), of
/// Latin letters (three or more) and of kanji (two to five).
fn runs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut run = String::new();
    let mut kind = Kind::Other;
    let mut close = |run: &mut String, kind: Kind| {
        let n = run.chars().count();
        let keep = match kind {
            Kind::Katakana | Kind::Latin => (3..=LONGEST_TERM).contains(&n),
            Kind::Kanji => (2..=5).contains(&n),
            _ => false,
        };
        if keep {
            out.push(run.clone());
        }
        run.clear();
    };
    for c in text.chars() {
        let k = kind_of(c);
        if k != kind {
            close(&mut run, kind);
            kind = k;
        }
        run.push(c);
    }
    close(&mut run, kind);
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Katakana,
    Latin,
    Digit,
    Kanji,
    Other,
}

fn kind_of(c: char) -> Kind {
    use crate::nobreak::{Script, script};
    match c {
        // A 中黒 separates words (若手・中堅).
        '・' => Kind::Other,
        '0'..='9' | '０'..='９' => Kind::Digit,
        'A'..='Z' | 'a'..='z' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => Kind::Latin,
        _ => match script(c) {
            Script::Katakana => Kind::Katakana,
            Script::Kanji => Kind::Kanji,
            _ => Kind::Other,
        },
    }
}

/// What follows a number as its unit.
const UNITS: &[char] = &[
    '%', '％', '年', '月', '日', '時', '分', '人', '名', '件', '回', '歳', '割', '倍', '円', '万',
    '千', '億', '課', '校', '社', '点', '位', '期', '世', 'か', 'ヶ', 'カ',
];

/// Whether the line break between `before` and `after` is inside a word.
fn inside_word(before: &[char], after: &[char], terms: &Terms) -> bool {
    let (Some(&a), Some(&b)) = (before.last(), after.first()) else {
        return false;
    };
    if terms.at_a_space(before, after) {
        return false;
    }
    let (ka, kb) = (kind_of(a), kind_of(b));
    (ka == Kind::Katakana && kb == Kind::Katakana)
        || (ka == Kind::Latin && kb == Kind::Latin)
        || (ka == Kind::Digit && (kb == Kind::Digit || UNITS.contains(&b)))
        || terms.split(before, after).is_some()
}

/// The paragraphs of a page, as the lines they were set in.
fn paragraphs(ink: &PageInk, scope: BreakScope) -> Vec<Vec<&TextBox>> {
    let heading_above = match scope {
        BreakScope::All => 0.0,
        BreakScope::Headings => 1.05 * body_size(ink),
    };
    let mut out: Vec<Vec<&TextBox>> = Vec::new();
    let mut current: Vec<&TextBox> = Vec::new();
    for t in ink.texts.iter().filter(|t| t.size > heading_above) {
        let follows = current.last().is_some_and(|last| {
            let first = current[0];
            let pitch = t.core.y1 - last.core.y1;
            last.holders == t.holders
                && (last.size - t.size).abs() < 0.01 * t.size
                && (0.8 * t.size..1.9 * t.size).contains(&pitch)
                && t.core.x0 > first.core.x0 - 0.3 * t.size
                && t.core.x0 < first.core.x0 + 2.2 * t.size
                && !parted(ink, last, t)
        });
        if !follows && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        current.push(t);
    }
    if !current.is_empty() {
        out.push(current);
    }
    out.retain(|p| p.len() >= 2);
    out
}

/// The size most of a page's text is set in.
pub(super) fn body_size(ink: &PageInk) -> f64 {
    let mut counts: HashMap<u64, usize> = HashMap::new();
    for t in &ink.texts {
        *counts.entry((t.size * 10.0).round() as u64).or_default() += chars(&t.text);
    }
    counts
        .into_iter()
        .max_by_key(|&(size, n)| (n, size))
        .map_or(0.0, |(size, _)| size as f64 / 10.0)
}

/// Whether a rule or the edge of a box lies between two lines: two cells of
/// a column, not two lines of one paragraph.
fn parted(ink: &PageInk, upper: &TextBox, lower: &TextBox) -> bool {
    let (top, bottom) = (upper.core.y1, lower.core.y0);
    let (left, right) = (
        upper.core.x0.max(lower.core.x0),
        upper.core.x1.min(lower.core.x1),
    );
    ink.shapes.iter().any(|s| {
        let edge_between = |y: f64| y > top && y < bottom;
        (edge_between(s.bounds.y0) || edge_between(s.bounds.y1))
            && s.bounds.x0 < right
            && s.bounds.x1 > left
    })
}

/// The lines of a page that end inside a word, and the paragraphs that end on
/// a line of one or two characters.
pub(super) fn page_breaks(ink: &PageInk, terms: &Terms, scope: BreakScope) -> Vec<Collision> {
    let mut out = Vec::new();
    let tail_of = |t: &TextBox| -> Vec<char> {
        let chars: Vec<char> = squash(&t.text).chars().collect();
        chars[chars.len().saturating_sub(8)..].to_vec()
    };
    let head_of = |t: &TextBox| -> Vec<char> { squash(&t.text).chars().take(8).collect() };
    for paragraph in paragraphs(ink, scope) {
        for pair in paragraph.windows(2) {
            let (tail, head) = (tail_of(pair[0]), head_of(pair[1]));
            if inside_word(&tail, &head, terms) && terms.one_text(&tail, &head) {
                let (tail, head): (String, String) = (tail.iter().collect(), head.iter().collect());
                out.push(Collision {
                    page: 0,
                    what: crate::t!("collision-broken-word", text = format!("{tail}／{head}")),
                    text: format!("{tail}{head}"),
                });
            }
        }
        let last = paragraph[paragraph.len() - 1];
        let previous = paragraph[paragraph.len() - 2];
        let widest = paragraph.iter().map(|t| t.core.x1).fold(f64::MIN, f64::max);
        let n = chars(&last.text);
        let (tail, head) = (tail_of(previous), head_of(last));
        if n <= 2 && previous.core.x1 > widest - 1.5 * previous.size && terms.one_text(&tail, &head)
        {
            let (tail, head): (String, String) = (tail.iter().collect(), head.iter().collect());
            out.push(Collision {
                page: 0,
                what: crate::t!(
                    "collision-runt",
                    text = format!("{tail}／{head}"),
                    chars = n
                ),
                text: tail + &head,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cs(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn a_break_inside_a_katakana_latin_or_numbered_word_is_found() {
        let none = Terms {
            words: Vec::new(),
            spaced: Vec::new(),
            texts: Vec::new(),
        };
        assert!(inside_word(&cs("まずアクションプラ"), &cs("ンを"), &none));
        assert!(inside_word(&cs("Web"), &cs("site"), &none));
        assert!(inside_word(&cs("延べ120"), &cs("人"), &none));
        assert!(!inside_word(
            &cs("アクションプランを"),
            &cs("作成する"),
            &none
        ));
        assert!(!inside_word(&cs("若手・"), &cs("中堅"), &none));
    }

    #[test]
    fn a_break_inside_the_storys_own_word_is_found() {
        let texts = vec![
            ("municipality".to_owned(), "桜川市".to_owned()),
            ("a".to_owned(), "区民の声".to_owned()),
            ("b".to_owned(), "区民とともに".to_owned()),
        ];
        let terms = Terms::of(&texts);
        assert!(inside_word(&cs("まず桜川"), &cs("市の"), &terms));
        assert!(inside_word(&cs("多くの区"), &cs("民が"), &terms));
        assert!(!inside_word(&cs("多くの区民"), &cs("が"), &terms));
    }
}
