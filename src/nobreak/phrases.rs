//! Phrases of Japanese display text, kept on one line: BudouX's phrases from
//! its bundled Japanese model, mended where the model cuts inside a word, held
//! to a length a narrow column holds, and a text's last phrase of a character
//! or two kept with the one before it.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::sync::LazyLock;

use budouy::Parser;

static PHRASES: LazyLock<Parser> = LazyLock::new(budouy::model::load_default_japanese_parser);

/// The longest phrase kept on one line, in characters: a narrow table column
/// holds about this many. A longer phrase is kept whole by its words (runs of
/// one script: a kanji compound, a katakana word with its particles split
/// off), neighbours merged while they fit.
pub const LONGEST_PHRASE: usize = 6;

/// The longest single word kept whole (フォースフィールド, コミュニケーション):
/// longer ones break as Typst breaks them.
pub const LONGEST_WORD: usize = 9;

/// The longest row of kanji kept whole: longer ones are compounds of several
/// words, which Japanese text breaks between.
pub const LONGEST_COMPOUND: usize = 5;

/// What goes between two characters of a text.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Glue {
    /// A line may break here, as Typst breaks it.
    Free,
    /// Inside a phrase.
    Phrase,
    /// Inside a token.
    Token,
}

/// The words of a story's own that a long row of kanji is split by: the
/// kanji compounds (two to five characters) it writes as a word of their own
/// twice or more (満足度 in 市民満足度調査).
#[derive(Debug, Default)]
pub struct Words {
    kanji: HashSet<Vec<char>>,
}

impl Words {
    /// From every text of a story.
    pub fn of<'a>(texts: impl Iterator<Item = &'a str>) -> Words {
        let mut counts: HashMap<Vec<char>, usize> = HashMap::new();
        // A text said in two places counts once.
        let texts: BTreeSet<&str> = texts.collect();
        for text in texts {
            let chars: Vec<char> = text.chars().collect();
            let mut start = 0;
            while start < chars.len() {
                let end = start
                    + chars[start..]
                        .iter()
                        .take_while(|&&c| script(c) == Script::Kanji)
                        .count();
                if end > start {
                    if (2..=LONGEST_COMPOUND).contains(&(end - start)) {
                        *counts.entry(chars[start..end].to_vec()).or_default() += 1;
                    }
                    start = end;
                } else {
                    start += 1;
                }
            }
        }
        Words {
            kanji: counts
                .into_iter()
                .filter(|(_, n)| *n >= 2)
                .map(|(w, _)| w)
                .collect(),
        }
    }

    /// The words a row of kanji is split into: the story's own where one
    /// begins, the longest first, else two characters (most kanji words are
    /// two: 新規｜採用｜職員).
    fn split(&self, row: &[char]) -> Vec<std::ops::Range<usize>> {
        let mut out: Vec<std::ops::Range<usize>> = Vec::new();
        let mut at = 0;
        while at < row.len() {
            let own = (2..=LONGEST_COMPOUND.min(row.len() - at))
                .rev()
                .find(|&n| self.kanji.contains(&row[at..at + n]));
            let n = own.unwrap_or(2).min(row.len() - at);
            out.push(at..at + n);
            at += n;
        }
        // A single kanji left at the end joins the word before it.
        if out.len() > 1 && out[out.len() - 1].len() == 1 {
            let last = out.pop().expect("two words or more");
            out.last_mut().expect("one word left").end = last.end;
        }
        out
    }
}

/// Marks the inside of each phrase of Japanese text as [`Glue::Phrase`].
pub(super) fn join_phrases(text: &str, chars: &[char], glue: &mut [Glue], words: &Words) {
    if !chars.iter().copied().any(is_japanese) {
        return;
    }
    // The model now and then cuts inside a word (人材育成基本方｜針, 主要手｜続き,
    // プロジェクト｜チーム): never inside a row of kanji, between kanji and the
    // kana that ends its word, or inside a katakana word.
    let inside_word = |at: usize| {
        let (a, b) = (script(chars[at - 1]), script(chars[at]));
        (a == Script::Kanji && matches!(b, Script::Kanji | Script::Hiragana))
            || (a == Script::Katakana && b == Script::Katakana)
    };
    let mut cuts: Vec<usize> = PHRASES
        .parse_boundaries(text)
        .into_iter()
        .filter(|&at| at > 0 && at < chars.len() && !inside_word(at))
        .collect();
    cuts.push(chars.len());
    let mut start = 0;
    for end in cuts {
        for piece in whole_pieces(&chars[start..end], words) {
            let (from, to) = (start + piece.start, start + piece.end);
            for i in from + 1..to {
                let (a, b) = (chars[i - 1], chars[i]);
                // Unicode already keeps ASCII words whole; joining them
                // would hide a label's `{n}` from the layout.
                if gluable(a) && gluable(b) && !(a.is_ascii() && b.is_ascii()) {
                    glue[i] = Glue::Phrase;
                }
            }
        }
        start = end;
    }
    keep_the_end_company(chars, glue);
}

