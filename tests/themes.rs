//! Re-theming with no code (issue 4): shipped themes, colours, emblem, label
//! overrides, `extends` chains, override by file, fonts, and the theme commands.

use std::path::Path;

use crate::support::*;
use storydeck::{Deck, LoadOptions};

fn options(theme: &str) -> LoadOptions {
    LoadOptions {
        theme: Some(theme.to_owned()),
        ..LoadOptions::default()
    }
}

/// The error of opening the example with `options` and laying its sheets out,
/// which must fail.
fn compile_error(options: &LoadOptions) -> String {
    match open_with(&example_story(), options).and_then(|p| p.compile(Deck::Sheets, None)) {
        Ok(_) => panic!("the build was expected to fail"),
        Err(e) => e.to_string(),
    }
}

/// Page 1 of `story` in `theme`, rendered at 100 ppi: (width, height, RGBA).
fn first_page(story: &Path, theme: &str) -> (usize, usize, Vec<u8>) {
    let compiled =
        compile_deck(story, Some(theme), Deck::Sheets).unwrap_or_else(|e| panic!("{theme}: {e}"));
    let png = compiled.png(0, 100.0).expect("page 1");
    let decoder = png::Decoder::new(std::io::Cursor::new(png));
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!(info.color_type, png::ColorType::Rgba);
    buf.truncate(info.buffer_size());
    (info.width as usize, info.height as usize, buf)
}

fn pixel(img: &(usize, usize, Vec<u8>), x: usize, y: usize) -> [u8; 3] {
    let i = (y * img.0 + x) * 4;
    [img.2[i], img.2[i + 1], img.2[i + 2]]
}

fn close(a: [u8; 3], b: [u8; 3]) -> bool {
    a.iter().zip(b).all(|(&p, q)| p.abs_diff(q) <= 24)
}

fn hex(color: &str) -> [u8; 3] {
    let v = u32::from_str_radix(color.trim_start_matches('#'), 16).unwrap();
    [(v >> 16) as u8, (v >> 8) as u8, v as u8]
}

/// The colour of the rule under the sheet title: rows in the top fifth of the
/// page that are one colour across most of their width; of those, the one least
/// like white (its edge rows are anti-aliased, so lighter).
fn header_rule(img: &(usize, usize, Vec<u8>)) -> [u8; 3] {
    let uniform = |y: usize| {
        let middle = pixel(img, img.0 / 2, y);
        let same = (0..img.0)
            .filter(|&x| close(pixel(img, x, y), middle))
            .count();
        (!close(middle, [255, 255, 255]) && same * 10 > img.0 * 8).then_some(middle)
    };
    let first = (0..img.1 / 5)
        .find(|&y| uniform(y).is_some())
        .expect("no header rule found");
    (first..first + 6)
        .filter_map(uniform)
        .min_by_key(|c| c.iter().map(|&v| u32::from(v)).sum::<u32>())
        .unwrap()
}

#[test]
fn each_shipped_theme_colours_the_header_its_own_way() {
    let story = example_story();
    for (theme, primary) in [
        ("default", "#1f4e79"),
        ("mono", "#000000"),
        ("ud", "#003a80"),
        ("minaseno", "#00577a"),
        ("kitahama", "#1e5631"),
    ] {
        let rule = header_rule(&first_page(&story, theme));
        assert!(
            close(rule, hex(primary)),
            "{theme}: header rule is {rule:?}, expected {primary}"
        );
    }
}

#[test]
fn municipality_themes_show_their_label_overrides() {
    let dir = tempfile::tempdir().unwrap();
    for (theme, expected) in [
        (
            "minaseno",
            vec![
                "市名：水無瀬野市",
                "1．10年後の水無瀬野市のありたい姿（ビジョン）",
                "水無瀬野市人材育成ビジョン推進プロジェクト",
            ],
        ),
        (
            "kitahama",
            vec![
                "町名：水無瀬野市",
                "わたしたちが描く町の姿",
                "北浜町職員人材育成プロジェクト",
            ],
        ),
    ] {
        let out = dir.path().join(format!("{theme}.pdf"));
        let output = storydeck(&[
            "build",
            path_str(&example_story()),
            "--theme",
            theme,
            "-o",
            path_str(&out),
        ]);
        assert!(output.status.success(), "{}", stderr(&output));
        let first = squash(&page_texts(&out)[0]);
        for text in expected {
            assert!(
                first.contains(&squash(text)),
                "{theme}: `{text}` missing from page 1"
            );
        }
    }
}

