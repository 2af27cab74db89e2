//! The Typst World is a sandbox: a theme's Typst code reaches the theme's files,
//! the files of the story's folder the story names, and the story data, and
//! nothing else — no host files, no hidden files, no packages. A theme folder overrides the built-in default file by file.

use std::path::Path;

use crate::support::*;

/// A theme folder holding the default theme.yaml plus the given (path, text) files.
fn theme_with(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        repo().join("themes/default/theme.yaml"),
        dir.path().join("theme.yaml"),
    )
    .unwrap();
    for (path, text) in files {
        let target = dir.path().join(path);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(target, text).unwrap();
    }
    dir
}

fn build_with_theme(story: &Path, theme: &Path, out: &Path) -> std::process::Output {
    storydeck(&[
        "build",
        path_str(story),
        "--theme",
        path_str(theme),
        "-o",
        path_str(out),
    ])
}

#[test]
fn theme_code_cannot_read_host_files() {
    for path in [
        "/etc/passwd",
        "../../../../../../etc/passwd",
        "/story/../../etc/passwd",
    ] {
        let theme = theme_with(&[("sheets.typ", &format!("#read(\"{path}\")"))]);
        let out = theme.path().join("x.pdf");
        let output = build_with_theme(&example_story(), theme.path(), &out);
        let err = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{path}: {err}");
        assert!(!err.contains("root:"), "{path} leaked: {err}");
        assert!(
            err.contains("sheets.typ"),
            "the error names the theme file: {err}"
        );
        assert!(!out.exists());
    }
}

#[test]
fn symlink_out_of_the_story_folder_is_not_followed() {
    let theme = theme_with(&[("sheets.typ", "#read(\"/story/escape\")")]);
    let (dir, story) = story_in_temp("municipality: x\nfiscal_year: 2021\ncohort: escape\n");
    #[cfg(unix)]
    std::os::unix::fs::symlink("/etc/passwd", dir.path().join("escape")).unwrap();
    let output = build_with_theme(&story, theme.path(), &dir.path().join("x.pdf"));
    fails_with(&output, 1, "access denied");
}

#[test]
fn story_folder_files_are_served() {
    let theme = theme_with(&[("sheets.typ", "#read(\"/story/note.txt\")")]);
    let (dir, story) = story_in_temp("municipality: x\nfiscal_year: 2021\ncohort: note.txt\n");
    std::fs::write(dir.path().join("note.txt"), "ASSET-IN-STORY-FOLDER").unwrap();
    let out = dir.path().join("x.pdf");
    let output = build_with_theme(&story, theme.path(), &out);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(page_texts(&out)[0].contains("ASSET-IN-STORY-FOLDER"));
}

#[test]
fn packages_are_not_downloaded() {
    let theme = theme_with(&[("sheets.typ", "#import \"@preview/cetz:0.3.0\": *\nx")]);
    let output = build_with_theme(&example_story(), theme.path(), &theme.path().join("x.pdf"));
    fails_with(&output, 1, "packages are not available");
}

#[test]
fn a_theme_folder_overrides_one_sheet_and_keeps_the_rest() {
    let marker = "OVERRIDDEN-VISION-SHEET";
    let layout = format!("#let vision-sheet(meta, data) = [{marker}]\n");
    let theme = theme_with(&[("sheets/01-vision.typ", &layout)]);
    let out = theme.path().join("x.pdf");
    let output = build_with_theme(&example_story(), theme.path(), &out);
    assert!(output.status.success(), "{}", stderr(&output));
    let pages = page_texts(&out);
    assert_eq!(
        pages.len(),
        9,
        "eight sheets, sheet 7 with its roadmap page"
    );
    assert!(pages[0].contains(marker), "{}", pages[0]);
    assert!(
        squash(&pages[5]).contains("目指す変化"),
        "sheet 6 still from the default theme"
    );
}

#[test]
fn typst_errors_in_a_theme_point_at_its_file_and_line() {
    let theme = theme_with(&[(
        "sheets/06-force-field.typ",
        "#let force-field-sheet(meta, data) = {\n  undefined-thing\n}\n",
    )]);
    let output = build_with_theme(&example_story(), theme.path(), &theme.path().join("x.pdf"));
    let err = stderr(&output);
    assert_eq!(output.status.code(), Some(1));
    assert!(err.contains("unknown variable: undefined-thing"), "{err}");
    assert!(err.contains("06-force-field.typ:2:3"), "{err}");
}

#[test]
fn an_oversized_file_in_the_story_folder_is_refused() {
    let theme = theme_with(&[("sheets.typ", "#read(\"/story/huge.bin\")")]);
    let (dir, story) = story_in_temp("municipality: x\nfiscal_year: 2021\ncohort: huge.bin\n");
    // Sparse: 21 MB long, nothing written.
    std::fs::File::create(dir.path().join("huge.bin"))
        .unwrap()
        .set_len(21 * 1024 * 1024)
        .unwrap();
    let output = build_with_theme(&story, theme.path(), &dir.path().join("x.pdf"));
    fails_with(&output, 1, "files used in a deck are at most 20 MB");
}

#[test]
fn a_theme_reads_only_the_story_files_the_story_names_and_never_hidden_ones() {
    // A shared theme must not print what sits beside the story: files the
    // story does not name, and hidden files and folders even when named.
    let (dir, story) = story_in_temp(
        "municipality: x\nfiscal_year: 2021\ncohort: .env\npartner: .ssh/id_ed25519\n",
    );
    std::fs::write(dir.path().join("private.txt"), "SECRET-NOT-NAMED").unwrap();
    std::fs::write(dir.path().join(".env"), "SECRET-DOT-ENV").unwrap();
    std::fs::create_dir(dir.path().join(".ssh")).unwrap();
    std::fs::write(dir.path().join(".ssh/id_ed25519"), "SECRET-KEY").unwrap();
    for (path, needle) in [
        ("private.txt", "not named in the story"),
        (".env", "access denied"),
        (".ssh/id_ed25519", "access denied"),
    ] {
        let theme = theme_with(&[("sheets.typ", &format!("#read(\"/story/{path}\")"))]);
        let out = dir.path().join("x.pdf");
        let output = build_with_theme(&story, theme.path(), &out);
        let err = fails_with(&output, 1, needle);
        assert!(!err.contains("SECRET"), "{path} leaked: {err}");
        assert!(!out.exists());
    }
    // A named file that is a link to a hidden one is refused too.
    #[cfg(unix)]
    {
        let (dir2, story2) =
            story_in_temp("municipality: x\nfiscal_year: 2021\ncohort: plain.txt\n");
        std::fs::write(dir2.path().join(".env"), "SECRET-DOT-ENV").unwrap();
        std::os::unix::fs::symlink(".env", dir2.path().join("plain.txt")).unwrap();
        let theme = theme_with(&[("sheets.typ", "#read(\"/story/plain.txt\")")]);
        let output = build_with_theme(&story2, theme.path(), &dir2.path().join("x.pdf"));
        fails_with(&output, 1, "access denied");
    }
}
