//! The spine (issue 2): a YAML story becomes the eight numbered sheets as one PDF.
//! Each test builds with the real binary and reads the PDF back.

use std::sync::OnceLock;

use crate::support::*;

/// A4 landscape in PDF points.
const A4_LANDSCAPE: (f32, f32) = (841.89, 595.28);

/// The example is built once and shared: (temp dir kept alive, page texts).
fn example_pages() -> &'static (tempfile::TempDir, Vec<String>) {
    static BUILT: OnceLock<(tempfile::TempDir, Vec<String>)> = OnceLock::new();
    BUILT.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("sheets.pdf");
        build_ok(&example_story(), &out);
        let pages = page_texts(&out);
        (dir, pages)
    })
}

/// `N．title` of each sheet, as the default theme numbers and names them.
fn sheet_titles(horizon: &str) -> Vec<String> {
    let theme: serde_yaml::Value = serde_yaml::from_str(
        &std::fs::read_to_string(repo().join("themes/default/theme.yaml")).unwrap(),
    )
    .unwrap();
    theme["sheet_order"]
        .as_sequence()
        .unwrap()
        .iter()
        .map(|key| {
            let sheet = &theme["sheets"][key.as_str().unwrap()];
            let title = sheet["title"]
                .as_str()
                .unwrap()
                .replace("{horizon}", horizon);
            format!("{}．{}", sheet["number"].as_str().unwrap(), title)
        })
        .collect()
}

#[test]
fn example_has_one_page_per_sheet_each_with_its_title() {
    let (_, pages) = example_pages();
    // One page per sheet; the example's sheet 7 also has the roadmap variant,
    // printed on a page of its own right after the staircase.
    let mut titles = sheet_titles("10");
    let roadmap = format!("{}（ロードマップ）", titles[6]);
    titles.insert(7, roadmap);
    assert_eq!(pages.len(), titles.len(), "one page per sheet");
    for (n, (page, title)) in pages.iter().zip(&titles).enumerate() {
        assert!(
            squash(page).contains(&squash(title)),
            "page {} lacks title {title}:\n{page}",
            n + 1
        );
        for (m, other) in titles.iter().enumerate() {
            // (Sheet 7's title is a prefix of its roadmap page's title.)
            if m != n && !other.starts_with(title.as_str()) && !title.starts_with(other.as_str()) {
                assert!(
                    !squash(page).contains(&squash(other)),
                    "page {} also shows title {other}",
                    n + 1
                );
            }
        }
        assert!(
            squash(page).contains("自治体名：水無瀬野市"),
            "page {} lacks the municipality",
            n + 1
        );
        assert!(
            squash(page).contains("地域経営をリードするための人材マネジメント部会"),
            "page {} lacks the footer:\n{page}",
            n + 1
        );
        assert!(
            squash(page).contains(&format!("{}/{}", n + 1, titles.len())),
            "page {} lacks its number",
            n + 1
        );
    }
}

#[test]
fn example_prints_every_string_of_the_story() {
    let (_, pages) = example_pages();
    let all = squash(&pages.join("\n"));
    let story: serde_yaml::Value =
        serde_yaml::from_str(&std::fs::read_to_string(example_story()).unwrap()).unwrap();
    // The sheets deck prints the cover facts and the sheets; the journey, asks and
    // the rest belong to the slide decks (tests/decks.rs).
    let mut found = Vec::new();
    for key in [
        "municipality",
        "fiscal_year",
        "programme_theme",
        "cohort",
        "partner",
        "date",
        "team",
        "sheets",
    ] {
        found.extend(yaml_strings(&story[key], key));
    }
    assert!(
        found.len() > 150,
        "the example is dense: {} strings",
        found.len()
    );
    let missing: Vec<_> = found
        .iter()
        // The date and fiscal year are printed in their Japanese form, checked below.
        .filter(|(key, _)| key != "date" && key != "fiscal_year")
        .filter(|(_, s)| !all.contains(&squash(s)))
        .collect();
    assert!(
        missing.is_empty(),
        "strings missing from the PDF: {missing:#?}"
    );
    assert!(all.contains("令和3年度"), "fiscal year in era form");
    assert!(all.contains("令和4年2月15日"), "report date in era form");
    // Population figures are printed with thousands separators.
    for figure in ["83,412", "66,880", "24,690"] {
        assert!(all.contains(figure), "population figure {figure}");
    }
}

#[test]
fn pages_are_a4_landscape_and_embed_the_japanese_font() {
    let (dir, _) = example_pages();
    let pdf = dir.path().join("sheets.pdf");
    for (n, (w, h)) in page_sizes(&pdf).into_iter().enumerate() {
        assert!(
            (w - A4_LANDSCAPE.0).abs() < 0.5 && (h - A4_LANDSCAPE.1).abs() < 0.5,
            "page {} is {w}×{h} pt",
            n + 1
        );
    }
    let fonts = font_names(&pdf);
    assert!(
        fonts.iter().any(|f| f.starts_with("BIZUDPGothic")),
        "fonts: {fonts:?}"
    );
    assert!(
        fonts.iter().any(|f| f.contains("Bold")),
        "bold face embedded: {fonts:?}"
    );
}

