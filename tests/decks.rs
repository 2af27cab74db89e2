//! The mayor-report and final-session decks (issue 3): slide order and presence
//! read back from the PDFs, no empty slides for a sparse story, speaker notes.

use std::path::PathBuf;
use std::sync::OnceLock;

use crate::support::*;

/// The example built once with `--deck all --notes pdfpc` into a temp dir.
fn built() -> &'static (tempfile::TempDir, PathBuf) {
    static BUILT: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    BUILT.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let source = std::fs::read_to_string(example_story()).unwrap();
        let story = dir.path().join("story.yaml");
        std::fs::write(&story, source).unwrap();
        let output = storydeck(&[
            "build",
            path_str(&story),
            "--deck",
            "all",
            "--notes",
            "pdfpc",
        ]);
        assert!(output.status.success(), "{}", stderr(&output));
        (dir, story)
    })
}

fn deck_pages(deck: &str) -> Vec<String> {
    let (dir, _) = built();
    page_texts(&dir.path().join(format!("story-{deck}.pdf")))
        .iter()
        .map(|p| squash(p))
        .collect()
}

/// Asserts that page n (0-based) carries `expected[n]`, and that there are exactly as many pages.
/// Slides a section continues on (titled （続き）) are not counted.
fn assert_slides(deck: &str, expected: &[&str]) {
    let pages: Vec<String> = deck_pages(deck)
        .into_iter()
        .filter(|p| !p.chars().take(90).collect::<String>().contains("（続き）"))
        .collect();
    let found: Vec<String> = pages.iter().map(|p| p.chars().take(40).collect()).collect();
    assert_eq!(
        pages.len(),
        expected.len(),
        "{deck}: pages start with {found:#?}"
    );
    for (n, (page, want)) in pages.iter().zip(expected).enumerate() {
        assert!(
            page.contains(&squash(want)),
            "{deck} slide {}: expected `{want}`, page reads {}",
            n + 1,
            found[n]
        );
    }
}

/// The story slides of the example: one per sheet, the population projection
/// after sheet 2's topics, and the roadmap (its bars, then its texts) after
/// sheet 7.
const SHEET_SLIDES: [&str; 11] = [
    "1．10年後の地域のありたい姿（ビジョン）",
    "2．10年後の地域のありたい姿となりゆきの未来",
    "2．10年後の地域のありたい姿となりゆきの未来　水無瀬野市の将来人口推計",
    "3．これから自治体の果たすべき役割（戦略的な取り組み）",
    "4．人・組織づくりのあるべき姿",
    "5．人・組織づくりの現状と問題点",
    "6．推進力を活かし、抵抗力への対策を考える（フォースフィールド分析）",
    "7．現状からあるべき姿に向けての作戦（アクションプラン）の段階図",
    "7．現状からあるべき姿に向けての作戦（アクションプラン）の段階図（ロードマップ）",
    "7．現状からあるべき姿に向けての作戦（アクションプラン）の段階図（ロードマップの内容）",
    "8．まず取り組むアクションの詳細（一歩踏み出すシート）",
];

#[test]
fn all_writes_three_decks_with_default_names() {
    let (dir, _) = built();
    for deck in ["sheets", "mayor-report", "final-session"] {
        assert!(
            dir.path().join(format!("story-{deck}.pdf")).is_file(),
            "{deck}"
        );
    }
    assert!(
        !dir.path().join("story-sheets.pdfpc").exists(),
        "the sheets are not presented"
    );
}

#[test]
fn mayor_report_slides_in_order() {
    let mut expected = vec!["市長への報告", "変革ストーリーの全体像"];
    expected.extend(SHEET_SLIDES);
    // The first change and the outlook too: the team's main achievement.
    // No 今後の進め方: its dated steps and aimed state are the first-step
    // sheet's and the outlook's, both already shown.
    expected.extend([
        "小さなはじめの一歩",
        "次年度に向けた展望",
        "市長へのお願い",
        "引き続きご支援をお願いいたします",
    ]);
    assert_slides("mayor-report", &expected);
}

#[test]
fn next_steps_say_what_no_other_slide_of_the_deck_says() {
    let theme =
        theme_in_temp("extends: default\nslides:\n  mayor_report: [cover, next_steps, closing]\n");
    let compiled = compile_deck(
        &example_story(),
        Some(path_str(theme.path())),
        storydeck::Deck::MayorReport,
    )
    .unwrap();
    let out = tempfile::tempdir().unwrap();
    let pdf = out.path().join("mayor.pdf");
    std::fs::write(&pdf, compiled.pdf().unwrap()).unwrap();
    let pages = page_texts(&pdf);
    assert_eq!(pages.len(), 3, "{pages:#?}");
    // Without the first-step sheet and the outlook, the steps by date and
    // the state aimed at are said here.
    let steps = squash(&pages[1]);
    for said in [
        "今後の進め方",
        "庁内横断の勉強会「みなせ塾」を立ち上げる",
        "1年後に目指す姿",
    ] {
        assert!(steps.contains(&squash(said)), "{said}: {steps}");
    }
}

