//! Japanese line breaking beyond Typst's own kinsoku (which already keeps 」）、。
//! small kana and ー off the start of a line):
//! - a number stays with its unit and its era or prefix (９０％, Ｒ４年度,
//!   2022年4月, 第3回), a run of full-width Latin letters stays whole (ＤＸ), and
//!   ＜ ＞ stay with the word they enclose: the *tokens*, kept whole everywhere;
//! - display text (headings, cards, table cells, slides) breaks between phrases,
//!   not inside a word (アクションプラ／ン, ミーティ／ング): the phrases are
//!   BudouX's, from its bundled Japanese model. The paper's justified body keeps
//!   Typst's breaking between any two characters, so its lines hold the grid.
//!
//! Typst has no "no break here" for text. Putting each such token in a `box`
//! (a show rule in the theme) did it, but every box is a paragraph of its own,
//! laid out again at every size a sheet's fitting tries: a third of a build.
//! Instead the texts the templates print reach them with a WORD JOINER (U+2060)
//! between the characters of each token, and a ZERO WIDTH NO-BREAK SPACE
//! (U+FEFF, the same line-breaking class) between the characters of each
//! phrase: Unicode line breaking never breaks beside either, and neither draws
//! anything. Two characters, so that a layout can let phrases break (the paper
//! strips [`PHRASE_JOINER`] from its justified paragraphs) and still keep the
//! tokens whole. [`strip_joiners`] takes both out of the laid-out document
//! again, so the PDF's text, the detector and every export see the text as the
//! team wrote it.

mod phrases;

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value as Json;
use typst::layout::{Frame, FrameItem};
use typst::model::Document;
use typst_layout::PagedDocument;

use phrases::{Glue, join_phrases};
pub use phrases::{LONGEST_PHRASE, LONGEST_WORD, Script, Words, script};

/// U+2060 WORD JOINER: no line break on either side, and no glyph. Between the
/// characters of a token.
pub const JOINER: char = '\u{2060}';

/// U+FEFF ZERO WIDTH NO-BREAK SPACE: as [`JOINER`], between the characters of
/// a phrase; a layout may take these out and keep the tokens.
pub const PHRASE_JOINER: char = '\u{FEFF}';

/// The tokens a line must not break inside. Tokens are short, so keeping them
/// whole never forces text out of its box.
static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    // 第3回, 約2割, 年4回, 月1回, 令和4年度 …
    let prefix = "(?:令和|平成|昭和|第|約|計|全|毎|年|月|週|日)";
    // 1.4, 3,000, 0～14
    let digits = "[0-9０-９]+(?:[.,，．:：～〜~][0-9０-９]+)*";
    let unit = "(?:[%％]|年度|年目|年|か月|ヶ月|カ月|月|日|時間|時|分|人|名|件|回|歳|割|倍|億円|万円|千円|円|億|万|千|期|世帯|か所|箇所|ヶ所|カ所|課|校|園|社|団体|地区|項目|点|位|km|kg|ｋｍ)";
    let suffix = "(?:以上|以下|未満|超|程度|前後)?";
    let then = format!("(?:{unit}[0-9０-９]*)*{suffix}[＞>・]?");
    let pattern = [
        // With a prefix, a unit or a full-width digit: ASCII 2021 or R4 alone
        // never breaks inside.
        format!("{prefix}[A-Za-zＡ-Ｚａ-ｚ]{{0,4}}{digits}{then}"),
        format!("[A-Za-zＡ-Ｚａ-ｚ]{{0,4}}{digits}(?:{unit}[0-9０-９]*)+{suffix}[＞>・]?"),
        format!("[A-Za-zＡ-Ｚａ-ｚ]{{0,4}}[0-9]*[０-９][0-9０-９]*{then}"),
        // ＜ＤＸ＞ whole; ＞ and ・ never start a line, ＜ never ends one.
        "＜?[Ａ-Ｚａ-ｚ]{2,10}[＞・]?|[^\\s＜][＞・]|＜[^\\s＞]".to_owned(),
    ]
    .join("|");
    Regex::new(&pattern).expect("the token pattern is valid")
});

/// Whether `c` is one of the joiners storydeck puts into texts.
pub fn is_joiner(c: char) -> bool {
    c == JOINER || c == PHRASE_JOINER
}

/// `text` as the team wrote it: without the joiners.
pub fn plain(text: &str) -> String {
    text.replace(is_joiner, "")
}

