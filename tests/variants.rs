//! The variants real teams' sheets take, and a theme and a story that agree:
//! what a story fills and its theme prints nowhere is named by `check`; no
//! theme and story together crash a deck; the fields every variant needs are
//! printed where they belong.

use crate::support::*;

const HEAD: &str = "municipality: 架空市\nfiscal_year: 2021\n";

/// A theme (in the story's `themes/` folder) that prints only sheet 1.
const VISION_ONLY: &str = "extends: default\nsheet_order: [vision]\n";

fn story_with_theme(yaml: &str, theme: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, story) = story_in_temp(yaml);
    let theme_dir = dir.path().join("themes/narrow");
    std::fs::create_dir_all(&theme_dir).unwrap();
    std::fs::write(theme_dir.join("theme.yaml"), theme).unwrap();
    (dir, story)
}

#[test]
fn check_names_what_the_theme_prints_nowhere() {
    let yaml = format!(
        "{HEAD}theme: narrow\nsheets:\n  vision:\n    statement: 未来\n  role:\n    aim: つなぐ役所\n  resources:\n    people:\n      present: [職員が減っている]\n"
    );
    let (_dir, story) = story_with_theme(&yaml, VISION_ONLY);
    let output = storydeck_ok(&["check", path_str(&story)]);
    let err = stderr(&output);
    for field in ["sheets.role", "sheets.resources"] {
        assert!(
            err.contains(&format!(
                "{field} is filled, but theme `narrow` prints no such sheet"
            )),
            "{field}:\n{err}"
        );
    }
    assert!(!err.contains("sheets.vision is filled"), "{err}");
    let output = storydeck(&["check", path_str(&story), "--deny-warnings"]);
    fails_with(&output, 1, "denied by --deny-warnings");
}

#[test]
fn no_theme_and_story_together_crash_a_deck() {
    // Every sheet filled, a theme that prints one: every deck still builds,
    // and the slides leave out the sheets the theme omits.
    let story = repo().join("tests/fixtures/valid/everything/story.yaml");
    let text = std::fs::read_to_string(&story).unwrap();
    let text = text.replace("theme: everything", "theme: narrow");
    let (dir, story) = story_with_theme(&text, VISION_ONLY);
    let out = dir.path().join("out");
    let output = storydeck(&[
        "build",
        path_str(&story),
        "--deck",
        "all",
        "-o",
        path_str(&out),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let slides = squash(&page_texts(&out.join("story-mayor-report.pdf")).concat());
    assert!(slides.contains("ビジョン"), "the vision slide stays");
    assert!(
        !slides.contains("フォースフィールド分析"),
        "no slide for a sheet the theme omits"
    );
}

#[test]
fn one_countermeasure_answers_every_restraining_force() {
    let forces =
        "  force_field:\n    restraining:\n      - force: 多忙感\n      - force: 前例踏襲\n";
    let yaml = format!("{HEAD}sheets:\n{forces}");
    let (_dir, story) = story_in_temp(&yaml);
    let err = stderr(&storydeck_ok(&["check", path_str(&story)]));
    assert_eq!(err.matches("has no countermeasure").count(), 2, "{err}");
    let yaml = format!("{HEAD}sheets:\n{forces}    countermeasure: 管理職が率先して相談する\n");
    let (dir, story) = story_in_temp(&yaml);
    let err = stderr(&storydeck_ok(&["check", path_str(&story)]));
    assert!(!err.contains("has no countermeasure"), "{err}");
    // And the sheet prints it.
    let pdf = dir.path().join("s.pdf");
    storydeck_ok(&["build", path_str(&story), "-o", path_str(&pdf)]);
    let text = squash(&page_texts(&pdf).concat());
    assert!(
        text.contains("抵抗力全体への対策管理職が率先して相談する"),
        "{text}"
    );
}

#[test]
fn an_interview_matrix_with_more_answers_than_questions_is_named() {
    let yaml = format!(
        "{HEAD}sheets:\n  interviews:\n    questions: [問１]\n    interviewees:\n      - who: 区長\n        answers: [答え1, 答え2]\n"
    );
    let (_dir, story) = story_in_temp(&yaml);
    let err = stderr(&storydeck_ok(&["check", path_str(&story)]));
    assert!(
        err.contains("区長 has 2 answers for 1 question(s)"),
        "{err}"
    );
    assert!(
        err.contains("sheets.interviews.interviewees[0].answers"),
        "{err}"
    );
}

#[test]
fn custom_sheets_follow_the_sheet_they_name_in_order() {
    let story = repo().join("tests/fixtures/valid/variants/story.yaml");
    let out = tempfile::tempdir().unwrap();
    let pdf = out.path().join("s.pdf");
    storydeck_ok(&["build", path_str(&story), "-o", path_str(&pdf)]);
    let pages = squashed_pages(&pdf);
    let page_of = |needle: &str| {
        pages
            .iter()
            .position(|p| p.contains(needle))
            .unwrap_or_else(|| panic!("no page has {needle}"))
    };
    let problems = page_of("5．人・組織づくりの現状と問題点");
    let custom = page_of("5-2．職員アンケートから見えたこと");
    let forces = page_of("6．推進力を活かし");
    assert_eq!((custom, forces), (problems + 1, problems + 2));
    // Its boxes: a list and a text.
    assert!(pages[custom].contains("誰に聞けばよいか分からない（33％）"));
    // A box of the team's own on sheet 8, and a small table on sheet 1.
    assert!(pages[page_of("8．まず取り組む")].contains("続けるための約束"));
    assert!(
        pages[0].contains("用語の整理言葉この物語での意味"),
        "{}",
        pages[0]
    );
}

#[test]
fn journey_dates_take_ranges_and_months() {
    let yaml = format!(
        "{HEAD}journey:\n  activities:\n    - date: 2021-08-23\n      until: 2021-08-24\n      kind: 研究会\n      title: 第3回研究会\n      summary: 二日間の合宿\n    - date: 2021-10\n      kind: チーム\n      title: 地区回り\n"
    );
    let (dir, story) = story_in_temp(&yaml);
    let pdf = dir.path().join("f.pdf");
    storydeck_ok(&[
        "build",
        path_str(&story),
        "--deck",
        "final-session",
        "-o",
        path_str(&pdf),
    ]);
    let text = squash(&page_texts(&pdf).concat());
    // The month-only date prints its month, not a made-up day.
    assert!(text.contains("10月地区回り"), "{text}");
    assert!(!text.contains("10/1地区回り"), "{text}");
    // A described session gets a slide titled with its days.
    assert!(text.contains("第3回研究会（8/23〜8/24）"), "{text}");
    assert!(text.contains("二日間の合宿"), "{text}");
    // A date that is neither a day nor a month is refused, saying both forms.
    let bad = yaml.replace("2021-10", "2021-13");
    let (_dir, story) = story_in_temp(&bad);
    fails_with(
        &storydeck(&["check", path_str(&story)]),
        1,
        "or year-month, e.g. `2022-08`",
    );
}
