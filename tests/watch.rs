//! `storydeck watch` (issue 7): rebuilds on save, survives a broken edit with
//! the last good PDF in place, and recovers on the next save.

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use crate::support::*;

/// Kills the watcher even when an assertion fails.
struct Watcher(Child);

impl Drop for Watcher {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Waits for a stdout line containing `needle`; returns the lines read.
fn wait_for(lines: &Receiver<String>, needle: &str) -> Vec<String> {
    let mut seen = Vec::new();
    loop {
        match lines.recv_timeout(Duration::from_secs(30)) {
            Ok(line) => {
                let found = line.contains(needle);
                seen.push(line);
                if found {
                    return seen;
                }
            }
            Err(_) => panic!("no line with `{needle}` within 30 s; saw {seen:?}"),
        }
    }
}

#[test]
fn watch_rebuilds_keeps_the_last_good_pdf_on_error_and_recovers() {
    let (dir, story) = story_in_temp(&std::fs::read_to_string(example_story()).unwrap());
    let pdf = dir.path().join("story-sheets.pdf");
    let mut child = crate::support::storydeck_command()
        .args(["watch", path_str(&story)])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let stderr = child.stderr.take().unwrap();
    let _watcher = Watcher(child);
    let (tx, lines) = channel();
    let err_tx = tx.clone();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = err_tx.send(line);
        }
    });

    wait_for(&lines, "watching");
    let good = std::fs::read(&pdf).expect("the first build wrote the PDF");

    // A broken save: the error is printed, the PDF is untouched.
    let text = std::fs::read_to_string(&story).unwrap();
    std::fs::write(
        &story,
        text.replace("fiscal_year: 令和3年度", "fiscal_year: ["),
    )
    .unwrap();
    let seen = wait_for(&lines, "the last good output is kept");
    // stderr (the diagnostic) and stdout are read by two threads: either may come first.
    if !seen.iter().any(|l| l.contains("story.yaml:7:")) {
        wait_for(&lines, "story.yaml:7:");
    }
    assert_eq!(std::fs::read(&pdf).unwrap(), good);

    // The next save rebuilds with the edit.
    std::fs::write(
        &story,
        text.replace("municipality: 水無瀬野市", "municipality: 新水無瀬野市"),
    )
    .unwrap();
    let seen = wait_for(&lines, "built sheets in");
    assert!(seen.iter().any(|l| l.contains(" ms")), "{seen:?}");
    let pages = page_texts(&pdf);
    assert!(squash(&pages[0]).contains("新水無瀬野市"), "{}", pages[0]);
}
