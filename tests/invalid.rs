//! A corpus of invalid stories (tests/fixtures/invalid): each `<case>.yaml` must be
//! refused by `storydeck check` with exit status 1, without a panic, and with every
//! line of `<case>.expect` in its messages, and of `<case>.ja.expect` in its
//! messages under a Japanese locale. The expectations were written by hand:
//! they say what a user needs to read, not what the program happened to print.

use std::path::{Path, PathBuf};

use crate::support::*;

fn corpus() -> Vec<PathBuf> {
    let dir = repo().join("tests/fixtures/invalid");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    cases.sort();
    cases
}

#[test]
fn every_invalid_story_is_refused_with_its_message() {
    let cases = corpus();
    assert!(cases.len() >= 60, "the corpus has {} cases", cases.len());
    let mut failures = Vec::new();
    for story in &cases {
        let expect = std::fs::read_to_string(story.with_extension("expect"))
            .unwrap_or_else(|_| panic!("{} has no .expect file", story.display()));
        let output = storydeck(&["check", path_str(story)]);
        let err = stderr(&output);
        let name = story.file_name().unwrap().to_string_lossy();
        if output.status.code() != Some(1) {
            failures.push(format!("{name}: exit {:?}\n{err}", output.status.code()));
            continue;
        }
        if err.contains("panicked") {
            failures.push(format!("{name}: panicked\n{err}"));
        }
        for line in expect.lines().filter(|l| !l.is_empty()) {
            // `story.yaml:5:` stands for this case's file name.
            let wanted = line.replace("story.yaml", &name);
            if !err.contains(&wanted) {
                failures.push(format!("{name}: missing `{wanted}` in:\n{err}"));
            }
        }
        // `<case>.ja.expect`: what a Japanese user reads (LANG=ja_JP.UTF-8).
        let Ok(expect_ja) = std::fs::read_to_string(story.with_extension("ja.expect")) else {
            failures.push(format!("{name} has no .ja.expect"));
            continue;
        };
        let output = storydeck_env(&["check", path_str(story)], &[("LANG", "ja_JP.UTF-8")]);
        let err = stderr(&output);
        if output.status.code() != Some(1) {
            failures.push(format!(
                "{name} (ja): exit {:?}\n{err}",
                output.status.code()
            ));
        }
        for line in expect_ja.lines().filter(|l| !l.is_empty()) {
            let wanted = line.replace("story.yaml", &name);
            if !err.contains(&wanted) {
                failures.push(format!("{name} (ja): missing `{wanted}` in:\n{err}"));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

#[test]
fn a_huge_story_is_refused_before_it_is_parsed() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("huge.yaml");
    let mut text =
        String::from("municipality: 架空市\nfiscal_year: 2021\njourney:\n  learnings:\n");
    while text.len() < 5 * 1024 * 1024 {
        text.push_str("    - 対話を重ねることで職員の本音が少しずつ見えてきた\n");
    }
    std::fs::write(&story, text).unwrap();
    let output = storydeck(&["check", path_str(&story)]);
    fails_with(&output, 1, "the limit is 4194304");
}

#[test]
fn a_story_larger_than_the_limit_is_not_read_whole() {
    // A sparse 3 GiB file and an endless device: refused after the limit's
    // worth of bytes, not read to the end (or until memory runs out).
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("huge.yaml");
    std::fs::File::create(&story)
        .unwrap()
        .set_len(3 << 30)
        .unwrap();
    for path in [story.as_path(), Path::new("/dev/zero")] {
        if !path.exists() {
            continue;
        }
        let output = storydeck(&["check", path_str(path)]);
        fails_with(&output, 1, "the limit is 4194304 bytes");
    }
}

#[test]
fn control_characters_never_reach_the_terminal_raw() {
    // ESC and BEL in a story (raw, or written as YAML escapes in a key) could
    // retitle the terminal, clear it or hide the message: they are shown
    // escaped, as \u{1b}, and never sent.
    for yaml in [
        "municipality: 町\u{1b}]0;pwned\u{7}\nfiscal_year: 2021\n",
        "municipality: 町\nfiscal_year: 2021\n\"bad\\e[2Jkey\": 1\n",
        "municipality: 町\nfiscal_year: 2021\nbad\u{1b}[31mkey: 1\n",
    ] {
        let (_dir, story) = story_in_temp(yaml);
        for command in ["check", "build"] {
            let output = storydeck(&[command, path_str(&story)]);
            assert_eq!(output.status.code(), Some(1));
            let raw = [&output.stderr[..], &output.stdout[..]].concat();
            assert!(
                !raw.iter().any(|&b| b == 0x1b || b == 0x07),
                "{command}: a raw control character in: {}",
                String::from_utf8_lossy(&raw)
            );
        }
    }
}

#[test]
fn a_snippet_shows_a_window_of_a_long_line_not_all_of_it() {
    let yaml = format!(
        "municipality: 町\nfiscal_year: 2021\nprogramme_theme: {}\n",
        "あ".repeat(20_000)
    );
    let (_dir, story) = story_in_temp(&yaml);
    let output = storydeck(&["check", path_str(&story)]);
    let err = fails_with(&output, 1, ":3:18");
    assert!(err.len() < 4000, "{} bytes of message", err.len());
    assert!(err.contains("programme_theme"), "{err}");
}

#[test]
fn mistakes_are_located_where_an_editor_shows_them() {
    // (story, where the error is, what it says): CRLF and CR-only line ends,
    // an invisible character, a tab in the indentation of line 2.
    let cases = [
        (
            "municipality: 架空市\r\nfiscal_year: 2021\r\nsheets:\r\n  vision:\r\n    statement: x\r\n    bogus: 1\r\n",
            ":6:5",
            "unknown field `bogus`",
        ),
        (
            "municipality: 架空市\rfiscal_year: 2021\rsheets:\r  vision:\r    statement: x\r    bogus: 1\r",
            ":6:5",
            "unknown field `bogus`",
        ),
        (
            "municipality: 架空市\nfiscal_year: 2021\nprogramme_theme: ab\u{0}cd\n",
            ":3:20",
            "invisible character (U+0000)",
        ),
        (
            "municipality: 架空市\nfiscal_year: 2021\nprogramme_theme: ab\u{7f}cd\n",
            ":3:20",
            "invisible character (U+007F)",
        ),
        (
            "municipality: 架空市\nfiscal_year: 2021\nprogramme_theme: ab\u{ffff}cd\n",
            ":3:20",
            "invisible character (U+FFFF)",
        ),
        (
            "municipality: 架空市\n\tfiscal_year: 2021\n",
            ":2:1",
            "indented with a tab",
        ),
    ];
    for (yaml, at, says) in cases {
        let (_dir, story) = story_in_temp(yaml);
        let output = storydeck(&["check", path_str(&story)]);
        let err = fails_with(&output, 1, says);
        assert!(err.contains(&format!("story.yaml{at}")), "{yaml:?}: {err}");
        // One error, not the same one twice or a false "missing field".
        assert_eq!(err.matches("error:").count(), 1, "{yaml:?}: {err}");
    }
}
