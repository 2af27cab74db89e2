//! How the command line answers bad input and misuse: exit codes and messages that
//! name the file, line, column and field.

use crate::support::*;

const HEAD: &str = "municipality: 架空市\nfiscal_year: 2021\n";

/// Runs `command` on a story and returns (exit code, stderr).
fn run_on(command: &str, yaml: &str) -> (i32, String, std::path::PathBuf, tempfile::TempDir) {
    let (dir, story) = story_in_temp(yaml);
    let output = storydeck(&[command, path_str(&story)]);
    (output.status.code().unwrap(), stderr(&output), story, dir)
}

#[test]
fn unknown_key_reports_file_line_column_field_and_suggestion() {
    let yaml = format!("{HEAD}sheets:\n  vision:\n    statement: 未来\n    imges:\n      - a\n");
    for command in ["build", "check"] {
        let (code, err, story, _dir) = run_on(command, &yaml);
        assert_eq!(code, 1, "{command}: {err}");
        assert!(
            err.contains(&format!("{}:6:5", story.display())),
            "{command}: {err}"
        );
        assert!(err.contains("unknown field `imges`"), "{err}");
        assert!(err.contains("field: sheets.vision.imges"), "{err}");
        assert!(err.contains("did you mean `images`?"), "{err}");
    }
}

#[test]
fn yaml_syntax_error_reports_position_and_field() {
    // The most common slip: `: ` inside unquoted text.
    let yaml = format!("{HEAD}sheets:\n  role:\n    aim: 目的: 組織を変える\n");
    let (code, err, story, _dir) = run_on("build", &yaml);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains(&format!("{}:5:12", story.display())), "{err}");
    assert!(err.contains("field: sheets.role\n"), "{err}");
    assert!(
        err.contains("quote text that contains `: `"),
        "a hint about quoting: {err}"
    );
}

#[test]
fn wrong_type_names_expected_shape() {
    let yaml = format!("{HEAD}sheets:\n  force_field:\n    driving: 市長の方針\n");
    let (code, err, _story, _dir) = run_on("check", &yaml);
    assert_eq!(code, 1);
    assert!(err.contains("field: sheets.force_field.driving"), "{err}");
    assert!(err.contains("expected a sequence"), "{err}");
}

#[test]
fn bad_fiscal_year_and_date_say_how_to_write_them() {
    let (code, err, _s, _d) = run_on("check", "municipality: x\nfiscal_year: 来年度\n");
    assert_eq!(code, 1);
    assert!(err.contains("令和3年度"), "{err}");
    let (code, err, _s, _d) = run_on("check", &format!("{HEAD}date: 2022-02-30\n"));
    assert_eq!(code, 1);
    assert!(
        err.contains("2022-02-15") && err.contains("field: date"),
        "{err}"
    );
}

#[test]
fn missing_required_field_is_named() {
    let (code, err, _s, _d) = run_on("check", "fiscal_year: 2021\n");
    assert_eq!(code, 1);
    assert!(err.contains("missing field `municipality`"), "{err}");
}

#[test]
fn empty_and_non_utf8_stories_are_refused() {
    let (code, err, _s, _d) = run_on("check", "\n\n");
    assert_eq!(code, 1);
    assert!(err.contains("is empty"), "{err}");
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("sjis.yaml");
    std::fs::write(
        &story,
        b"municipality: \x89\xcb\x8b\xf3\x8e\x73\nfiscal_year: 2021\n",
    )
    .unwrap();
    let output = storydeck(&["check", path_str(&story)]);
    fails_with(&output, 1, "Shift_JIS");
}