/// `text` with a [`JOINER`] between the characters of every token that must
/// not break and a [`PHRASE_JOINER`] between those of every phrase. Text with
/// neither (ASCII, whose words Unicode already keeps whole) comes back as it is.
pub fn keep_tokens(text: &str) -> Cow<'_, str> {
    keep_words(text, &Words::default())
}

/// As [`keep_tokens`], a long row of kanji split by the story's own `words`.
pub fn keep_words<'a>(text: &'a str, words: &Words) -> Cow<'a, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    let chars: Vec<char> = text.chars().collect();
    // glue[i]: between chars[i - 1] and chars[i]; glue[0] is unused.
    let mut glue = vec![Glue::Free; chars.len()];
    join_phrases(text, &chars, &mut glue, words);
    // Char offsets of the tokens, from the regex's byte offsets.
    let mut at = text.char_indices().map(|(b, _)| b).enumerate().peekable();
    let mut char_of = |byte: usize| {
        let mut index = chars.len();
        while let Some(&(i, b)) = at.peek() {
            if b >= byte {
                index = i;
                break;
            }
            at.next();
        }
        index
    };
    for token in TOKEN.find_iter(text) {
        let (start, end) = (char_of(token.start()), char_of(token.end()));
        // A phrase that ends inside a token (参加者10｜人から) breaks before
        // the token instead, so the two do not become one long unit.
        if start > 0 && glue[start + 1..end].contains(&Glue::Free) && glue[start] == Glue::Phrase {
            glue[start] = Glue::Free;
        }
        glue[start + 1..end].fill(Glue::Token);
    }
    if glue.iter().all(|&g| g == Glue::Free) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 3 * chars.len());
    for (i, &c) in chars.iter().enumerate() {
        if i > 0 && !is_combining(c) {
            match glue[i] {
                Glue::Free => {}
                Glue::Phrase => out.push(PHRASE_JOINER),
                Glue::Token => out.push(JOINER),
            }
        }
        out.push(c);
    }
    Cow::Owned(out)
}

/// How many characters at the start of `text` a line keeps together: its
/// first phrase or token (the first word, for text without Japanese). For
/// telling a line that ended early because its next phrase did not fit from
/// the end of a paragraph.
pub fn leading_piece(text: &str) -> usize {
    let text = text.trim_start();
    let mut count = 0;
    let mut glued = true;
    for c in keep_tokens(text).chars() {
        if is_joiner(c) {
            glued = true;
            continue;
        }
        if (!glued && count > 0 && !c.is_ascii_alphanumeric()) || c.is_whitespace() {
            break;
        }
        count += 1;
        glued = false;
    }
    count
}

/// A mark that belongs to the character before it: no joiner goes between.
fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{3099}'..='\u{309A}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

/// Joins the tokens of every text in the story as the templates read it. The
/// story's `theme` (a name or a folder) is not printed and stays as written,
/// and so do the words a layout looks labels up by (an activity's `kind`,
/// the journey's `kinds`: `kind_研究会`).
pub fn prepare_story(story: &mut Json) {
    let texts = texts_with_paths(story);
    let words = Words::of(texts.iter().map(|(_, t)| t.as_str()));
    if let Json::Object(map) = story {
        for (key, value) in map.iter_mut() {
            if key != "theme" {
                join_all(value, &words);
            }
        }
    }
}

/// Keys whose values are the model's words, looked up, never laid out as
/// they are.
const LOOKED_UP: &[&str] = &["kind", "kinds"];

/// Joins the tokens of the theme's printed texts: its labels, footer and sheet
/// titles and guides. Not its font names, colours or file names.
pub fn prepare_theme(theme: &mut Json) {
    for key in ["labels", "footer"] {
        if let Some(value) = theme.get_mut(key) {
            join_all(value, &Words::default());
        }
    }
    if let Some(Json::Array(sheets)) = theme.get_mut("sheets") {
        for sheet in sheets {
            for key in ["title", "guide"] {
                if let Some(value) = sheet.get_mut(key) {
                    join_all(value, &Words::default());
                }
            }
        }
    }
}

fn join_all(value: &mut Json, words: &Words) {
    match value {
        Json::String(s) => {
            if let Cow::Owned(joined) = keep_words(s, words) {
                *s = joined;
            }
        }
        Json::Array(items) => items.iter_mut().for_each(|v| join_all(v, words)),
        Json::Object(map) => map
            .iter_mut()
            .filter(|(key, _)| !LOOKED_UP.contains(&key.as_str()))
            .for_each(|(_, v)| join_all(v, words)),
        _ => {}
    }
}

