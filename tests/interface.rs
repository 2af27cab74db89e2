//! What a Japanese officer meets first: the help, the usage errors, `guide`,
//! `init` and the commands that take a story, in Japanese and English.

use crate::support::*;

const JA: &[(&str, &str)] = &[("LANG", "ja_JP.UTF-8")];

#[test]
fn help_is_japanese_under_a_japanese_locale_with_no_english_left_from_clap() {
    for command in [
        vec!["--help"],
        vec!["build", "--help"],
        vec!["check", "--help"],
        vec!["init", "--help"],
        vec!["theme", "new", "--help"],
        vec!["help", "watch"],
    ] {
        let output = storydeck_env(&command, JA);
        assert!(output.status.success(), "{command:?}");
        let help = stdout(&output);
        assert!(help.contains("使い方:"), "{command:?}:\n{help}");
        assert!(help.contains("オプション:"), "{command:?}:\n{help}");
        for english in [
            "Usage:",
            "Options:",
            "Print help",
            "[default:",
            "possible values",
        ] {
            assert!(
                !help.contains(english),
                "{command:?} says `{english}`:\n{help}"
            );
        }
    }
    let build = stdout(&storydeck_env(&["build", "--help"], JA));
    assert!(build.contains("mayor-report: 首長報告"), "{build}");
    assert!(
        build.contains("［既定: sheets］") || build.contains("既定: sheets"),
        "{build}"
    );
}

#[test]
fn lang_option_overrides_the_locale() {
    let english = stdout(&storydeck_env(&["check", "--help", "--lang", "en"], JA));
    assert!(
        english.contains("Usage:") && !english.contains("使い方"),
        "{english}"
    );
    let japanese = stdout(&storydeck(&["--lang", "ja", "check", "--help"]));
    assert!(japanese.contains("使い方:"), "{japanese}");
    // LC_ALL outranks LANG, as in every POSIX program.
    let output = storydeck_env(
        &["--help"],
        &[("LANG", "en_US.UTF-8"), ("LC_ALL", "ja_JP.UTF-8")],
    );
    assert!(stdout(&output).contains("使い方:"));
}

#[test]
fn a_story_given_without_a_command_suggests_build() {
    let output = storydeck_env(&["story.yaml"], JA);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.contains("エラー: `story.yaml` という storydeck のコマンドはありません"),
        "{err}"
    );
    assert!(err.contains("storydeck build story.yaml"), "{err}");
    let output = storydeck(&["story.yaml"]);
    let err = stderr(&output);
    assert!(
        err.contains("error: `story.yaml` is not a storydeck command"),
        "{err}"
    );
    assert!(err.contains("storydeck build story.yaml"), "{err}");
}

#[test]
fn usage_errors_say_what_is_wrong_in_the_users_language() {
    let output = storydeck_env(&["build", "x.yaml", "--dekc", "all"], JA);
    assert_eq!(output.status.code(), Some(2));
    let err = stderr(&output);
    assert!(
        err.contains("`--dekc` というオプションはここでは使えません"),
        "{err}"
    );
    assert!(err.contains("`--deck` のことですか？"), "{err}");
    assert!(err.contains("storydeck build --help"), "{err}");
    let output = storydeck_env(&["build", "x.yaml", "--deck", "al"], JA);
    let err = stderr(&output);
    assert!(err.contains("`al` は --deck"), "{err}");
    assert!(
        err.contains("sheets, mayor-report, final-session, paper, all"),
        "{err}"
    );
    let output = storydeck_env(&["build", "x.yaml", "--ppi", "0"], JA);
    let err = stderr(&output);
    assert!(err.contains("1 から 2400 までの数"), "{err}");
    let output = storydeck(&["build", "x.yaml", "--ppi", "0"]);
    assert!(stderr(&output).contains("between 1 and 2400"));
}

#[test]
fn check_watch_and_emit_take_a_folder_holding_one_story() {
    let (dir, story) = story_in_temp(&std::fs::read_to_string(example_story()).unwrap());
    let output = storydeck(&["check", path_str(dir.path())]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains(path_str(&story)));
    let elsewhere = tempfile::tempdir().unwrap();
    let project = elsewhere.path().join("project");
    let output = storydeck(&["emit", path_str(dir.path()), "-o", path_str(&project)]);
    assert!(output.status.success(), "{}", stderr(&output));
    // Two stories: which one is meant is not guessed.
    std::fs::copy(&story, dir.path().join("other.yaml")).unwrap();
    let output = storydeck_env(&["check", path_str(dir.path())], JA);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("ストーリーが 2 つあります"), "{err}");
    assert!(
        err.contains("other.yaml") && err.contains("story.yaml"),
        "{err}"
    );
}