#[test]
fn missing_story_file_is_an_error_not_a_panic() {
    let output = storydeck(&["build", "no/such/story.yaml"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("cannot read story `no/such/story.yaml`"));
}

#[test]
fn failed_build_leaves_the_previous_pdf_untouched() {
    let (dir, story) = story_in_temp(&format!("{HEAD}sheets:\n  visoin: {{}}\n"));
    let out = dir.path().join("story-sheets.pdf");
    std::fs::write(&out, b"previous good PDF").unwrap();
    let output = storydeck(&["build", path_str(&story)]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(std::fs::read(&out).unwrap(), b"previous good PDF");
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(leftovers.len(), 2, "no temp files left: {leftovers:?}");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(storydeck(&[]).status.code(), Some(2));
    assert_eq!(storydeck(&["build"]).status.code(), Some(2));
    assert_eq!(
        storydeck(&["build", "x.yaml", "--deck", "nonsense"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(storydeck(&["frobnicate"]).status.code(), Some(2));
}

#[test]
fn help_of_every_subcommand_has_examples() {
    for command in ["build", "check"] {
        let output = storydeck(&[command, "--help"]);
        assert!(output.status.success());
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(
            text.contains("Examples:") && text.contains("decks/"),
            "{command}: {text}"
        );
    }
}

#[test]
fn check_accepts_the_example_and_renders_nothing() {
    let source = std::fs::read_to_string(example_story()).unwrap();
    let (dir, story) = story_in_temp(&source);
    let output = storydeck(&["check", path_str(&story), "--deny-warnings"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(String::from_utf8_lossy(&output.stdout).contains("0 warning(s)"));
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "check wrote a file"
    );
}

#[test]
fn unknown_theme_lists_what_exists() {
    let output = storydeck(&[
        "build",
        path_str(&example_story()),
        "--theme",
        "no-such-theme",
        "-o",
        "/tmp/never.pdf",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("theme `no-such-theme` not found"));
    assert!(
        stderr(&output).contains("built-in themes: default"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn output_folders_are_created() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out/nested/x.pdf");
    let output = storydeck(&["build", path_str(&example_story()), "-o", path_str(&out)]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(out.is_file());
    let all = dir.path().join("all-decks");
    let output = storydeck(&[
        "build",
        path_str(&example_story()),
        "--deck",
        "all",
        "-o",
        path_str(&all),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    for deck in ["sheets", "mayor-report", "final-session"] {
        assert!(all.join(format!("story-{deck}.pdf")).is_file(), "{deck}");
    }
}

#[test]
fn every_problem_is_reported_at_once_each_at_its_own_line() {
    let yaml = "fiscal_year: 2021\ndate: 2022-02-30\nsheets:\n  vision:\n    statment: 未来\n    images:\n      - a\n  force_field:\n    driving:\n      - how: 力だけ\n      - force: 市長の方針\n        hwo: 方針を示す\n        strength: 7\n    restraining: 多忙感\n";
    let (code, err, story, _dir) = run_on("check", yaml);
    assert_eq!(code, 1);
    let at = |line: usize| format!("{}:{line}:", story.display());
    let expected = [
        (at(2), "field: date"),
        (at(5), "field: sheets.vision.statment"),
        (at(10), "field: sheets.force_field.driving[0]"),
        (at(12), "field: sheets.force_field.driving[1].hwo"),
        (at(13), "field: sheets.force_field.driving[1].strength"),
        (at(14), "field: sheets.force_field.restraining"),
        (at(1), "missing field `municipality`"),
    ];
    for (place, what) in &expected {
        assert!(
            err.contains(place.as_str()) && err.contains(*what),
            "expected {what} at {place}:\n{err}"
        );
    }
    assert_eq!(
        err.matches("error:").count(),
        expected.len(),
        "no follow-on errors:\n{err}"
    );
    assert!(
        !err.contains("missing field `statement`"),
        "the misspelt key is one mistake:\n{err}"
    );
}

#[test]
fn check_warns_about_what_an_adviser_would_point_out() {
    let yaml = format!(
        "{HEAD}sheets:\n  vision:\n    statement: 未来\n    indicators:\n      - label: 満足度\n        current: 60%\n  force_field:\n    restraining:\n      - force: 多忙感\n      - force: 冷めた空気\n        countermeasure: 小さく始める\n  stage_diagram:\n    stages:\n      - period: R5年度\n      - period: R4年度\n  first_step:\n    groups:\n      - actor: 3人で\n"
    );
    let (code, err, story, _dir) = run_on("check", &yaml);
    assert_eq!(code, 0, "warnings alone pass: {err}");
    let at = |line: usize| format!("{}:{line}:", story.display());
    for (place, what) in [
        (at(7), "indicator `満足度` has no target"),
        (at(11), "restraining force `多忙感` has no countermeasure"),
        (at(17), "the periods should ascend"),
        (at(18), "first-step sheet (一歩踏み出すシート) has no rows"),
        (
            at(3),
            "sheet 3．これから自治体の果たすべき役割（戦略的な取り組み） is empty",
        ),
    ] {
        assert!(
            err.contains(&place) && err.contains(what),
            "expected `{what}` at {place}:\n{err}"
        );
    }
    let output = storydeck(&["check", path_str(&story), "--deny-warnings"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("denied by --deny-warnings"));
}

#[test]
fn build_writes_over_nothing_but_its_own_kind_of_file() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("s.yaml");
    std::fs::copy(example_story(), &story).unwrap();
    let original = std::fs::read(&story).unwrap();
    let path = |name: &str| dir.path().join(name);
    std::fs::write(path("notes.txt"), "the team's notes").unwrap();
    std::fs::write(path("fake.pdf"), "not a PDF").unwrap();
    std::fs::create_dir(path("folder.pdf")).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(path("notes.txt"), path("link.pdf")).unwrap();
    for (target, why) in [
        ("s.yaml", "it is the story itself"),
        ("notes.txt", "replaces no other kind"),
        ("fake.pdf", "does not look like a .pdf file storydeck wrote"),
        ("link.pdf", "it is a link"),
        ("/dev/null", "not a regular file"),
    ] {
        let out = if target.starts_with('/') {
            std::path::PathBuf::from(target)
        } else {
            path(target)
        };
        if !out.exists() && std::fs::symlink_metadata(&out).is_err() {
            continue;
        }
        let output = storydeck(&["build", path_str(&story), "-o", path_str(&out)]);
        let err = fails_with(&output, 1, why);
        assert!(err.contains("will not write"), "{err}");
    }
    assert_eq!(
        std::fs::read(&story).unwrap(),
        original,
        "the story is intact"
    );
    assert_eq!(
        std::fs::read(path("notes.txt")).unwrap(),
        b"the team's notes"
    );
    assert_eq!(std::fs::read(path("fake.pdf")).unwrap(), b"not a PDF");
    // Its own PDF it replaces, as every rebuild does.
    let pdf = path("deck.pdf");
    storydeck_ok(&["build", path_str(&story), "-o", path_str(&pdf)]);
    storydeck_ok(&["build", path_str(&story), "-o", path_str(&pdf)]);
}

#[test]
fn several_decks_into_a_file_name_are_refused_and_notes_without_slides_are_named() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.pdf");
    let output = storydeck(&[
        "build",
        path_str(&example_story()),
        "--deck",
        "all",
        "-o",
        path_str(&out),
    ]);
    fails_with(&output, 1, "names a file, but 4 decks are built");
    assert!(!out.exists(), "no folder named x.pdf");
    let output = storydeck_ok(&[
        "build",
        path_str(&example_story()),
        "--notes",
        "pdfpc",
        "-o",
        path_str(&out),
    ]);
    assert!(stderr(&output).contains("the sheets deck has no speaker notes"));
}

#[test]
fn a_build_cleans_up_what_a_killed_build_left_behind() {
    // A build killed mid-write leaves its `.storydeck-*.tmp`; the next build
    // in that folder removes it once it is old, and leaves a recent one (a
    // build running now may own it).
    let dir = tempfile::tempdir().unwrap();
    let stale = dir.path().join(".storydeck-AbC123.tmp");
    let recent = dir.path().join(".storydeck-XyZ789.tmp");
    for temp in [&stale, &recent] {
        std::fs::write(temp, vec![0u8; 1024]).unwrap();
    }
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(hour_ago)
        .unwrap();
    storydeck_ok(&[
        "build",
        path_str(&example_story()),
        "-o",
        path_str(&dir.path().join("d.pdf")),
    ]);
    assert!(!stale.exists(), "the stale temp is removed");
    assert!(recent.exists(), "a recent temp is left alone");
}

#[test]
fn a_text_that_looks_like_a_number_prints_exactly_as_written() {
    let (dir, story) = story_in_temp(
        "municipality: 架空市\nfiscal_year: 2021\nprogramme_theme: 0x10\npartner: 1.50\nsheets:\n  vision:\n    statement: 0o17\n",
    );
    let pdf = dir.path().join("x.pdf");
    storydeck_ok(&["build", path_str(&story), "-o", path_str(&pdf)]);
    let text = squashed_pages(&pdf).concat();
    for written in ["0x10", "1.50", "0o17"] {
        assert!(text.contains(written), "{written} not printed as written");
    }
}