/// The last break of a text, when what follows it is a character or two
/// (…「対話の時間」に／する), is taken away: a paragraph never ends on a line
/// that short, the last phrase goes down with the one before it.
fn keep_the_end_company(chars: &[char], glue: &mut [Glue]) {
    let counted = |c: &char| !is_closing(*c) && !c.is_whitespace();
    let breakable = |i: usize, glue: &[Glue]| {
        !is_closing(chars[i]) && !starts_no_line(chars[i]) && glue[i] != Glue::Token
    };
    // Every place a line may break within the last two characters (not
    // before what kinsoku keeps off a line's start: 。」 small kana, ー) is
    // taken away.
    let mut first_kept = chars.len();
    for i in (1..chars.len()).rev() {
        let after = chars[i..].iter().filter(|c| counted(c)).count();
        if after > 2 {
            break;
        }
        if counted(&chars[i]) {
            first_kept = i;
        }
        // After a space too (研究生 8名): a joiner after it keeps the line
        // from breaking there.
        if glue[i] == Glue::Free
            && breakable(i, glue)
            && (gluable(chars[i - 1]) || chars[i - 1].is_whitespace())
            && gluable(chars[i])
            && !(chars[i - 1].is_ascii_graphic() && chars[i].is_ascii_graphic())
        {
            glue[i] = Glue::Phrase;
        }
    }
    // What the line then keeps whole, back to the break before, is never
    // more than a phrase, so no column is made too narrow for it: if it is,
    // the line may break before the last three characters instead, unless
    // that is inside a katakana or Latin word (勉強会／を開く).
    // (A line never breaks before a space.)
    let unit = |glue: &[Glue]| {
        chars.len()
            - (1..first_kept)
                .rev()
                .find(|&j| glue[j] == Glue::Free && !chars[j].is_whitespace())
                .unwrap_or(0)
    };
    let word = |c: char| is_word_script(script(c));
    if first_kept < chars.len()
        && unit(glue) > LONGEST_PHRASE
        && let Some(i) = (1..first_kept).rev().find(|&i| counted(&chars[i]))
        && breakable(i, glue)
        && !(word(chars[i - 1]) && word(chars[i]))
    {
        glue[i] = Glue::Free;
    }
}

/// Whether a phrase joiner may stand beside `c`: not beside a space, nor
/// inside a label's `{n}` placeholder, which the layout replaces.
fn gluable(c: char) -> bool {
    !c.is_whitespace() && c != '{' && c != '}'
}