#[test]
fn init_writes_a_whole_year_for_the_municipality() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("kakuu");
    let output = storydeck_env(
        &[
            "init",
            path_str(&dir),
            "--municipality",
            "架空町",
            "--fiscal-year",
            "令和4年度",
        ],
        JA,
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("を作りました"),
        "{}",
        stdout(&output)
    );
    let yaml = std::fs::read_to_string(dir.join("story.yaml")).unwrap();
    assert!(yaml.contains("\naddressee: 町長\n"), "{yaml}");
    assert!(
        yaml.contains("\ndate:\n"),
        "the date is left to the team:\n{yaml}"
    );
    assert_eq!(
        yaml.matches("  - name: （氏名）").count(),
        3,
        "three members"
    );
    for part in [
        "\njourney:",
        "\nfirst_change:",
        "\noutlook:",
        "\nasks:",
        "\nreflections:",
        "\nnotes:",
    ] {
        assert!(yaml.contains(part), "no {part}");
    }
    // Every sheet, with the form's guide questions as Japanese comments.
    for sheet in [
        "vision:",
        "drift_future:",
        "role:",
        "ideal_state:",
        "problems:",
        "force_field:",
        "stage_diagram:",
        "first_step:",
    ] {
        assert!(yaml.contains(&format!("\n  {sheet}\n")), "no {sheet}");
    }
    assert!(yaml.contains("storydeck guide"), "{yaml}");
    // The untouched story is valid and builds every deck.
    let output = storydeck(&[
        "build",
        path_str(&dir),
        "--deck",
        "all",
        "-o",
        path_str(root.path()),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
}

#[test]
fn init_names_the_mayor_after_the_municipality() {
    for (municipality, addressee) in [
        ("架空市", "市長"),
        ("架空村", "村長"),
        ("架空区", "区長"),
        ("架空県", "知事"),
    ] {
        let root = tempfile::tempdir().unwrap();
        let output = storydeck(&[
            "init",
            path_str(root.path()),
            "--municipality",
            municipality,
        ]);
        assert!(output.status.success(), "{}", stderr(&output));
        let yaml = std::fs::read_to_string(root.path().join("story.yaml")).unwrap();
        assert!(
            yaml.contains(&format!("\naddressee: {addressee}\n")),
            "{municipality}"
        );
    }
}

#[test]
fn guide_lists_its_topics_and_prints_one_in_the_users_language() {
    let index = storydeck_env(&["guide"], JA);
    assert!(index.status.success());
    let index = stdout(&index);
    for topic in ["story", "typing", "journey", "sheets.force_field", "themes"] {
        assert!(index.contains(topic), "{topic} not listed:\n{index}");
    }
    let journey = stdout(&storydeck_env(&["guide", "journey"], JA));
    assert!(
        journey.contains("activities") && journey.contains("研究会"),
        "{journey}"
    );
    assert!(!journey.contains("<!--"), "{journey}");
    let english = stdout(&storydeck(&["guide", "journey"]));
    assert!(english.contains("dated activities"), "{english}");
    // The sheet's own name finds it too.
    let vision = storydeck(&["guide", "vision"]);
    assert!(vision.status.success());
    assert!(stdout(&vision).contains("sheets.vision"));
    let wrong = storydeck_env(&["guide", "journy"], JA);
    assert_eq!(wrong.status.code(), Some(1));
    let err = stderr(&wrong);
    assert!(err.contains("`journy` というトピックはありません"), "{err}");
    assert!(err.contains("`journey` のことですか？"), "{err}");
}

/// A story with a few slips of a Japanese input method that YAML accepts:
/// each is read as meant, or named, at its place.
const SLIPS: &str = "municipality: 架空町
fiscal_year: 令和4年度
horizon_years: １０
sheets:
  force_field:
    change: 対話が生まれる
    driving:
      - force: 市長の方針
        how: 研修で伝える
        strength: ４
  role:
    groups:
      - heading: 対話
        items: [住民対話、職員研修]
";

#[test]
fn full_width_numbers_are_read_as_numbers_and_list_commas_named() {
    let (_dir, story) = story_in_temp(SLIPS);
    let output = storydeck(&["check", path_str(&story)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let err = stderr(&output);
    assert!(
        err.contains("`４` is typed with full-width digits; it is read as 4"),
        "{err}"
    );
    assert!(
        err.contains("`１０` is typed with full-width digits; it is read as 10"),
        "{err}"
    );
    assert!(err.contains("story.yaml:10:19"), "at the digit: {err}");
    assert!(
        err.contains("`、` inside [ ] does not separate items"),
        "{err}"
    );
    let output = storydeck_env(&["check", path_str(&story)], JA);
    let err = stderr(&output);
    assert!(
        err.contains("`４` は全角の数字です。4 として読みました"),
        "{err}"
    );
    assert!(
        err.contains("[ ] の中の「、」は項目の区切りになりません"),
        "{err}"
    );
    // The number is the number: a strength of 4 is no strength of 40.
    let output = storydeck(&["check", path_str(&story), "--deny-warnings"]);
    assert_eq!(output.status.code(), Some(1));
    // build says what check says.
    let out = tempfile::tempdir().unwrap();
    let output = storydeck(&[
        "build",
        path_str(&story),
        "-o",
        path_str(&out.path().join("x.pdf")),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("full-width digits"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn an_untouched_init_story_is_refused_by_deny_warnings_naming_its_placeholders() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("town");
    assert!(
        storydeck(&["init", path_str(&dir), "--municipality", "架空市"])
            .status
            .success()
    );
    let output = storydeck(&["check", path_str(&dir), "--deny-warnings"]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(
        err.contains("placeholder （今年度の研究会テーマ） is still here"),
        "{err}"
    );
    assert!(err.contains("field: programme_theme"), "{err}");
    assert!(err.contains("field: team[2].name"), "{err}");
    assert!(err.contains("field: sheets.vision.statement"), "{err}");
    assert!(err.contains("field: reflections[0].text"), "{err}");
    let output = storydeck_env(&["check", path_str(&dir), "--deny-warnings"], JA);
    let err = stderr(&output);
    assert!(
        err.contains("警告: 仮の文 （今年度の研究会テーマ） が残っています"),
        "{err}"
    );
    assert!(err.contains("項目: programme_theme"), "{err}");
    assert!(err.contains("件の警告をエラーとしました"), "{err}");
    // build warns too, and refuses with --deny-warnings before writing anything.
    let pdf = root.path().join("x.pdf");
    let output = storydeck(&[
        "build",
        path_str(&dir),
        "-o",
        path_str(&pdf),
        "--deny-warnings",
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("placeholder （氏名） is still here"));
    assert!(!pdf.exists());
}

#[test]
fn theme_and_output_problems_are_told_in_japanese() {
    let output = storydeck_env(
        &["check", path_str(&example_story()), "--theme", "nagoya"],
        JA,
    );
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(
        err.contains("エラー: テーマ `nagoya` が見つかりません"),
        "{err}"
    );
    assert!(err.contains("組み込みのテーマ: "), "{err}");
    // An unquoted colour: YAML reads `#…` as a comment.
    let theme = theme_in_temp("colors:\n  primary: #2d6a4f\n");
    let output = storydeck_env(
        &[
            "check",
            path_str(&example_story()),
            "--theme",
            path_str(theme.path()),
        ],
        JA,
    );
    let err = stderr(&output);
    assert!(
        err.contains("色が空です。引用符のない「#」から後はコメントになります"),
        "{err}"
    );
    assert!(err.contains("theme.yaml:2:"), "{err}");
    let output = storydeck(&[
        "check",
        path_str(&example_story()),
        "--theme",
        path_str(theme.path()),
    ]);
    assert!(stderr(&output).contains("a `#` without quotes starts a comment"));
    // Writing over the story itself is refused, in the user's language.
    let (_dir, story) = story_in_temp(&std::fs::read_to_string(example_story()).unwrap());
    let output = storydeck_env(&["build", path_str(&story), "-o", path_str(&story)], JA);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(
        err.contains("には書きません: ストーリーそのものです"),
        "{err}"
    );
}
