//! Bounded and safe (issue 14): hostile stories and themes end within a minute
//! with exit 1 and a message naming the limit, under a 4 GB address-space limit
//! (`prlimit --as`, where util-linux has it) — never a hang, an abort or a
//! machine out of memory.

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use crate::support::*;

/// Runs storydeck under a 4 GB address-space limit (when `prlimit` exists),
/// asserting it ends within 60 s.
fn limited(args: &[&str]) -> Output {
    let binary = env!("CARGO_BIN_EXE_storydeck");
    let prlimit = ["/usr/bin/prlimit", "/bin/prlimit"]
        .into_iter()
        .find(|p| Path::new(p).exists());
    let mut command = match prlimit {
        Some(prlimit) => {
            let mut c = Command::new(prlimit);
            c.arg("--as=4294967296").arg(binary);
            c
        }
        None => Command::new(binary),
    };
    command
        .args(args)
        .env("NO_COLOR", "1")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    let started = Instant::now();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(command.output().expect("storydeck runs"));
    });
    let output = rx
        .recv_timeout(Duration::from_secs(60))
        .unwrap_or_else(|_| panic!("storydeck {args:?} ran past 60 s"));
    assert!(started.elapsed() < Duration::from_secs(60));
    output
}

/// A folder theme over the default with one sheets.typ of `code`.
fn theme_running(code: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("theme.yaml"), "extends: default\n").unwrap();
    std::fs::write(dir.path().join("sheets.typ"), code).unwrap();
    dir
}

#[test]
fn theme_code_that_loops_or_hoards_memory_is_stopped_with_a_message() {
    let story = example_story();
    let out = tempfile::tempdir().unwrap();
    let pdf = out.path().join("x.pdf");
    for (code, timeout, needle) in [
        (
            "#for i in range(10000) { for j in range(10000) { for k in range(10000) { } } }",
            "2",
            "the time limit was reached",
        ),
        (
            "#let a = range(1000000000)\n#a.len()",
            "60",
            "the memory limit of",
        ),
        (
            "#let s = \"ab\"\n#for i in range(60) { s = s + s }\n#s.len()",
            "60",
            "the memory limit of",
        ),
    ] {
        let theme = theme_running(code);
        let output = limited(&[
            "build",
            path_str(&story),
            "--theme",
            path_str(theme.path()),
            "--timeout",
            timeout,
            "-o",
            path_str(&pdf),
        ]);
        let err = fails_with(&output, 1, needle);
        // The message names the theme's folder, so a user knows whose code it is.
        assert!(
            err.contains(&theme.path().display().to_string()),
            "{code}: {err}"
        );
        assert!(!pdf.exists(), "nothing written");
    }
}

/// A PNG whose header claims `width` × `height` pixels (its data is tiny).
fn png_claiming(width: u32, height: u32) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = b"IHDR".to_vec();
    ihdr.extend(width.to_be_bytes());
    ihdr.extend(height.to_be_bytes());
    ihdr.extend([8, 2, 0, 0, 0]);
    png.extend(13u32.to_be_bytes());
    png.extend(&ihdr);
    png.extend(crc32fast::hash(&ihdr).to_be_bytes());
    png.extend(0u32.to_be_bytes());
    png.extend(b"IEND");
    png.extend(crc32fast::hash(b"IEND").to_be_bytes());
    png
}

#[test]
fn an_image_claiming_billions_of_pixels_is_refused_before_decoding() {
    // A theme's emblem and a file the story names, each a few bytes long and
    // claiming 65535 × 65535 pixels (13 GB once decoded).
    let bomb = png_claiming(65535, 65535);
    let theme = tempfile::tempdir().unwrap();
    std::fs::write(
        theme.path().join("theme.yaml"),
        "extends: default\nemblem:\n  file: emblem.png\n",
    )
    .unwrap();
    std::fs::write(theme.path().join("emblem.png"), &bomb).unwrap();
    let out = tempfile::tempdir().unwrap();
    let output = limited(&[
        "build",
        path_str(&example_story()),
        "--theme",
        path_str(theme.path()),
        "-o",
        path_str(&out.path().join("x.pdf")),
    ]);
    fails_with(
        &output,
        1,
        "is 65535 × 65535 pixels; an image is at most 40 million pixels",
    );

    let (dir, story) = story_in_temp("municipality: x\nfiscal_year: 2021\ncohort: photo.png\n");
    std::fs::write(dir.path().join("photo.png"), &bomb).unwrap();
    let theme = theme_running("#image(\"/story/photo.png\")");
    let output = limited(&[
        "build",
        path_str(&story),
        "--theme",
        path_str(theme.path()),
        "-o",
        path_str(&out.path().join("y.pdf")),
    ]);
    fails_with(&output, 1, "65535 × 65535 pixels");
}

#[test]
fn small_stories_that_would_cost_gigabytes_are_refused_at_load() {
    let many_images = format!(
        "municipality: 架空市\nfiscal_year: 2021\nsheets:\n  vision:\n    statement: x\n    images:\n{}",
        "      - a\n".repeat(100_000)
    );
    let zalgo = format!(
        "municipality: 架空市\nfiscal_year: 2021\njourney:\n  learnings:\n{}",
        format!("    - \"a{}\"\n", "\u{301}".repeat(4999)).repeat(60)
    );
    let years: Vec<String> = (0..2000).map(|y| (1800 + y % 400).to_string()).collect();
    let values = vec!["1"; 2000].join(", ");
    let series: String = (0..50)
        .map(|i| format!("        - {{ label: 系列{i}, values: [{values}] }}\n"))
        .collect();
    let population = format!(
        "municipality: 架空市\nfiscal_year: 2021\nsheets:\n  drift_future:\n    population:\n      years: [{}]\n      series:\n{series}",
        years.join(", ")
    );
    for (yaml, needle) in [
        (many_images, "more than 200 items"),
        (zalgo, "combining marks"),
        (population, "the most a list may hold"),
    ] {
        let (_dir, story) = story_in_temp(&yaml);
        let output = limited(&["build", path_str(&story), "--deck", "all"]);
        fails_with(&output, 1, needle);
    }
}
