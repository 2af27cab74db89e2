//! Batch builds (issue 7): many stories in parallel, folders and glob patterns,
//! failures collected and reported at the end with a non-zero exit.

use std::path::Path;

use crate::support::*;

const SMALL: &str = "municipality: 架空市\nfiscal_year: 2022\nsheets:\n  vision:\n    statement: だれもが暮らし続けられるまち\n";

/// `root/<name>/story.yaml` for each name; `broken` gets a story with an error.
fn stories(root: &Path, good: &[&str], broken: &str) {
    for name in good {
        let dir = root.join(name);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("story.yaml"),
            SMALL.replace("架空市", &format!("{name}市")),
        )
        .unwrap();
    }
    let dir = root.join(broken);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("story.yaml"),
        "municipality: 壊れ市\nfiscal_year: 2022\nsheets:\n  vison: {}\n",
    )
    .unwrap();
}

#[test]
fn a_folder_builds_every_story_and_reports_the_failure_at_the_end() {
    let root = tempfile::tempdir().unwrap();
    let decks = root.path().join("decks");
    stories(&decks, &["aoba", "kita"], "bad");
    // A story's own theme folder is not mistaken for a story.
    std::fs::create_dir_all(decks.join("aoba/themes/t")).unwrap();
    std::fs::write(decks.join("aoba/themes/t/theme.yaml"), "name: t\n").unwrap();
    let out = root.path().join("out");
    let output = storydeck(&[
        "build",
        path_str(&decks),
        "--deck",
        "all",
        "-j",
        "2",
        "-o",
        path_str(&out),
    ]);
    // One story failed.
    let err = fails_with(&output, 1, "built 8 decks from 2 of 3 stories");
    assert!(err.contains("1 failed:"), "{err}");
    assert!(
        err.contains("bad/story.yaml: "),
        "the summary names the story: {err}"
    );
    assert!(
        err.contains("bad/story.yaml:4:"),
        "with the full diagnostic: {err}"
    );
    assert!(!err.contains("theme.yaml"), "{err}");
    // Outputs mirror the stories' folders, so two story.yaml never collide.
    for name in ["aoba", "kita"] {
        for deck in ["sheets", "mayor-report", "final-session"] {
            let pdf = out.join(name).join(format!("story-{deck}.pdf"));
            assert!(pdf.exists(), "{}", pdf.display());
        }
        let text = squash(&page_texts(&out.join(name).join("story-sheets.pdf")).join(""));
        assert!(text.contains(&format!("{name}市")), "each story's own PDF");
    }
    assert!(!out.join("bad").exists());
}

#[test]
fn glob_patterns_and_several_files_build_beside_each_story() {
    let root = tempfile::tempdir().unwrap();
    stories(root.path(), &["a", "b", "c"], "z");
    let pattern = root.path().join("[abc]/story.yaml");
    let output = storydeck_ok(&["build", path_str(&pattern), "-j", "1"]);
    assert!(
        stderr(&output).contains("built 3 decks from 3 of 3 stories"),
        "{}",
        stderr(&output)
    );
    for name in ["a", "b", "c"] {
        assert!(root.path().join(name).join("story-sheets.pdf").exists());
    }
    assert!(!root.path().join("z/story-sheets.pdf").exists());

    // Files named one by one; a missing one is a failure like any other.
    let a = root.path().join("a/story.yaml");
    let missing = root.path().join("nope/story.yaml");
    let output = storydeck(&["build", path_str(&a), path_str(&missing)]);
    let err = fails_with(&output, 1, "built 1 decks from 1 of 2 stories");
    assert!(err.contains("nope/story.yaml"), "{err}");
}

#[test]
fn a_pattern_or_folder_without_stories_is_an_error() {
    let root = tempfile::tempdir().unwrap();
    let pattern = root.path().join("*/story.yaml");
    let output = storydeck(&["build", path_str(&pattern)]);
    fails_with(&output, 1, "no story matches this pattern");
    let output = storydeck(&["build", path_str(root.path())]);
    fails_with(&output, 1, "no story (.yaml) in");
}

#[test]
fn zero_jobs_is_a_usage_error() {
    let story = example_story();
    let output = storydeck(&["build", path_str(&story), "-j", "0"]);
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn stories_with_their_own_themes_each_get_their_own_layout() {
    // Workers share parsed theme files; one theme's sheets.typ must never be
    // served to another story's build.
    let root = tempfile::tempdir().unwrap();
    let names = ["a", "b", "c", "d"];
    for name in names {
        let dir = root.path().join(name);
        let theme = dir.join("themes/t");
        std::fs::create_dir_all(&theme).unwrap();
        std::fs::write(theme.join("theme.yaml"), "name: t\n").unwrap();
        std::fs::write(
            theme.join("sheets.typ"),
            format!("#import \"lib/common.typ\": *\n#show: setup\nLAYOUT-{name}\n"),
        )
        .unwrap();
        std::fs::write(dir.join("story.yaml"), format!("{SMALL}theme: t\n")).unwrap();
    }
    let output = storydeck_ok(&["build", path_str(root.path()), "-j", "2"]);
    assert!(stderr(&output).contains("built 4 decks from 4 of 4 stories"));
    for name in names {
        let text = page_texts(&root.path().join(name).join("story-sheets.pdf")).join("");
        assert_eq!(squash(&text), format!("LAYOUT-{name}"), "{name}");
    }
}

#[cfg(unix)]
#[test]
fn a_folder_batch_follows_no_link_to_a_folder() {
    // Two links back up would loop forever; a link out would build the same
    // story again and again. Only the real story is built, once.
    let root = tempfile::tempdir().unwrap();
    let team = root.path().join("team");
    std::fs::create_dir(&team).unwrap();
    std::fs::copy(example_story(), team.join("story.yaml")).unwrap();
    std::os::unix::fs::symlink(root.path(), team.join("up")).unwrap();
    std::os::unix::fs::symlink(&team, team.join("again")).unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    let dir = root.path().to_owned();
    std::thread::spawn(move || {
        let _ = tx.send(storydeck(&["build", path_str(&dir), "--deck", "sheets"]));
    });
    let output = rx
        .recv_timeout(std::time::Duration::from_secs(60))
        .expect("the batch ends");
    assert!(output.status.success(), "{}", stderr(&output));
    let out = stdout(&output);
    assert_eq!(out.matches("wrote ").count(), 1, "{out}");
}
