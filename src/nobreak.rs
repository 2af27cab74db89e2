//! Japanese line breaking beyond Typst's own kinsoku (which already keeps 」）、。
//! small kana and ー off the start of a line): a number stays with its unit and
//! its era or prefix (９０％, Ｒ４年度, 2022年4月, 第3回), a run of full-width Latin
//! letters stays whole (ＤＸ), and ＜ ＞ stay with the word they enclose.
//!
//! Typst has no "no break here" for text. Putting each such token in a `box`
//! (a show rule in the theme) did it, but every box is a paragraph of its own,
//! laid out again at every size a sheet's fitting tries: a third of a build.
//! Instead the texts the templates print reach them with a WORD JOINER (U+2060)
//! between the characters of each token; Unicode line breaking never breaks
//! beside one, and it draws nothing. [`strip_joiners`] takes them out of the
//! laid-out document again, so the PDF's text, the detector and every export see
//! the text as the team wrote it.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value as Json;
use typst::layout::{Frame, FrameItem};
use typst::model::Document;
use typst_layout::PagedDocument;

/// U+2060 WORD JOINER: no line break on either side, and no glyph.
pub const JOINER: char = '\u{2060}';

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

/// `text` as the team wrote it: without the joiners.
pub fn plain(text: &str) -> String {
    text.replace(JOINER, "")
}

/// `text` with a word joiner between the characters of every token that must
/// not break. Text without such a token comes back as it is.
pub fn keep_tokens(text: &str) -> Cow<'_, str> {
    // Unicode line breaking already keeps ASCII numbers with `%` and letters
    // with digits; only text with Japanese in it has tokens to protect.
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    let mut tokens = TOKEN.find_iter(text).peekable();
    if tokens.peek().is_none() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut last = 0;
    for token in tokens {
        out.push_str(&text[last..token.start()]);
        for (i, c) in token.as_str().chars().enumerate() {
            if i > 0 && !is_combining(c) {
                out.push(JOINER);
            }
            out.push(c);
        }
        last = token.end();
    }
    out.push_str(&text[last..]);
    Cow::Owned(out)
}

/// A mark that belongs to the character before it: no joiner goes between.
fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{3099}'..='\u{309A}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

/// Joins the tokens of every text in the story as the templates read it. The
/// story's `theme` (a name or a folder) is not printed and stays as written.
pub fn prepare_story(story: &mut Json) {
    if let Json::Object(map) = story {
        for (key, value) in map.iter_mut() {
            if key != "theme" {
                join_all(value);
            }
        }
    }
}

/// Joins the tokens of the theme's printed texts: its labels, footer and sheet
/// titles and guides. Not its font names, colours or file names.
pub fn prepare_theme(theme: &mut Json) {
    for key in ["labels", "footer"] {
        if let Some(value) = theme.get_mut(key) {
            join_all(value);
        }
    }
    if let Some(Json::Array(sheets)) = theme.get_mut("sheets") {
        for sheet in sheets {
            for key in ["title", "guide"] {
                if let Some(value) = sheet.get_mut(key) {
                    join_all(value);
                }
            }
        }
    }
}

fn join_all(value: &mut Json) {
    match value {
        Json::String(s) => {
            if let Cow::Owned(joined) = keep_tokens(s) {
                *s = joined;
            }
        }
        Json::Array(items) => items.iter_mut().for_each(join_all),
        Json::Object(map) => map.values_mut().for_each(join_all),
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
        if s.contains(JOINER) {
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
        .any(|text| text.text.contains(JOINER))
}

fn strip_frame(frame: &mut Frame) {
    if !has_joiner(frame) {
        return;
    }
    frame.retain(|item| {
        match item {
            FrameItem::Group(group) => strip_frame(&mut group.frame),
            FrameItem::Text(text) if text.text.contains(JOINER) => {
                // A byte offset in the old text → the same place in the new one.
                let joiners: Vec<usize> = text.text.match_indices(JOINER).map(|(i, _)| i).collect();
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

    fn shown(text: &str) -> String {
        keep_tokens(text).replace(JOINER, "|")
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
        assert!(matches!(keep_tokens("みんなで考える"), Cow::Borrowed(_)));
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