/// A theme folder with the given files (theme.yaml included in `files`).
fn folder(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write_files(dir.path(), files);
    dir
}

fn write_files(root: &Path, files: &[(&str, &str)]) {
    for (path, text) in files {
        let target = root.join(path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(target, text).unwrap();
    }
}

const MAGENTA_EMBLEM: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#ff00ff"/></svg>"##;

#[test]
fn the_emblem_appears_in_the_header() {
    let theme = folder(&[
        (
            "theme.yaml",
            "extends: default\nemblem:\n  file: emblem.svg\n  places: [header]\n",
        ),
        ("emblem.svg", MAGENTA_EMBLEM),
    ]);
    let magenta_in_header = |img: &(usize, usize, Vec<u8>)| {
        (0..img.1 / 8).any(|y| (img.0 / 2..img.0).any(|x| close(pixel(img, x, y), [255, 0, 255])))
    };
    assert!(magenta_in_header(&first_page(
        &example_story(),
        path_str(theme.path())
    )));
    assert!(!magenta_in_header(&first_page(&example_story(), "default")));
}

#[test]
fn a_missing_emblem_file_is_named() {
    let theme = folder(&[(
        "theme.yaml",
        "extends: default\nemblem:\n  file: shou.png\n",
    )]);
    let err = compile_error(&options(path_str(theme.path())));
    assert!(err.contains("emblem file `shou.png` not found"), "{err}");
}

#[test]
fn extends_chains_resolve_child_over_parent() {
    // parent/ extends the built-in mono; child/ extends its sibling parent/.
    let root = tempfile::tempdir().unwrap();
    write_files(
        root.path(),
        &[
            (
                "parent/theme.yaml",
                "extends: mono\nlabels:\n  municipality: 市町村名\nfooter: PARENT-FOOTER\n",
            ),
            (
                "child/theme.yaml",
                "extends: parent\nfooter: CHILD-FOOTER\ncolors:\n  primary: \"#0000ff\"\n",
            ),
        ],
    );
    let child = root.path().join("child");
    let rule = header_rule(&first_page(&example_story(), path_str(&child)));
    assert!(close(rule, [0, 0, 255]), "child colour wins: {rule:?}");
    let out = root.path().join("x.pdf");
    let output = storydeck(&[
        "build",
        path_str(&example_story()),
        "--theme",
        path_str(&child),
        "-o",
        path_str(&out),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = squash(&page_texts(&out)[0]);
    assert!(
        text.contains("CHILD-FOOTER") && !text.contains("PARENT-FOOTER"),
        "child footer wins"
    );
    assert!(
        text.contains("市町村名：水無瀬野市"),
        "parent label inherited"
    );
}

#[test]
fn an_extends_loop_is_an_error() {
    let root = tempfile::tempdir().unwrap();
    write_files(
        root.path(),
        &[
            ("a/theme.yaml", "extends: b\n"),
            ("b/theme.yaml", "extends: a\n"),
        ],
    );
    let err = compile_error(&options(path_str(&root.path().join("a"))));
    assert!(err.contains("loop"), "{err}");
}

#[test]
fn a_missing_theme_lists_what_exists() {
    let output = storydeck(&[
        "build",
        path_str(&example_story()),
        "--theme",
        "nagoya",
        "-o",
        "/tmp/never.pdf",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("theme `nagoya` not found"), "{err}");
    assert!(
        err.contains("built-in themes: default, kitahama, minaseno, mono, ud"),
        "{err}"
    );
}

#[test]
fn a_missing_font_family_is_named_with_where_it_looked() {
    let theme = folder(&[(
        "theme.yaml",
        "extends: default\nfonts:\n  body: [\"Storydeck No Such Font\"]\n",
    )]);
    let err = compile_error(&options(path_str(theme.path())));
    assert!(
        err.contains("font family `Storydeck No Such Font`"),
        "{err}"
    );
    assert!(
        err.contains("fonts/") && err.contains("system"),
        "where it looked: {err}"
    );
}

#[test]
fn font_path_provides_a_family_found_nowhere_else() {
    // Storydeck Test Sans exists only in tests/fixtures/fonts (see its README).
    let theme = folder(&[(
        "theme.yaml",
        "extends: default\nfonts:\n  heading: [\"Storydeck Test Sans\"]\n",
    )]);
    let err = compile_error(&options(path_str(theme.path())));
    assert!(
        err.contains("font family `Storydeck Test Sans`"),
        "without --font-path: {err}"
    );

    let out = theme.path().join("x.pdf");
    let fonts = repo().join("tests/fixtures/fonts");
    let output = storydeck(&[
        "build",
        path_str(&example_story()),
        "--theme",
        path_str(theme.path()),
        "--font-path",
        path_str(&fonts),
        "-o",
        path_str(&out),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        font_names(&out)
            .iter()
            .any(|f| f.starts_with("StorydeckTestSans")),
        "{:?}",
        font_names(&out)
    );

    let mut opts = options(path_str(theme.path()));
    opts.font_paths = vec![fonts.join("no-such-dir")];
    let err = compile_error(&opts);
    assert!(err.contains("is not a folder"), "{err}");
}

#[test]
fn the_story_names_its_theme_and_may_keep_it_beside_itself() {
    let source = std::fs::read_to_string(example_story()).unwrap();
    let (dir, story) = story_in_temp(&format!("{source}\ntheme: town\n"));
    write_files(
        dir.path(),
        &[(
            "themes/town/theme.yaml",
            "extends: kitahama\nfooter: LOCAL-THEME-FOOTER\n",
        )],
    );
    let output = storydeck(&["build", path_str(&story)]);
    assert!(output.status.success(), "{}", stderr(&output));
    let text = squash(&page_texts(&dir.path().join("story-sheets.pdf"))[0]);
    assert!(
        text.contains("LOCAL-THEME-FOOTER") && text.contains("町名："),
        "{text}"
    );
    // --theme overrides the story's choice.
    let output = storydeck(&["build", path_str(&story), "--theme", "default"]);
    assert!(output.status.success());
    assert!(
        !squash(&page_texts(&dir.path().join("story-sheets.pdf"))[0])
            .contains("LOCAL-THEME-FOOTER")
    );
}

#[test]
fn themes_lists_every_shipped_theme_with_its_origin() {
    let output = storydeck(&["themes"]);
    assert!(output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    for name in ["default", "mono", "ud", "minaseno", "kitahama"] {
        let line = text
            .lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("{name}: {text}"));
        assert!(line.contains("built-in"), "{line}");
    }
}

#[test]
fn theme_new_writes_a_theme_yaml_that_extends_its_parent_and_then_builds() {
    let root = tempfile::tempdir().unwrap();
    let target = root.path().join("my-town");
    let output = storydeck(&["theme", "new", path_str(&target), "--from", "minaseno"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let yaml = std::fs::read_to_string(target.join("theme.yaml")).unwrap();
    assert!(
        yaml.contains("\nname: my-town\n") && yaml.contains("\nextends: minaseno\n"),
        "{yaml}"
    );
    // Every key it may change is shown, commented: the parent's and the default's.
    assert!(yaml.contains("#   primary: \"#1f4e79\""), "{yaml}");
    assert!(yaml.contains("# emblem:"), "{yaml}");
    // A theme writes only what it changes: one file.
    let files: Vec<_> = std::fs::read_dir(&target).unwrap().collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let out = root.path().join("x.pdf");
    let output = storydeck(&[
        "build",
        path_str(&example_story()),
        "--theme",
        path_str(&target),
        "-o",
        path_str(&out),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    // Refuses to overwrite.
    let again = storydeck(&["theme", "new", path_str(&target), "--from", "default"]);
    assert_eq!(again.status.code(), Some(1));
    // --copy-layouts: a copy of the default is a complete theme without the 9 MB of fonts.
    let from_default = root.path().join("plain");
    assert!(
        storydeck(&[
            "theme",
            "new",
            path_str(&from_default),
            "--from",
            "default",
            "--copy-layouts"
        ])
        .status
        .success()
    );
    assert!(from_default.join("sheets/06-force-field.typ").is_file());
    assert!(!from_default.join("fonts/BIZUDPGothic-Regular.ttf").exists());
}

#[test]
fn a_typo_in_theme_yaml_points_at_its_line() {
    let theme = folder(&[(
        "theme.yaml",
        "extends: default\ncolors:\n  primary: \"#12345\"\nlables: {}\n",
    )]);
    let err = compile_error(&options(path_str(theme.path())));
    assert!(err.contains("theme.yaml:3:"), "{err}");
    assert!(err.contains("not a colour"), "{err}");
    let theme = folder(&[("theme.yaml", "extends: default\nlables: {}\n")]);
    let err = compile_error(&options(path_str(theme.path())));
    assert!(
        err.contains("theme.yaml:2:1") && err.contains("did you mean `labels`"),
        "{err}"
    );
}

#[test]
fn a_theme_can_print_the_sheets_on_a3() {
    let theme = folder(&[("theme.yaml", "extends: default\npage:\n  sheets: a3\n")]);
    let out = theme.path().join("x.pdf");
    let output = storydeck(&[
        "build",
        path_str(&example_story()),
        "--theme",
        path_str(theme.path()),
        "-o",
        path_str(&out),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    for (w, h) in page_sizes(&out) {
        assert!(
            (w - 1190.55).abs() < 0.5 && (h - 841.89).abs() < 0.5,
            "A3 landscape, got {w}×{h}"
        );
    }
}

#[test]
fn a_theme_reorders_and_leaves_out_slides_with_no_typst_code() {
    let theme = folder(&[(
        "theme.yaml",
        "extends: default\nslides:\n  mayor_report: [cover, asks, vision, first_step, closing]\n",
    )]);
    let out = tempfile::tempdir().unwrap();
    let pdf = out.path().join("m.pdf");
    storydeck_ok(&[
        "build",
        path_str(&example_story()),
        "--deck",
        "mayor-report",
        "--theme",
        path_str(theme.path()),
        "-o",
        path_str(&pdf),
    ]);
    let heads: Vec<String> = page_texts(&pdf)
        .iter()
        .map(|p| squash(p).chars().take(40).collect())
        .collect();
    let wanted = [
        "市長への報告",
        "市長へのお願い",
        "1．10年後の地域のありたい姿",
        "8．まず取り組むアクションの詳細",
        "引き続きご支援をお願いいたします",
    ];
    assert_eq!(heads.len(), wanted.len(), "{heads:#?}");
    for (head, want) in heads.iter().zip(wanted) {
        // The cover's title comes first; its 市長への報告 is further in.
        let page = if want == "市長への報告" {
            squash(&page_texts(&pdf)[0])
        } else {
            head.clone()
        };
        assert!(page.contains(want), "{want} in {head}");
    }
}

#[test]
fn an_unknown_slide_in_a_theme_is_named_with_the_slides_there_are() {
    let theme = folder(&[(
        "theme.yaml",
        "extends: default\nslides:\n  final_session: [cover, jouney, closing]\n",
    )]);
    let error = compile_error(&options(path_str(theme.path())));
    assert!(error.contains("`jouney` is not a slide"), "{error}");
    assert!(
        error.contains("journey") && error.contains("first_change"),
        "{error}"
    );
}

#[test]
fn check_names_story_content_whose_slide_the_theme_leaves_out() {
    // The asks are printed on the mayor report's asks slide and in the
    // paper's `action` chapter; the paper's introduction only in its own.
    let theme = folder(&[(
        "theme.yaml",
        "extends: default\nslides:\n  mayor_report: [cover, sheets, closing]\npaper:\n  sections: [cover, contents, story, closing]\n",
    )]);
    let output = storydeck(&[
        "check",
        path_str(&example_story()),
        "--theme",
        path_str(theme.path()),
    ]);
    let err = stderr(&output);
    assert!(
        err.contains("asks is filled")
            && err.contains("no `asks` slide in either deck and no paper chapter"),
        "{err}"
    );
    assert!(
        err.contains("paper.introduction is filled")
            && err.contains("no `introduction` chapter in its paper"),
        "{err}"
    );
    // The closing and the sheets' explanations have their chapters.
    assert!(!err.contains("paper.closing"), "{err}");
    assert!(!err.contains("paper.sheets"), "{err}");
    // The final session still has the first change: no word about it.
    assert!(!err.contains("first_change is filled"), "{err}");
}

/// Builds `deck` of `story` with `theme` into a temp folder: (stderr, page texts).
fn build_with_theme(story: &Path, deck: &str, theme: &Path) -> (String, Vec<String>) {
    let out = tempfile::tempdir().unwrap();
    let pdf = out.path().join("d.pdf");
    let output = storydeck_ok(&[
        "build",
        path_str(story),
        "--deck",
        deck,
        "--theme",
        path_str(theme),
        "-o",
        path_str(&pdf),
    ]);
    (stderr(&output), squashed_pages(&pdf))
}

#[test]
fn a_cap_keeps_a_slide_short_and_says_what_it_left_out() {
    // The theme keeps the final session's feedback to two entries; the 70-
    // activity year has thirteen. The slide says ほか 11 件, the build warns
    // naming the field and count, and the mayor report (uncapped) is unchanged.
    let story = repo().join("tests/fixtures/valid/year70/story.yaml");
    let theme = folder(&[(
        "theme.yaml",
        "extends: default\nslides:\n  caps:\n    final_session: { journey.feedback: 2 }\n",
    )]);
    let (err, pages) = build_with_theme(&story, "final-session", theme.path());
    let text = pages.concat();
    assert!(text.contains("ほか11件"), "no ほか 11 件 on the slides");
    assert!(text.contains(&squash("最初の半年はモヤモヤして当然。")));
    assert!(!text.contains(&squash("ビジョンが総合計画の写しになっています。")));
    assert!(
        err.contains("final-session slides show 2 of the 13 items of `journey.feedback`")
            && err.contains("11 left out by a cap"),
        "{err}"
    );
    // A sheet's list names the sheet that holds it all.
    let theme = folder(&[(
        "theme.yaml",
        "extends: default\nslides:\n  caps:\n    mayor_report: { sheets.first_step.rows: 1 }\n",
    )]);
    let (err, pages) = build_with_theme(&story, "mayor-report", theme.path());
    assert!(pages.concat().contains("ほか1件→シート8"), "{pages:#?}");
    assert!(err.contains("`sheets.first_step.rows`"), "{err}");
    let (err, pages) = build_with_theme(&story, "final-session", theme.path());
    assert!(
        !pages.concat().contains("ほか"),
        "the final session is not capped"
    );
    assert!(!err.contains("left out by a cap"), "{err}");
}

#[test]
fn a_story_caps_its_own_decks_over_the_theme() {
    let yaml = std::fs::read_to_string(repo().join("tests/fixtures/valid/year70/story.yaml"))
        .unwrap()
        + "\ncaps:\n  final_session: { journey.feedback: 5 }\n";
    let (_dir, story) = story_in_temp(&yaml);
    let theme = folder(&[(
        "theme.yaml",
        "extends: default\nslides:\n  caps:\n    final_session: { journey.feedback: 2, journey.learnings: 1 }\n",
    )]);
    let (err, pages) = build_with_theme(&story, "final-session", theme.path());
    let text = pages.concat();
    // The story's 5 over the theme's 2; the theme's learnings cap still holds.
    assert!(text.contains("ほか8件"), "feedback capped at the story's 5");
    assert!(
        text.contains("ほか6件"),
        "learnings capped at the theme's 1"
    );
    assert!(
        err.contains("show 5 of the 13 items of `journey.feedback`"),
        "{err}"
    );
    // A misspelt field is an error naming the fields there are.
    let (_dir, bad) = story_in_temp(
        "municipality: 架空町\nfiscal_year: 2024\ncaps:\n  mayor_report: { journey.feedbak: 2 }\n",
    );
    let output = storydeck(&["check", path_str(&bad)]);
    let err = fails_with(&output, 1, "journey.feedbak");
    assert!(
        err.contains("journey.feedback") && err.contains(":4:"),
        "{err}"
    );
}

#[test]
fn theme_fonts_are_read_confined_bounded_and_named_when_broken() {
    type MakeFont = Box<dyn Fn(&Path)>;
    let cases: Vec<(&str, MakeFont, &str)> = vec![
        (
            "a link out of the theme",
            Box::new(|fonts: &Path| {
                #[cfg(unix)]
                std::os::unix::fs::symlink("/etc/passwd", fonts.join("Out.ttf")).unwrap();
            }),
            "points outside the theme folder",
        ),
        (
            "a sparse 100 MB font",
            Box::new(|fonts: &Path| {
                std::fs::File::create(fonts.join("Huge.ttf"))
                    .unwrap()
                    .set_len(100 << 20)
                    .unwrap();
            }),
            "a font file is at most 64 MB",
        ),
        (
            "a damaged font",
            Box::new(|fonts: &Path| {
                std::fs::write(fonts.join("Broken.otf"), b"not a font at all").unwrap();
            }),
            "is not a font storydeck can read",
        ),
    ];
    for (what, make, needle) in cases {
        let theme = folder(&[("theme.yaml", "extends: default\n")]);
        let fonts = theme.path().join("fonts");
        std::fs::create_dir(&fonts).unwrap();
        make(&fonts);
        let error = compile_error(&options(path_str(theme.path())));
        assert!(error.contains(needle), "{what}: {error}");
        assert!(error.contains("fonts/"), "{what}: names the file: {error}");
    }
}

#[test]
fn a_long_extends_chain_and_a_linked_theme_yaml_are_named_for_what_they_are() {
    // Seventeen themes in a row, with no loop: named as too long, not a loop.
    let root = tempfile::tempdir().unwrap();
    for i in 0..=17 {
        let parent = if i == 0 {
            "default".to_owned()
        } else {
            format!("t{}", i - 1)
        };
        write_files(
            root.path(),
            &[(&format!("t{i}/theme.yaml"), &format!("extends: {parent}\n"))],
        );
    }
    let error = compile_error(&options(path_str(&root.path().join("t17"))));
    assert!(
        error.contains("a chain of more than 16 themes") && !error.contains("loop"),
        "{error}"
    );
    // A theme.yaml that is a link out of its folder.
    #[cfg(unix)]
    {
        let outside = tempfile::tempdir().unwrap();
        std::fs::write(outside.path().join("theme.yaml"), "extends: default\n").unwrap();
        let theme = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(
            outside.path().join("theme.yaml"),
            theme.path().join("theme.yaml"),
        )
        .unwrap();
        let error = compile_error(&options(path_str(theme.path())));
        assert!(
            error.contains("is a link that leads outside the theme folder"),
            "{error}"
        );
    }
}

#[test]
fn a_text_size_out_of_range_points_at_its_line_in_theme_yaml() {
    let theme = folder(&[("theme.yaml", "extends: default\nsizes:\n  largest: 400\n")]);
    let error = compile_error(&options(path_str(theme.path())));
    assert!(
        error.contains("theme.yaml:3:3") && error.contains("between 4 and 40 pt"),
        "{error}"
    );
}

/// A theme overriding a list of layouts with one key left out: the build fails
/// at the line of the override that looks the key up, never prints nothing.
#[test]
fn a_theme_missing_a_layout_fails_at_its_own_file_and_line() {
    let cases = [
        ("sheets/all.typ", "  role: role-sheet,\n", Deck::Sheets),
        (
            "slides/story.typ",
            "  role: deck => role-slide(deck),\n",
            Deck::MayorReport,
        ),
    ];
    for (file, entry, deck) in cases {
        let default = std::fs::read_to_string(repo().join("themes/default").join(file)).unwrap();
        assert!(default.contains(entry), "{file} has `{}`", entry.trim());
        let theme = folder(&[
            ("theme.yaml", "extends: default\n"),
            (file, &default.replace(entry, "")),
        ]);
        let error = match open_with(&example_story(), &options(path_str(theme.path())))
            .and_then(|project| project.compile(deck, None))
        {
            Ok(_) => panic!("{file}: the build was expected to fail"),
            Err(e) => e.to_string(),
        };
        let overridden = theme.path().join(file).display().to_string();
        assert!(error.contains(&format!("{overridden}:")), "{file}: {error}");
        assert!(error.contains("\"role\""), "{file}: {error}");
    }
}

/// The layout docs/themes.md shows a theme author (sheet 6 in plain Typst:
/// parts, one that grows, panels), taken from the page itself: it builds with
/// nothing drawn over anything, prints the story's forces, and its growing
/// part takes what the page has left, so the band under it stands at the foot.
#[test]
fn the_documented_sheet_override_in_plain_typst_fills_its_page() {
    let docs = std::fs::read_to_string(repo().join("docs/themes.md")).unwrap();
    let start = docs
        .find("```typst\n")
        .expect("docs/themes.md shows a layout")
        + "```typst\n".len();
    let layout: String = docs[start..][..docs[start..].find("```").unwrap()]
        .lines()
        .map(|l| l.strip_prefix("  ").unwrap_or(l))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(!layout.contains("stretch"), "{layout}");
    let theme = folder(&[
        ("theme.yaml", "extends: default\n"),
        ("sheets/06-force-field.typ", &layout),
    ]);
    let compiled = open_with(&example_story(), &options(path_str(theme.path())))
        .and_then(|project| project.compile(Deck::Sheets, None))
        .unwrap_or_else(|e| panic!("{e}\n{layout}"));
    assert!(
        storydeck::collisions::collisions(&compiled.document).is_empty(),
        "{:?}",
        compiled.warnings
    );
    let lines = storydeck::collisions::text_lines(&compiled.document);
    let page_of = |needle: &str| {
        lines
            .iter()
            .find(|l| squash(&l.text).contains(needle))
            .unwrap_or_else(|| panic!("「{needle}」 printed"))
    };
    let force = page_of("若手職員の変わりたいという思い");
    let band = page_of("目指す変化");
    assert_eq!(force.page, band.page);
    let page_height = compiled.document.pages()[band.page - 1]
        .frame
        .height()
        .to_pt();
    assert!(
        band.baseline > page_height * 0.8,
        "the band under the growing part at {:.0} pt of {page_height:.0}",
        band.baseline
    );
}

/// A layout written for the flag earlier themes took (`stretch => …`) is named
/// as such, not laid out as a function's name.
#[test]
fn a_layout_of_the_old_stretch_flag_is_told_what_changed() {
    let theme = folder(&[
        ("theme.yaml", "extends: default\n"),
        (
            "sheets/01-vision.typ",
            "#let vision-sheet(meta, data) = stretch => [x]\n",
        ),
    ]);
    let error = match open_with(&example_story(), &options(path_str(theme.path())))
        .and_then(|project| project.compile(Deck::Sheets, None))
    {
        Ok(_) => panic!("a layout returning a function was laid out"),
        Err(e) => e.to_string(),
    };
    assert!(
        error.contains("returns its content") && error.contains("theme-layouts"),
        "{error}"
    );
}

/// The measuring is lib/fit.typ's: no sheet, slide or deck file of the default
/// theme takes the flag earlier layouts took, or mentions it.
#[test]
fn no_layout_outside_the_library_mentions_the_measuring_flag() {
    let root = repo().join("themes/default");
    let mut files = Vec::new();
    for dir in [root.clone(), root.join("sheets"), root.join("slides")] {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "typ") {
                files.push(path);
            }
        }
    }
    assert!(files.len() >= 20, "{files:?}");
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            !text.contains("stretch"),
            "{} mentions `stretch`",
            path.display()
        );
    }
}
