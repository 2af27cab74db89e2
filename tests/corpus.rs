//! The hard-story corpus (tests/fixtures/valid/, and the example): stories
//! modelled on the shapes real teams' sheets take — dense 2021 cells, sparse
//! sheets, the 2018 form with its own theme, a long roadmap, a 70-activity
//! year, every optional part. Every deck of every one of them is laid out with
//! nothing drawn over anything, and the sheets deck prints every text the
//! story's sheets hold.

use crate::support::*;
use serde_json::Value;
use storydeck::Deck;
use storydeck::collisions::{
    BreakScope, broken_lines, collisions, narrow_columns, nearly_empty_pages, repeated_texts,
    small_texts, text_lines,
};

#[test]
fn every_deck_of_every_corpus_story_has_nothing_drawn_over_anything() {
    let mut faults = Vec::new();
    // A label's placeholder ({municipality}), or a label's key where the label
    // was not found (kind_研究会).
    let placeholder = regex::Regex::new(r"\{[a-z_]+\}|[a-z]{2,}_\S").unwrap();
    for story in corpus() {
        for deck in Deck::ALL {
            let compiled = compile_deck(&story, None, deck)
                .unwrap_or_else(|e| panic!("{} {deck}: {e}", name(&story)));
            let texts = compiled.story().texts();
            // A label's placeholder is always filled in, and every label found.
            for line in text_lines(&compiled.document) {
                if placeholder.is_match(&line.text) {
                    faults.push(format!(
                        "{} {deck} page {}: a placeholder is printed: {}",
                        name(&story),
                        line.page,
                        line.text
                    ));
                }
            }
            let scope = if deck == Deck::Paper {
                BreakScope::Headings
            } else {
                BreakScope::All
            };
            for c in collisions(&compiled.document)
                .into_iter()
                .chain(narrow_columns(&compiled.document, texts))
                .chain(broken_lines(&compiled.document, texts, scope))
                .chain(nearly_empty_pages(&compiled.document))
                .chain(small_texts(
                    &compiled.document,
                    texts,
                    compiled.resolved_theme().config.floors.of(deck),
                ))
                .chain(repeated_texts(&compiled.document, texts))
            {
                faults.push(format!(
                    "{} {deck} page {}: {}",
                    name(&story),
                    c.page,
                    c.what
                ));
            }
            // The build reports the same findings as warnings.
            let reported = compiled
                .warnings
                .iter()
                .filter(|w| {
                    [
                        "drawn over",
                        "runs ",
                        "too faint",
                        "too narrow",
                        "breaks a word",
                        "ends its paragraph",
                        "% full",
                        "edge of a box",
                        "hidden under",
                        "pt, under the",
                        "times in this deck",
                    ]
                    .iter()
                    .any(|finding| w.message.contains(finding))
                })
                .count();
            assert_eq!(
                reported,
                0,
                "{} {deck}: {:?}",
                name(&story),
                compiled.warnings
            );
        }
    }
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

#[test]
fn the_sheets_deck_prints_every_text_of_every_corpus_story() {
    let out = tempfile::tempdir().unwrap();
    let mut missing = Vec::new();
    for story in corpus() {
        let compiled = compile_deck(&story, None, Deck::Sheets).unwrap();
        let json: Value =
            serde_json::from_slice(&compiled.data_file(storydeck::data::STORY_JSON)).unwrap();
        let pdf = out.path().join(format!("{}.pdf", name(&story)));
        std::fs::write(&pdf, compiled.pdf().unwrap()).unwrap();
        let printed = squash(&page_texts(&pdf).concat());
        // The joiners that keep tokens and phrases whole never reach the PDF's
        // text.
        assert!(
            !printed.contains(storydeck::nobreak::is_joiner),
            "{}: a word joiner in the PDF's text",
            name(&story)
        );
        let mut texts = Vec::new();
        story_texts(&json["sheets"], "sheets", &mut texts);
        assert!(
            texts.len() > 3 || name(&story) == "sparse",
            "{}",
            name(&story)
        );
        for (path, text) in texts {
            // `after:` names a sheet (where a custom sheet goes), not text.
            if path.ends_with(".after") {
                continue;
            }
            if !printed.contains(&squash(&text)) {
                missing.push(format!("{} {path}: {text}", name(&story)));
            }
        }
    }
    assert!(missing.is_empty(), "not printed:\n{}", missing.join("\n"));
}

#[test]
fn both_slide_decks_print_every_text_of_the_sheets_and_of_their_own_sections() {
    // No slide cuts a list at a fixed count: what does not fit continues on
    // further slides. The sheets are in both decks; the asks only in the mayor
    // report; the journey's words and the reflections only at the final session.
    let out = tempfile::tempdir().unwrap();
    let mut missing = Vec::new();
    for story in corpus() {
        for (deck, own) in [
            (Deck::MayorReport, &["asks", "first_change", "outlook"][..]),
            (
                Deck::FinalSession,
                &[
                    "first_change",
                    "outlook",
                    "reflections",
                    "journey.interviews",
                    "journey.learnings",
                    "journey.feedback",
                ][..],
            ),
        ] {
            let compiled = compile_deck(&story, None, deck).unwrap();
            let json: Value =
                serde_json::from_slice(&compiled.data_file(storydeck::data::STORY_JSON)).unwrap();
            let pdf = out.path().join(format!("{}-{deck}.pdf", name(&story)));
            std::fs::write(&pdf, compiled.pdf().unwrap()).unwrap();
            let printed = squash(&page_texts(&pdf).concat());
            let mut texts = Vec::new();
            story_texts(&json["sheets"], "sheets", &mut texts);
            for key in own {
                let value = key.split('.').fold(&json, |v, k| &v[k]);
                story_texts(value, key, &mut texts);
            }
            for (path, text) in texts {
                if path.ends_with(".after") {
                    continue;
                }
                if !printed.contains(&squash(&text)) {
                    missing.push(format!("{} {deck} {path}: {text}", name(&story)));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "not on a slide:\n{}",
        missing.join("\n")
    );
}

#[test]
fn slide_text_is_readable_when_projected() {
    // A 16:9 slide is 842 pt wide: nothing but the footer (the municipality
    // and page number) and charts' axis labels below 11 pt; most of each
    // slide's text (two fifths or more of its characters) at 14 pt or more.
    let mut faults = Vec::new();
    for story in corpus() {
        for deck in [Deck::MayorReport, Deck::FinalSession] {
            let compiled = compile_deck(&story, None, deck).unwrap();
            let height = compiled.document.pages()[0].frame.height().to_pt();
            let charts = chart_pages(&compiled.document);
            // The cover and the closing slide are set by their own design.
            let plain: Vec<usize> = storydeck::marks::page_starts(&compiled.document)
                .iter()
                .filter(|s| s.key == "cover" || s.key == "closing")
                .map(|s| s.page)
                .collect();
            let lines = text_lines(&compiled.document);
            // A section continued over several slides shares them evenly: no
            // page of it less than a third full (a plain flow would leave the
            // last with a line or two).
            let starts = storydeck::marks::page_starts(&compiled.document);
            let pages = compiled.document.pages().len();
            for (i, start) in starts.iter().enumerate() {
                let end = starts.get(i + 1).map_or(pages + 1, |s| s.page);
                if end - start.page < 2 {
                    continue;
                }
                for page in start.page..end {
                    let lowest = lines
                        .iter()
                        .filter(|l| {
                            l.page == page && l.baseline > 78.0 && l.baseline < height - 30.0
                        })
                        .map(|l| l.baseline)
                        .fold(78.0, f64::max);
                    let full = (lowest - 78.0) / (height - 36.0 - 78.0);
                    if full < 1.0 / 3.0 {
                        faults.push(format!(
                            "{} {deck} page {page} ({}, continued): only {:.0} % full",
                            name(&story),
                            start.title,
                            full * 100.0
                        ));
                    }
                }
            }
            for page in 1..=pages {
                // No slide without a body: text between the title and the footer.
                let has_body = lines
                    .iter()
                    .any(|l| l.page == page && l.baseline > 78.0 && l.baseline < height - 30.0);
                if !has_body && !plain.contains(&page) {
                    faults.push(format!(
                        "{} {deck} page {page}: an empty slide",
                        name(&story)
                    ));
                }
                if plain.contains(&page) {
                    continue;
                }
                let body: Vec<_> = lines
                    .iter()
                    .filter(|l| l.page == page && l.baseline < height - 30.0)
                    .collect();
                for small in body.iter().filter(|l| l.size < 11.0 - 0.01) {
                    faults.push(format!(
                        "{} {deck} page {page}: 「{}」 at {:.1} pt",
                        name(&story),
                        small.text,
                        small.size
                    ));
                }
                // A chart's labels are set by the chart: 11 pt at least, the
                // share of 14 pt text is the other slides' measure.
                if charts.contains(&page) {
                    continue;
                }
                let chars = |f: &dyn Fn(f64) -> bool| -> usize {
                    body.iter()
                        .filter(|l| f(l.size))
                        .map(|l| l.text.chars().count())
                        .sum()
                };
                let (large, all) = (chars(&|s| s >= 14.0 - 0.01), chars(&|_| true));
                // Most of it: heads and labels (問1 …, dates) may be smaller.
                if all > 0 && large * 5 < all * 2 {
                    faults.push(format!(
                        "{} {deck} page {page}: only {large} of {all} characters at 14 pt or more",
                        name(&story)
                    ));
                }
            }
        }
    }
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

/// Pages that draw the timeline or the モヤモヤ chart (their axis labels are
/// small by design; the charts' own work is separate): the journey's slides
/// (one per part of the year, titled 一年間の歩み…) and the mood slide.
fn chart_pages(document: &typst_layout::PagedDocument) -> Vec<usize> {
    let starts = storydeck::marks::page_starts(document);
    let mut pages = Vec::new();
    for (i, start) in starts.iter().enumerate() {
        if start.key == "journey" || start.key == "mood" || start.title.starts_with("一年間の歩み")
        {
            let next = starts
                .get(i + 1)
                .map_or(document.pages().len() + 1, |s| s.page);
            pages.extend(start.page..next);
        }
    }
    pages
}

#[test]
fn lines_break_as_a_japanese_typesetter_would() {
    // No line starts with a closing bracket, ＞ or a unit; no number is split
    // from its unit or its own digits across two lines.
    let closers = "＞>）)」』】〕、。％%ー";
    let mut faults = Vec::new();
    for story in corpus() {
        for deck in Deck::ALL {
            let compiled = compile_deck(&story, None, deck).unwrap();
            let json: Value =
                serde_json::from_slice(&compiled.data_file(storydeck::data::STORY_JSON)).unwrap();
            let mut written = Vec::new();
            story_texts(&json, "", &mut written);
            let story_texts: Vec<String> = written.into_iter().map(|(_, t)| t).collect();
            let lines = text_lines(&compiled.document);
            for pair in lines.windows(2) {
                let (before, line) = (&pair[0], &pair[1]);
                // The next line of the same paragraph: just below, same size,
                // starting where the paragraph's lines start.
                let pitch = line.baseline - before.baseline;
                let same_paragraph = line.page == before.page
                    && (line.size - before.size).abs() < 0.01
                    && pitch > 0.8 * line.size
                    && pitch < 2.2 * line.size
                    && line.x <= before.x + 0.5 * line.size
                    && line.x >= before.x - 3.5 * line.size;
                if !same_paragraph {
                    continue;
                }
                let first = line.text.trim_start().chars().next().unwrap_or(' ');
                let last = before.text.trim_end().chars().last().unwrap_or(' ');
                let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
                // A number split from its digits or unit: the two characters
                // were adjacent in the story (a break at a space is fine).
                let tail: String = {
                    let chars: Vec<char> = before.text.trim_end().chars().collect();
                    chars[chars.len().saturating_sub(3)..].iter().collect()
                };
                let head: String = line.text.trim_start().chars().take(2).collect();
                let joined = format!("{tail}{head}");
                let split_number = digit(last)
                    && (digit(first) || "年月日％%".contains(first))
                    && story_texts.iter().any(|t| t.contains(&joined));
                // ・ between two words (RPA・AI) must not start a line; a list's
                // ・ marker does, so only a ・ the story has inside its text counts.
                let split_dot = first == '・' && story_texts.iter().any(|t| t.contains(&joined));
                if closers.contains(first) || split_number || split_dot {
                    faults.push(format!(
                        "{} {deck} page {}: 「{}」/「{}」",
                        name(&story),
                        line.page,
                        before.text,
                        line.text
                    ));
                }
            }
        }
    }
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

#[test]
fn the_detector_catches_a_layout_that_overlaps_on_purpose() {
    let theme = repo().join("tests/fixtures/themes/overlapping");
    let compiled = compile_deck(&example_story(), Some(path_str(&theme)), Deck::Sheets).unwrap();
    let found = collisions(&compiled.document);
    for kind in [
        "is drawn over 「",
        "runs out of the box that holds it",
        "is drawn over a line",
        "runs off the page",
        "is too faint to read: contrast 1.2:1",
    ] {
        assert!(
            found.iter().any(|c| c.what.contains(kind)),
            "no `{kind}` among {found:#?}"
        );
    }
    // The narrow column, among the warnings (it takes the story's texts).
    let narrow = compiled
        .warnings
        .iter()
        .find(|w| {
            w.message.contains("too narrow") && w.message.contains("オンラインで完結する行政手続き")
        })
        .unwrap_or_else(|| panic!("no narrow column among {:#?}", compiled.warnings));
    assert!(
        narrow.message.contains("2 characters a line"),
        "{}",
        narrow.message
    );
    assert!(
        narrow
            .field
            .as_deref()
            .is_some_and(|f| f.starts_with("sheets.vision.indicators[") && f.ends_with("].label")),
        "{narrow:?}"
    );
    // A word broken at a line's end, and a paragraph's last line of two
    // characters, among the warnings.
    let broken = broken_lines(
        &compiled.document,
        compiled.story().texts(),
        BreakScope::All,
    );
    for (kind, text) in [
        ("breaks a word at the end of a line", "ペルソ"),
        ("ends its paragraph on a line of 2 character(s)", "を。"),
    ] {
        assert!(
            broken
                .iter()
                .any(|c| c.page == 1 && c.what.contains(kind) && c.what.contains(text)),
            "no `{kind}` among {broken:#?}"
        );
    }
    // Text under the sheets' floors: a sentence under 5.5 pt, a label under
    // 4.5 pt, named with the field a sentence comes from.
    let small = |needle: &str| {
        compiled
            .warnings
            .iter()
            .find(|w| w.message.contains("pt, under the") && w.message.contains(needle))
            .unwrap_or_else(|| panic!("no small `{needle}` among {:#?}", compiled.warnings))
    };
    let sentence = small("世代をこえて");
    assert!(
        sentence
            .message
            .contains("set at 4.0 pt, under the 5.5 pt a sentence needs"),
        "{}",
        sentence.message
    );
    assert_eq!(sentence.field.as_deref(), Some("sheets.vision.statement"));
    let label = small("ちいさな見出し");
    assert!(
        label
            .message
            .contains("set at 3.0 pt, under the 4.5 pt any text needs"),
        "{}",
        label.message
    );
    // The first image, printed twice (alone, and among the images in the
    // box too small for them), is named as a repeat, with its pages.
    let repeated = repeated_texts(&compiled.document, compiled.story().texts());
    assert!(
        repeated
            .iter()
            .any(|c| c.what.contains("子育て世代が市外から")
                && c.what.contains("printed 2 times in this deck (pages 1, 1)")),
        "{repeated:#?}"
    );
    // The warnings name the page, the sheet and the story field.
    let warning = compiled
        .warnings
        .iter()
        .find(|w| {
            w.message.contains("runs out of the box")
                && w.field
                    .as_deref()
                    .is_some_and(|f| f.starts_with("sheets.vision.images["))
        })
        .expect("a warning for the text out of its box, naming its field");
    assert!(
        warning
            .message
            .starts_with("page 1 (1．10年後の地域のありたい姿（ビジョン）)"),
        "{}",
        warning.message
    );
    assert!(
        warning
            .field
            .as_deref()
            .is_some_and(|f| f.starts_with("sheets.vision.images[")),
        "{warning:?}"
    );
}

#[test]
fn deny_warnings_fails_the_build_and_writes_nothing() {
    let theme = repo().join("tests/fixtures/themes/overlapping");
    let out = tempfile::tempdir().unwrap();
    let pdf = out.path().join("x.pdf");
    let story = example_story();
    let args = [
        "build",
        path_str(&story),
        "--theme",
        path_str(&theme),
        "-o",
        path_str(&pdf),
    ];
    // Without the flag: warnings, and the PDF.
    let output = storydeck_ok(&args);
    assert!(stderr(&output).contains("runs out of the box that holds it"));
    assert!(pdf.is_file());
    std::fs::remove_file(&pdf).unwrap();
    let output = storydeck(&[&args[..], &["--deny-warnings"]].concat());
    fails_with(&output, 1, "denied by --deny-warnings: nothing was written");
    assert!(!pdf.exists());
}

#[test]
fn check_lays_out_every_deck_and_reports_what_is_drawn_over_what() {
    let theme = repo().join("tests/fixtures/themes/overlapping");
    let story = example_story();
    let args = ["check", path_str(&story), "--theme", path_str(&theme)];
    let output = storydeck_ok(&args);
    let err = stderr(&output);
    assert!(
        err.contains("sheets: page 1 (1．10年後の地域のありたい姿（ビジョン）): text"),
        "{err}"
    );
    let output = storydeck(&[&args[..], &["--deny-warnings"]].concat());
    fails_with(&output, 1, "denied by --deny-warnings");
    // The example itself is clean in every deck.
    let output = storydeck_ok(&["check", path_str(&example_story())]);
    assert!(
        !stderr(&output).contains("drawn over") && !stderr(&output).contains("runs "),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_first_step_too_long_for_its_page_continues_with_its_head_and_actors() {
    let (warnings, first_step) = overflow_first_step("sheets");
    assert!(
        warnings.contains("does not fit its page: it continues on"),
        "{warnings}"
    );
    assert!(
        first_step.len() >= 2,
        "the sheet continues: {}",
        first_step.len()
    );
    // The fixture's groups: (actor, first row); 3人で has ten rows, so a page
    // break falls inside it.
    let groups = [
        ("3人で", 1),
        ("マネ友と", 11),
        ("みんなで", 14),
        ("早瀬奈央", 17),
        ("古川大地", 20),
        ("新井千晴", 23),
    ];
    let mut inside_a_group = 0;
    for (i, page) in first_step.iter().enumerate() {
        assert_eq!(page.contains("（続き）"), i > 0, "page {i}: {page}");
        // The table's head on every page.
        for head in [
            "誰が",
            "いつから",
            "誰と",
            "何を",
            "どこまで・どのように・目指す変化は",
        ] {
            assert!(page.contains(head), "page {i} lacks {head}");
        }
        // The first row on a page names its actor, even inside a group.
        let (first_row, n) = (1..=24)
            .filter_map(|n| page.find(&format!("（{n}）")).map(|at| (at, n)))
            .min()
            .expect("a numbered row");
        let (actor, start) = groups.iter().rev().find(|(_, start)| *start <= n).unwrap();
        inside_a_group += usize::from(n != *start);
        assert!(
            page[..first_row].contains(actor),
            "page {i} begins at row {n} without its actor {actor}: {}",
            &page[..first_row]
        );
    }
    assert!(inside_a_group > 0, "no page break fell inside a group");
    // Every row printed once: nothing lost, nothing doubled at a break.
    let all = first_step.iter().map(|p| p.as_str()).collect::<String>();
    for n in 1..=24 {
        assert_eq!(all.matches(&format!("（{n}）")).count(), 1, "row {n}");
    }
}

#[test]
fn a_slide_too_full_continues_titled_continued_with_its_head_repeated() {
    // The overflow story's first-step table fills several slides: each one
    // after the first says （続き） in its title and repeats the table's head,
    // and the build does not call it a fault (nothing is lost).
    let (warnings, first_step) = overflow_first_step("final-session");
    assert!(!warnings.contains("does not fit"), "{warnings}");
    assert!(first_step.len() >= 2, "{}", first_step.len());
    for (i, page) in first_step.iter().enumerate() {
        assert_eq!(page.contains("（続き）"), i > 0, "slide {i}: {page}");
        for head in ["いつから", "誰が", "誰と", "何を"] {
            assert!(page.contains(head), "slide {i} lacks {head}");
        }
    }
}

/// The overflow story's `deck` built by the CLI: what it printed on stderr, and
/// the squashed text of the pages that show sheet 8 (一歩踏み出すシート).
fn overflow_first_step(deck: &str) -> (String, Vec<String>) {
    let story = repo().join("tests/fixtures/valid/overflow/story.yaml");
    let out = tempfile::tempdir().unwrap();
    let pdf = out.path().join(format!("{deck}.pdf"));
    let output = storydeck_ok(&[
        "build",
        path_str(&story),
        "--deck",
        deck,
        "-o",
        path_str(&pdf),
    ]);
    let pages = squashed_pages(&pdf)
        .into_iter()
        .filter(|p| p.contains("一歩踏み出すシート"))
        .collect();
    (stderr(&output), pages)
}