/// The document with every word joiner taken out of its text, so the PDF's
/// text (copy, search, screen readers) is what the team wrote. A joiner draws
/// no glyph, so nothing moves.
pub fn strip_joiners(mut document: PagedDocument) -> PagedDocument {
    // The metadata too, whatever the theme passed to `set document`.
    let info = document.info_mut();
    let clean = |s: &mut ecow::EcoString| {
        if s.contains(is_joiner) {
            *s = plain(s).into();
        }
    };
    info.title.iter_mut().for_each(clean);
    info.description.iter_mut().for_each(clean);
    info.author.iter_mut().for_each(clean);
    info.keywords.iter_mut().for_each(clean);
    if !document.pages().iter().any(|p| has_joiner(&p.frame)) {
        return document;
    }
    let mut pages = document
        .pages()
        .iter()
        .cloned()
        .collect::<ecow::EcoVec<_>>();
    for page in pages.make_mut() {
        if has_joiner(&page.frame) {
            strip_frame(&mut page.frame);
        }
    }
    PagedDocument::new(pages, document.info().clone())
}

fn has_joiner(frame: &Frame) -> bool {
    crate::frames::texts(frame)
        .iter()
        .any(|text| text.text.contains(is_joiner))
}

fn strip_frame(frame: &mut Frame) {
    if !has_joiner(frame) {
        return;
    }
    frame.retain(|item| {
        match item {
            FrameItem::Group(group) => strip_frame(&mut group.frame),
            FrameItem::Text(text) if text.text.contains(is_joiner) => {
                // A byte offset in the old text → the same place in the new one.
                // Both joiners are three bytes in UTF-8.
                let joiners: Vec<usize> =
                    text.text.match_indices(is_joiner).map(|(i, _)| i).collect();
                let shift = |offset: u16| {
                    let before = joiners.iter().take_while(|&&j| j < offset as usize).count();
                    offset - (before * JOINER.len_utf8()) as u16
                };
                for glyph in &mut text.glyphs {
                    glyph.range = shift(glyph.range.start)..shift(glyph.range.end);
                }
                // A glyph that stood for a joiner alone (shaping removes them,
                // but a font could map one) goes with it.
                text.glyphs
                    .retain(|g| !g.range.is_empty() || g.x_advance.get() != 0.0);
                text.text = plain(&text.text).into();
                return !text.glyphs.is_empty();
            }
            _ => {}
        }
        true
    });
}