#[test]
fn mayor_report_summary_tells_the_whole_story() {
    let summary = &deck_pages("mayor-report")[1];
    for part in [
        "ありたい姿",
        "なりゆきの未来",
        "核心の問題",
        "3段階の作戦",
        "最初の一歩",
        "お願いしたいこと",
    ] {
        assert!(summary.contains(part), "{part}");
    }
    // The example sums its causes up in one line (`problems.summary`): that is
    // the core problem (without one, the first cause, as in the test below).
    assert!(
        summary.contains("なぜ職員の声が、組織を動かす力にならないのか？"),
        "the core problem is the team's own summary"
    );
}

#[test]
fn final_session_slides_in_order() {
    let mut expected = vec![
        "第6回研究会発表",
        "チームと今年度のテーマ",
        "一年間の歩み",
        // A slide for each session the story describes.
        "第1回研究会（5/13）",
        "第2回研究会（7/8）",
        "第3回研究会（9/9）",
        "第4回研究会（10/21）",
        "第5回研究会（12/9）",
        "第6回研究会（2/24）",
        "モヤモヤ指数の推移",
        "キーパーソンインタビュー",
        "一年間の気づき",
    ];
    expected.extend(SHEET_SLIDES);
    expected.extend([
        "小さなはじめの一歩",
        "次年度に向けた展望",
        "メンバーの所感",
        "ご清聴ありがとうございました",
    ]);
    assert_slides("final-session", &expected);
}

#[test]
fn the_decks_print_the_rest_of_the_story() {
    let story: serde_yaml::Value =
        serde_yaml::from_str(&std::fs::read_to_string(example_story()).unwrap()).unwrap();
    let all = deck_pages("mayor-report").join("") + &deck_pages("final-session").join("");
    let mut missing = Vec::new();
    for key in [
        "addressee",
        "journey",
        "first_change",
        "outlook",
        "asks",
        "reflections",
    ] {
        // (The activity `kind` prints as its lane's label, e.g. 人事課への報告.)
        for (k, s) in yaml_strings(&story[key], "") {
            // Dates print as 5/13 or in era form; `kind` prints as its lane's label.
            if k != "date" && k != "kind" && !all.contains(&squash(&s)) {
                missing.push(format!("{key}: {s}"));
            }
        }
    }
    assert!(missing.is_empty(), "not in either deck: {missing:#?}");
}

#[test]
fn speaker_notes_land_on_their_slides() {
    let (dir, _) = built();
    let story: serde_yaml::Value =
        serde_yaml::from_str(&std::fs::read_to_string(example_story()).unwrap()).unwrap();
    let notes = story["notes"].as_mapping().unwrap();
    for (deck, checks) in [
        (
            "mayor-report",
            vec![
                ("cover", "市長への報告"),
                ("summary", "変革ストーリーの全体像"),
                ("force_field", "フォースフィールド分析"),
                ("asks", "市長へのお願い"),
                ("closing", "引き続きご支援"),
            ],
        ),
        (
            "final-session",
            vec![
                ("cover", "第6回研究会発表"),
                ("mood", "モヤモヤ指数の推移"),
                ("vision", "ありたい姿（ビジョン）"),
                ("closing", "ご清聴ありがとうございました"),
            ],
        ),
    ] {
        let json: serde_json::Value = serde_json::from_slice(
            &std::fs::read(dir.path().join(format!("story-{deck}.pdfpc"))).unwrap(),
        )
        .unwrap();
        assert_eq!(json["pdfpcFormat"], 2);
        let pages = deck_pages(deck);
        let notes_on: Vec<(usize, &str)> = json["pages"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                (
                    p["idx"].as_u64().unwrap() as usize,
                    p["note"].as_str().unwrap(),
                )
            })
            .collect();
        for (section, slide_text) in checks {
            let note = notes[section].as_str().unwrap();
            let (idx, _) = notes_on
                .iter()
                .find(|(_, n)| *n == note)
                .unwrap_or_else(|| panic!("{deck}: no note for {section}"));
            assert!(
                pages[*idx].contains(&squash(slide_text)),
                "{deck}: the {section} note is on page {} which reads {}",
                idx + 1,
                &pages[*idx]
            );
        }
        // Sections without a slide in this deck leave no stray notes.
        assert!(notes_on.len() <= notes.len());
    }
}

