//! The year-end paper (`--deck paper`): the shape published papers share,
//! from the same story as the decks, with nothing of the story left out.

use crate::support::*;
use serde_json::Value;
use storydeck::Deck;

/// Every corpus story's paper prints every text of its sheets (the figures),
/// of its journey, first change, outlook, asks, reflections and paper prose.
#[test]
fn every_corpus_paper_prints_the_whole_story() {
    let out = tempfile::tempdir().unwrap();
    let mut missing = Vec::new();
    for story in corpus() {
        let compiled = compile_deck(&story, None, Deck::Paper)
            .unwrap_or_else(|e| panic!("{}: {e}", name(&story)));
        let json: Value =
            serde_json::from_slice(&compiled.data_file(storydeck::data::STORY_JSON)).unwrap();
        let pdf = out.path().join(format!("{}.pdf", name(&story)));
        std::fs::write(&pdf, compiled.pdf().unwrap()).unwrap();
        let printed = without_page_furniture(&page_texts(&pdf));
        // Figures are numbered 1, 2, 3, … through the paper, whatever they
        // hold (a sheet that is one table is still a figure, not a table).
        let numbers = figure_numbers(&printed);
        if numbers != (1..=numbers.len()).collect::<Vec<_>>() {
            missing.push(format!("{}: figures numbered {numbers:?}", name(&story)));
        }
        let mut texts = Vec::new();
        for key in [
            "sheets",
            "team",
            "journey",
            "first_change",
            "outlook",
            "asks",
            "reflections",
            "paper",
        ] {
            story_texts(&json[key], key, &mut texts);
        }
        for (path, text) in texts {
            // `after:` names a sheet, `kind` a lane, `kinds` the lanes' order:
            // words of the model, not the team's.
            if path.ends_with(".after") || path.ends_with(".kind") || path.contains(".kinds") {
                continue;
            }
            if !printed.contains(&squash(&text)) {
                missing.push(format!("{} {path}: {text}", name(&story)));
            }
            // Each thing said once: an activity's summary in one table or its
            // own part, an adviser's words under one session.
            let once = (path.starts_with("journey.activities[") && path.ends_with(".summary"))
                || (path.starts_with("journey.feedback[") && path.ends_with(".text"));
            let times = printed.matches(&squash(&text)).count();
            if once && times > 1 {
                missing.push(format!(
                    "{} {path} printed {times} times: {text}",
                    name(&story)
                ));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "not in the paper (or more than once), or figures misnumbered:\n{}",
        missing.join("\n")
    );
}

/// The paper's text, squashed, without the running header and the page
/// number of each page, so that a paragraph continued over a page reads on.
/// The header is what every page after the contents begins with.
fn without_page_furniture(pages: &[String]) -> String {
    let pages: Vec<String> = pages.iter().map(|p| squash(p)).collect();
    let running: Vec<&String> = pages.iter().skip(2).collect();
    let header = running.first().map_or(String::new(), |first| {
        let mut common: Vec<char> = first.chars().collect();
        for page in &running[1..] {
            let n = common
                .iter()
                .zip(page.chars())
                .take_while(|(a, b)| **a == *b)
                .count();
            common.truncate(n);
        }
        common.into_iter().collect()
    });
    let number = regex::Regex::new("－[0-9]+－$").unwrap();
    pages
        .iter()
        .map(|p| {
            let p = if running.len() > 1 {
                p.strip_prefix(header.as_str()).unwrap_or(p)
            } else {
                p
            };
            number.replace(p, "").into_owned()
        })
        .collect()
}

/// The numbers of the captions (図N) in the squashed text, in order; not a
/// 段階図 followed by a sheet's number (段階図7．…).
fn figure_numbers(text: &str) -> Vec<usize> {
    text.split('図')
        .skip(1)
        .filter_map(|after| {
            let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
            let next = after[digits.len()..].chars().next();
            next.filter(|c| !matches!(c, '．' | '.'))?;
            digits.parse().ok()
        })
        .collect()
}

#[test]
fn the_examples_paper_has_its_chapters_contents_figures_and_archive_form() {
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("paper.pdf");
    let output = storydeck_ok(&[
        "build",
        path_str(&example_story()),
        "--deck",
        "paper",
        "-o",
        path_str(&pdf),
    ]);
    assert!(!stderr(&output).contains("warning"), "{}", stderr(&output));
    let pages = squashed_pages(&pdf);
    let (width, height) = page_sizes(&pdf)[0];
    assert!(
        (width - 595.3).abs() < 1.0 && (height - 841.9).abs() < 1.0,
        "A4 portrait"
    );

    // The chapters of a published paper, in order.
    let all = pages.concat();
    let mut at = 0;
    for chapter in [
        "共同論文【水無瀬野市】",
        "目次",
        "１人材マネジメント部会の概要及び活動の経過",
        "２研究会等での取組",
        "３変革ストーリー",
        "４小さなはじめの一歩と首長への提案",
        "５次年度に向けた展望",
        "６メンバーの所感",
        "付録",
    ] {
        let found = all[at..]
            .find(chapter)
            .unwrap_or_else(|| panic!("{chapter} missing or out of order"));
        at += found + chapter.len();
    }

    // One part per session the story describes, in the order of the year,
    // each with its overview, assignment, work and lesson under ア, イ, ….
    let body = pages[2..].concat();
    let sessions =
        &body[body.find("２研究会等での取組").unwrap()..body.find("３変革ストーリー").unwrap()];
    let mut at = 0;
    for (n, session) in [
        "第1回研究会（5月13日）",
        "第2回研究会（7月8日）",
        "第3回研究会（9月9日）",
    ]
    .iter()
    .enumerate()
    {
        let heading = format!("（{}）{session}", ["１", "２", "３"][n]);
        at += sessions[at..]
            .find(&heading)
            .unwrap_or_else(|| panic!("{heading} missing or out of order: {sessions}"));
        assert!(
            sessions[at..].starts_with(&format!("{heading}ア概要")),
            "{heading}"
        );
    }
    assert!(
        sessions.contains("イ事前課題自分のまちの10年後の姿を"),
        "{sessions}"
    );
    // An adviser's word said at a session goes under that session.
    let fourth = sessions.find("第4回研究会").unwrap();
    let fifth = sessions.find("第5回研究会").unwrap();
    assert!(sessions[fourth..fifth].contains("対話と助言「現状の問題を並べるだけでなく"));

    // Every heading (as bookmarked) is in the contents with the number of
    // the page it is on; pages are numbered from the first page of text,
    // after the cover and the contents.
    let first = pages.iter().position(|p| p.contains("－1－")).unwrap();
    let contents = &pages[1];
    let marks = bookmarks(&pdf);
    let mut entries = 0;
    for (level, title, page) in &marks {
        if *level > 2 {
            continue;
        }
        let title = squash(title);
        let at = contents
            .find(&title)
            .unwrap_or_else(|| panic!("「{title}」 not in the contents: {contents}"));
        let number: String = contents[at + title.len()..]
            .trim_start_matches('.')
            .chars()
            .take_while(char::is_ascii_digit)
            .collect();
        let number: usize = number
            .parse()
            .unwrap_or_else(|_| panic!("no page for 「{title}」"));
        assert_eq!(
            number + first,
            *page,
            "「{title}」 is on page {} of the PDF",
            page
        );
        assert!(
            pages[page - 1].contains(&title),
            "「{title}」 on page {page}"
        );
        entries += 1;
    }
    assert!(entries >= 20, "{marks:?}");

    // Each sheet a figure, captioned 図N シートN．title, numbered in order.
    let mut figures = Vec::new();
    for sheet in 1..=8 {
        let caption = format!("シート{sheet}．");
        let at = all
            .match_indices(&caption)
            .find(|(i, _)| all[..*i].ends_with(|c: char| c.is_ascii_digit()))
            .map(|(i, _)| i)
            .unwrap_or_else(|| panic!("no figure of sheet {sheet}"));
        let number: String = all[..at]
            .chars()
            .rev()
            .take_while(char::is_ascii_digit)
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        assert!(all[..at].ends_with(&format!("図{number}")), "sheet {sheet}");
        figures.push(number.parse::<usize>().unwrap());
    }
    assert!(figures.windows(2).all(|w| w[0] < w[1]), "{figures:?}");

    // Sheets with labels at a fraction of their text size (the population
    // chart's legend, the roadmap's years) are printed on a landscape page at
    // their own size, not shrunk into the text width.
    let sizes = page_sizes(&pdf);
    for label in ["生産年齢人口（15～64歳）", "R13"] {
        let pages_with: Vec<usize> = (0..pages.len())
            .filter(|&i| pages[i].contains(label))
            .collect();
        assert!(!pages_with.is_empty(), "{label} not printed");
        for i in pages_with {
            assert!(
                sizes[i].0 > sizes[i].1,
                "{label} on a portrait page {}",
                i + 1
            );
        }
    }

    // Filed as PDF/A-2b, a bookmark per heading.
    let xmp = xmp(&pdf);
    assert!(
        xmp.contains("<pdfaid:part>2</pdfaid:part>") || xmp.contains("pdfaid:part=\"2\""),
        "{xmp}"
    );
}

#[test]
fn a_story_written_for_the_sheets_alone_gives_a_paper_with_no_empty_chapter() {
    let text = std::fs::read_to_string(example_story()).unwrap();
    let mut story: serde_yaml::Mapping = serde_yaml::from_str(&text).unwrap();
    for key in [
        "journey",
        "first_change",
        "outlook",
        "asks",
        "reflections",
        "notes",
        "paper",
    ] {
        story.remove(key);
    }
    let (dir, path) = story_in_temp(&serde_yaml::to_string(&story).unwrap());
    let pdf = dir.path().join("paper.pdf");
    storydeck_ok(&[
        "build",
        path_str(&path),
        "--deck",
        "paper",
        "-o",
        path_str(&pdf),
    ]);
    let all = squashed_pages(&pdf).concat();
    for absent in [
        "研究会等での取組",
        "所感",
        "付録",
        "次年度に向けた展望",
        "はじめに",
        "おわりに",
    ] {
        assert!(!all.contains(absent), "{absent} without its data");
    }
    assert!(
        all.contains("変革ストーリー") && all.contains("図1"),
        "{all}"
    );
    // Every chapter has something under it: its first bookmark's next is a
    // part of it (level 2), never the next chapter.
    let marks = bookmarks(&pdf);
    for (i, (level, title, _)) in marks.iter().enumerate() {
        if *level == 1 {
            let next = marks.get(i + 1).map(|m| m.0);
            assert_eq!(next, Some(2), "chapter {title} is empty: {marks:?}");
        }
    }
}

/// The 2018 form numbers its sheets its own way (組織・人材の現状把握 is
/// sheet 3 there, the first step sheet 6): the paper's captions follow the
/// form, and a reference sheet is captioned as such, not numbered.
#[test]
fn the_2018_forms_paper_captions_its_sheets_by_the_forms_numbers() {
    let story = repo().join("tests/fixtures/valid/form2018/story.yaml");
    let compiled = compile_deck(&story, None, Deck::Paper).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("paper.pdf");
    std::fs::write(&pdf, compiled.pdf().unwrap()).unwrap();
    let all = squashed_pages(&pdf).concat();
    let mut at = 0;
    for caption in [
        "シート1．20年後の地域のありたい姿",
        "シート2．20年後の成り行きの未来",
        "シート3．組織・人材の現状把握",
        "参考．キーパーソンインタビュー",
        "シート4．20年後を見据えた組織・人材のありたい姿",
        "シート5．ありたい姿に向けたマイルストーン",
        "シート6．一歩踏み出すシート",
    ] {
        // The caption, not the sheet's own title bar: 図N right before it.
        let found = all[at..]
            .match_indices(caption)
            .map(|(i, _)| at + i)
            .find(|&i| {
                let before = all[..i].trim_end_matches(|c: char| c.is_ascii_digit());
                before.len() < i && before.ends_with('図')
            })
            .unwrap_or_else(|| panic!("no figure captioned {caption} after the last"));
        at = found + caption.len();
    }
}

#[test]
fn an_unfilled_box_is_marked_on_the_sheets_alone() {
    let story = repo().join("tests/fixtures/valid/sparse/story.yaml");
    let out = tempfile::tempdir().unwrap();
    for (deck, marked) in [
        (Deck::Sheets, true),
        (Deck::MayorReport, false),
        (Deck::FinalSession, false),
        (Deck::Paper, false),
    ] {
        let compiled = compile_deck(&story, None, deck).unwrap();
        let pdf = out.path().join(format!("{deck}.pdf"));
        std::fs::write(&pdf, compiled.pdf().unwrap()).unwrap();
        let text = page_texts(&pdf).concat();
        assert_eq!(text.contains("（未記入）"), marked, "{deck}");
    }
}