/// Every text of a story's (or theme's) JSON with its field path
/// (`sheets.vision.images[2]`), word joiners taken out: for the files a story
/// names and for finding the field that holds a text.
pub fn texts_with_paths(value: &serde_json::Value) -> Vec<(String, String)> {
    fn walk(value: &serde_json::Value, path: String, out: &mut Vec<(String, String)>) {
        match value {
            serde_json::Value::String(s) => out.push((path, plain(s))),
            serde_json::Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    walk(v, format!("{path}[{i}]"), out);
                }
            }
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    let child = if path.is_empty() {
                        k.clone()
                    } else {
                        format!("{path}.{k}")
                    };
                    walk(v, child, out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, String::new(), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokens kept whole, their characters parted by |.
    fn shown(text: &str) -> String {
        keep_tokens(text)
            .replace(PHRASE_JOINER, "")
            .replace(JOINER, "|")
    }

    /// Where a line may break, as ／.
    fn breaks(text: &str) -> String {
        breaks_with(text, &Words::default())
    }

    /// As [`breaks`], with the story's own words.
    fn breaks_with(text: &str, words: &Words) -> String {
        let mut out = String::new();
        let mut glued = true;
        for c in keep_words(text, words).chars() {
            if is_joiner(c) {
                glued = true;
                continue;
            }
            if !glued && !c.is_whitespace() && !out.ends_with(char::is_whitespace) {
                out.push('／');
            }
            out.push(c);
            glued = false;
        }
        out
    }

    #[test]
    fn a_long_row_of_kanji_is_split_by_the_storys_own_words() {
        let words = Words::of(["満足度が高い", "職員の満足度"].into_iter());
        let split = keep_words("市民満足度調査の結果", &words).replace([PHRASE_JOINER, JOINER], "");
        assert_eq!(split, "市民満足度調査の結果");
        let shown = breaks_with("市民満足度調査の結果", &words);
        assert!(shown.contains("満足度"), "{shown}");
        assert!(
            !shown.contains("足／度") && !shown.contains("満／足"),
            "{shown}"
        );
    }

    #[test]
    fn a_line_keeps_its_first_phrase_together() {
        assert_eq!(leading_piece("アクションプランを作成し"), 8);
        assert_eq!(leading_piece("令和4年度からの"), 8);
        assert_eq!(leading_piece("plan ahead"), 4);
    }

    #[test]
    fn display_text_breaks_between_phrases_not_inside_words() {
        assert_eq!(
            breaks("アクションプランを作成し、ミーティングで共有する"),
            "アクションプラン／を／作成し、／ミーティング／で／共有する"
        );
        assert_eq!(breaks("若手・中堅・管理職が"), "若手・／中堅・／管理職が");
        assert_eq!(
            breaks("キーパーソンに話を聞く"),
            "キーパーソン／に／話を聞く"
        );
    }

    #[test]
    fn a_long_phrase_keeps_its_words_and_no_piece_is_longer_than_the_limit() {
        // One phrase of eleven characters: its katakana word stays whole.
        let b = breaks("フォースフィールド分析で");
        assert!(
            b.contains("フォースフィールド") || b.contains("フォースフィールド分析"),
            "{b}"
        );
        for piece in b.split(['／', ' ']) {
            assert!(piece.chars().count() <= LONGEST_WORD, "{piece} in {b}");
        }
        // Spaces always break; a label's placeholder stays as the layout
        // looks for it.
        assert_eq!(breaks("住民 と"), "住民 と");
        assert!(keep_tokens("{n}年目").starts_with("{n}"));
        // A long row of kanji breaks between its words of two; a kanji the
        // model leaves alone stays with its word.
        assert_eq!(
            breaks("新規採用職員、研修講師"),
            "新規／採用／職員、／研修講師"
        );
        assert_eq!(breaks("人事課・全職員"), "人事課・／全職員");
        // Nor where the model cuts inside a word.
        assert!(!breaks("人材育成基本方針改定の").contains("方／針"));
        assert!(!breaks("（主要手続きは100%）").contains("続／き"));
        assert!(breaks("仕組み（プロジェクトチーム、兼務").contains("プロジェクトチーム、"));
        // A token inside a phrase keeps the phrase's break before it.
        assert!(breaks("参加者10人から始め、次回を決める").starts_with("参加者／10人から"));
        // A last phrase of a character or two goes with the one before, or,
        // where that would keep too much whole, with the character before.
        assert_eq!(
            breaks("今年度中に庁内勉強会を開く"),
            "今年度中に／庁内勉強会／を開く"
        );
        assert_eq!(
            breaks("冒頭15分を「対話の時間」にする"),
            "冒頭／15分を／「対話の／時間」にする"
        );
        assert!(keep_tokens("{horizon}年後の地域の").starts_with("{horizon}"));
        assert!(keep_tokens("共同論文【{municipality}】").contains("{municipality}"));
    }

    #[test]
    fn numbers_stay_with_their_units_eras_and_prefixes() {
        assert_eq!(shown("職員の９０％が"), "職員の９|０|％が");
        assert_eq!(shown("令和4年度から"), "令|和|4|年|度から");
        assert_eq!(shown("2022年4月に"), "2|0|2|2|年|4|月に");
        assert_eq!(shown("第3回研究会"), "第|3|回研究会");
        assert_eq!(shown("約1,140人"), "約|1|,|1|4|0|人");
    }

    #[test]
    fn latin_runs_and_brackets_stay_whole() {
        assert_eq!(shown("＜ＤＸ化の加速＞"), "＜|Ｄ|Ｘ化の加速|＞");
        assert_eq!(shown("ＤＸ推進"), "Ｄ|Ｘ推進");
    }

    #[test]
    fn text_without_tokens_is_left_as_written() {
        assert_eq!(shown("みんなで考える"), "みんなで考える");
        assert!(matches!(
            keep_tokens("70% and 2022-08-23"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn the_theme_keeps_its_fonts_and_files_as_written() {
        let mut theme = serde_json::json!({
            "fonts": {"body": "ＭＳ Ｐゴシック"},
            "emblem": "市章１.png",
            "labels": {"year": "令和4年度"},
            "sheets": [{"title": "第1回", "guide": ["９０％"]}],
        });
        prepare_theme(&mut theme);
        assert_eq!(theme["fonts"]["body"], "ＭＳ Ｐゴシック");
        assert_eq!(theme["emblem"], "市章１.png");
        assert_eq!(
            theme["labels"]["year"],
            "令\u{2060}和\u{2060}4\u{2060}年\u{2060}度"
        );
        assert_eq!(theme["sheets"][0]["title"], "第\u{2060}1\u{2060}回");
        assert_eq!(theme["sheets"][0]["guide"][0], "９\u{2060}０\u{2060}％");
    }
}