#[test]
fn example_builds_without_warnings_or_missing_glyphs() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.pdf");
    let output = storydeck(&["build", path_str(&example_story()), "-o", path_str(&out)]);
    assert!(output.status.success());
    assert_eq!(stderr(&output), "", "warnings (e.g. □ tofu) on the example");
}

#[test]
fn two_builds_give_identical_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.pdf"), dir.path().join("b.pdf"));
    build_ok(&example_story(), &a);
    build_ok(&example_story(), &b);
    assert!(
        std::fs::read(&a).unwrap() == std::fs::read(&b).unwrap(),
        "rebuild differs"
    );
}

#[test]
fn markup_in_story_text_prints_literally() {
    let nasty = [
        "#read(\"/etc/passwd\")",
        "$x^2$ と *強調* と _下線_",
        "閉じ括弧 ] と [開き",
        "バックスラッシュ \\ と \\n",
        "<script>alert(1)</script>",
        "#set page(fill: red) #eval(\"1\")",
        "@label と <label> と // コメント",
    ];
    let mut yaml = String::from(
        "municipality: \"#市\"\nfiscal_year: 2021\nsheets:\n  vision:\n    statement: '#read(\"/etc/passwd\")'\n    images:\n",
    );
    for s in &nasty {
        yaml.push_str(&format!("      - {}\n", serde_json::to_string(s).unwrap()));
    }
    yaml.push_str("  force_field:\n    change: '$ ] \\ #'\n");
    let (dir, story) = story_in_temp(&yaml);
    let out = dir.path().join("x.pdf");
    build_ok(&story, &out);
    let all = page_texts(&out).join("\n");
    let squashed = squash(&all);
    for s in &nasty {
        assert!(
            squashed.contains(&squash(s)),
            "`{s}` not printed literally:\n{all}"
        );
    }
    assert!(squashed.contains(&squash("$ ] \\ #")));
    assert!(squashed.contains("自治体名：#市"));
    assert!(!all.contains("root:"), "a story read a host file");
}

#[test]
fn a_story_with_only_cover_facts_renders_the_blank_form() {
    let (dir, story) =
        story_in_temp("municipality: 架空町\nfiscal_year: 2022\nhorizon_years: 20\n");
    let out = dir.path().join("x.pdf");
    build_ok(&story, &out);
    let pages = page_texts(&out);
    assert_eq!(pages.len(), 8);
    assert!(
        squash(&pages[0]).contains("1．20年後の地域のありたい姿（ビジョン）"),
        "{}",
        pages[0]
    );
    assert!(squash(&pages[0]).contains("令和4年度"));
}

#[test]
fn default_output_is_beside_the_story() {
    let source = std::fs::read_to_string(example_story()).unwrap();
    let (dir, story) = story_in_temp(&source);
    let output = storydeck(&["build", path_str(&story)]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(dir.path().join("story-sheets.pdf").is_file());
    assert!(String::from_utf8_lossy(&output.stdout).contains("story-sheets.pdf"));
}

#[test]
fn a_sheet_too_long_for_its_page_continues_with_a_marked_title() {
    let rows: String = (0..40)
        .map(|i| {
            format!(
                "          - what: 取り組みその{i}\n            how: 振り返りで確かめる（{i}）\n"
            )
        })
        .collect();
    let yaml = format!(
        "municipality: 長文町\nfiscal_year: 2021\nsheets:\n  first_step:\n    groups:\n      - actor: 3人で\n        rows:\n{rows}"
    );
    let (dir, story) = story_in_temp(&yaml);
    let out = dir.path().join("x.pdf");
    let output = storydeck(&["build", path_str(&story), "-o", path_str(&out)]);
    assert!(output.status.success(), "{}", stderr(&output));
    // Never silent: the build names the sheet and its field.
    let err = stderr(&output);
    assert!(
        err.contains("8．まず取り組むアクションの詳細（一歩踏み出すシート） does not fit its page"),
        "{err}"
    );
    assert!(err.contains("field: sheets.first_step"), "{err}");
    let pages = page_texts(&out);
    assert!(pages.len() > 8, "sheet 8 continues: {} pages", pages.len());
    let continued = squash("8．まず取り組むアクションの詳細（一歩踏み出すシート）（続き）");
    assert!(
        !squash(&pages[7]).contains(&continued),
        "the first page is not marked"
    );
    for page in &pages[8..] {
        assert!(
            squash(page).contains(&continued),
            "continuation title: {page}"
        );
    }
    let all = squash(&pages.join(""));
    for i in 0..40 {
        assert!(all.contains(&format!("取り組みその{i}")), "row {i} lost");
    }
}