/// The parts of a phrase kept whole: the phrase when it is short enough, else
/// its runs of one script (a katakana word, a kanji compound, its particles),
/// neighbours merged while they fit in [`LONGEST_PHRASE`]; a katakana or Latin
/// word alone up to [`LONGEST_WORD`]. A 中黒 (・) ends a piece: 若手・中堅・管理職
/// may break after each. A row of more than [`LONGEST_COMPOUND`] kanji is
/// several words (生産年齢人口, 年度市民意識調査): it may break between them.
fn whole_pieces(phrase: &[char], words: &Words) -> Vec<std::ops::Range<usize>> {
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    for (i, &c) in phrase.iter().enumerate() {
        match runs.last_mut() {
            Some(run)
                if phrase[run.end - 1] != '・' && script(phrase[run.end - 1]) == script(c) =>
            {
                run.end = i + 1
            }
            Some(run) if c == '・' || is_closing(c) => run.end = i + 1,
            // The kana after kanji ends its word (手続き, 横断的な).
            Some(run)
                if script(c) == Script::Hiragana
                    && script(phrase[run.end - 1]) == Script::Kanji =>
            {
                run.end = i + 1
            }
            _ => runs.push(i..i + 1),
        }
    }
    // Lengths as a line holds them: closing punctuation hangs on.
    let length = |r: &std::ops::Range<usize>| {
        r.len()
            - phrase[r.clone()]
                .iter()
                .rev()
                .take_while(|&&c| is_closing(c))
                .count()
    };
    // A row of kanji too long to be one word is cut into words of two (most
    // kanji words are: 新規｜採用｜職員, 年度｜市民｜意識｜調査), a single one
    // left at its end joining the last.
    // (run, whether it is such a word)
    let runs: Vec<(std::ops::Range<usize>, bool)> = runs
        .into_iter()
        .flat_map(|run| {
            // The kanji of the run, without the kana that ends it.
            let kanji_end = run.start
                + phrase[run.clone()]
                    .iter()
                    .take_while(|&&c| script(c) == Script::Kanji)
                    .count();
            if script(phrase[run.start]) != Script::Kanji {
                return vec![(run, false)];
            }
            if kanji_end - run.start <= LONGEST_COMPOUND {
                // A word with more kana than a phrase holds (管理職向けには)
                // may break where its kana begin.
                return if length(&run) > LONGEST_PHRASE && kanji_end < run.end {
                    vec![(run.start..kanji_end, true), (kanji_end..run.end, false)]
                } else {
                    vec![(run, false)]
                };
            }
            let mut parts: Vec<std::ops::Range<usize>> = words
                .split(&phrase[run.start..kanji_end])
                .into_iter()
                .map(|w| run.start + w.start..run.start + w.end)
                .collect();
            parts.last_mut().expect("a long row has words").end = run.end;
            parts.into_iter().map(|w| (w, true)).collect()
        })
        .collect();
    // (piece, whether it ends in a word cut from a row of kanji); two such
    // words are never one piece again.
    let mut pieces: Vec<(std::ops::Range<usize>, bool)> = Vec::new();
    for (run, cut) in runs {
        match pieces.last_mut() {
            Some((piece, ends_cut))
                if !(*ends_cut && cut)
                    && length(&(piece.start..run.end)) <= LONGEST_PHRASE
                    && phrase[piece.end - 1] != '・' =>
            {
                piece.end = run.end;
                *ends_cut = cut;
            }
            _ => pieces.push((run, cut)),
        }
    }
    // A piece longer than a phrase stays whole only when it is one word: a
    // katakana or Latin word; not a run of kana endings.
    pieces
        .into_iter()
        .map(|(p, _)| p)
        .filter(|p| {
            length(p) <= LONGEST_PHRASE
                || (length(p) <= LONGEST_WORD && is_word_script(script(phrase[p.start])))
        })
        .collect()
}

/// Punctuation that closes what comes before it (、。」）): part of its run.
pub(super) fn is_closing(c: char) -> bool {
    matches!(
        c,
        '、' | '。' | '，' | '．' | '」' | '』' | '）' | '】' | '〕' | '！' | '？'
    )
}

/// The script a character is written in, for splitting a long phrase into
/// words and for telling a word broken at a line's end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Script {
    Hiragana,
    /// With the prolonged sound mark, small kana and the 中黒.
    Katakana,
    Kanji,
    /// Any other letter or digit (Latin, numbers).
    Alphanumeric,
    Other,
}

pub fn script(c: char) -> Script {
    match c {
        '\u{3041}'..='\u{309F}' => Script::Hiragana,
        '\u{30A0}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}' => {
            Script::Katakana
        }
        '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '々' | '〆' => Script::Kanji,
        c if c.is_alphanumeric() => Script::Alphanumeric,
        _ => Script::Other,
    }
}

/// A word kept whole up to [`LONGEST_WORD`]: a katakana or Latin word.
fn is_word_script(s: Script) -> bool {
    matches!(s, Script::Katakana | Script::Alphanumeric)
}

/// Kana or kanji: text BudouX's Japanese model has phrases for.
pub(super) fn is_japanese(c: char) -> bool {
    matches!(
        script(c),
        Script::Hiragana | Script::Katakana | Script::Kanji
    )
}

/// What kinsoku keeps off the start of a line: small kana and the prolonged
/// sound mark.
fn starts_no_line(c: char) -> bool {
    matches!(
        c,
        'ー' | 'ぁ'
            | 'ぃ'
            | 'ぅ'
            | 'ぇ'
            | 'ぉ'
            | 'っ'
            | 'ゃ'
            | 'ゅ'
            | 'ょ'
            | 'ゎ'
            | 'ァ'
            | 'ィ'
            | 'ゥ'
            | 'ェ'
            | 'ォ'
            | 'ッ'
            | 'ャ'
            | 'ュ'
            | 'ョ'
            | 'ヮ'
            | 'ヵ'
            | 'ヶ'
            | '・'
            | '：'
            | '；'
    )
}