/// Builds `yaml` into every deck; returns the page texts per deck.
fn build_all(yaml: &str) -> (tempfile::TempDir, Vec<Vec<String>>) {
    let (dir, story) = story_in_temp(yaml);
    let output = storydeck(&["build", path_str(&story), "--deck", "all"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let pages = ["sheets", "mayor-report", "final-session"]
        .iter()
        .map(|d| {
            page_texts(&dir.path().join(format!("story-{d}.pdf")))
                .iter()
                .map(|p| squash(p))
                .collect()
        })
        .collect();
    (dir, pages)
}

#[test]
fn a_story_without_the_optional_parts_builds_every_deck_without_empty_slides() {
    let (_dir, decks) = build_all("municipality: 架空町\nfiscal_year: 2022\n");
    assert_eq!(decks[0].len(), 8, "the sheets are a form: all eight");
    // Only the cover and the closing slide have data to show.
    assert_eq!(decks[1].len(), 2, "mayor report: {:?}", decks[1]);
    assert!(
        decks[1][0].contains("架空町の変革ストーリー") && decks[1][1].contains("引き続きご支援")
    );
    assert_eq!(decks[2].len(), 2, "final session: {:?}", decks[2]);
    assert!(decks[2][1].contains("ご清聴ありがとうございました"));
}

#[test]
fn a_partial_story_gets_exactly_the_slides_its_data_fills() {
    let yaml = "municipality: 架空町\nfiscal_year: 2022\nsheets:\n  vision:\n    statement: 海と山のまち\nasks:\n  - what: 予算の確保\njourney:\n  learnings: [対話が大切]\n";
    let (_dir, decks) = build_all(yaml);
    let titles = |pages: &Vec<String>| {
        pages
            .iter()
            .map(|p| p.chars().take(30).collect::<String>())
            .collect::<Vec<_>>()
    };
    // cover, summary (vision + ask), vision, asks, closing
    assert_eq!(decks[1].len(), 5, "{:#?}", titles(&decks[1]));
    // A town's deck asks its 町長, not a 市長.
    assert!(decks[1][3].contains("町長へのお願い") && decks[1][3].contains("予算の確保"));
    assert!(!decks[1].concat().contains("市長"));
    // cover, learnings, vision, thanks
    assert_eq!(decks[2].len(), 4, "{:#?}", titles(&decks[2]));
    assert!(decks[2][1].contains("対話が大切"));
    // Every slide between cover and closing shows some of the story's own content.
    let content = ["海と山のまち", "予算の確保", "対話が大切"];
    for deck in [&decks[1], &decks[2]] {
        for page in &deck[1..deck.len() - 1] {
            assert!(
                content.iter().any(|c| page.contains(c)),
                "a slide without story content: {page}"
            );
        }
    }
}

/// The mayor report of a corpus story, squashed: its summary slide's text and
/// every page's.
fn mayor_summary_of(fixture: &str) -> (String, Vec<String>) {
    let story = repo().join(format!("tests/fixtures/valid/{fixture}/story.yaml"));
    let compiled = compile_deck(&story, None, storydeck::Deck::MayorReport).unwrap();
    let out = tempfile::tempdir().unwrap();
    let pdf = out.path().join("m.pdf");
    std::fs::write(&pdf, compiled.pdf().unwrap()).unwrap();
    let pages = squashed_pages(&pdf);
    let summary = pages
        .iter()
        .find(|p| p.contains("変革ストーリーの全体像"))
        .expect("a summary slide")
        .clone();
    (summary, pages)
}

/// The mayor's one-slide summary says the core problem in the team's own
/// words when it wrote them (`problems.summary`), not its first cause.
#[test]
fn the_mayor_summary_takes_the_teams_own_summary_of_the_problem() {
    let (summary, _) = mayor_summary_of("variants");
    assert!(
        summary.contains("なぜ私たちは「助けて」と言えないのか？"),
        "{summary}"
    );
}

/// Without a summary of its own, the core problem is the first cause.
#[test]
fn without_its_own_summary_the_core_problem_is_the_first_cause() {
    let text = std::fs::read_to_string(example_story()).unwrap();
    let line = "    summary: なぜ職員の声が、組織を動かす力にならないのか？\n";
    assert!(text.contains(line));
    let (dir, story) = story_in_temp(&text.replace(line, ""));
    let compiled = compile_deck(&story, None, storydeck::Deck::MayorReport).unwrap();
    let pdf = dir.path().join("m.pdf");
    std::fs::write(&pdf, compiled.pdf().unwrap()).unwrap();
    let pages = squashed_pages(&pdf);
    assert!(
        pages[1].contains("忙しさから対話の時間が削られ"),
        "{}",
        pages[1]
    );
}

/// The summary is a digest: a core problem of several sentences is said by
/// its first (the whole text is on the problems' own slide), so the six
/// steps stay large enough to read when projected.
#[test]
fn the_mayor_summary_says_a_long_core_problem_by_its_first_sentence() {
    let (summary, pages) = mayor_summary_of("dense2021");
    assert!(
        summary.contains("忙しさを理由に対話の時間が削られ、互いの考えや得意を知る機会がない。"),
        "{summary}"
    );
    assert!(!summary.contains("沈黙が職場の"), "{summary}");
    // The rest is said where the causes are.
    assert!(
        pages
            .iter()
            .any(|p| p.contains("沈黙が職場の「普通」になっている"))
    );
}
