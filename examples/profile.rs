//! Where a build's time goes, for BENCHMARKS.md:
//!
//!     cargo run --release --example profile [STORY] [sheets|mayor-report|final-session|paper] [THEME]
//!
//! Prints each phase of one cold build in this process (load, theme, fonts,
//! layout, PDF), then the Typst spans that took the most time of their own
//! during layout, and writes them all as a Chrome trace (chrome://tracing or
//! https://ui.perfetto.dev) to target/profile.json. Then the phases of a
//! rebuild after a one-field edit, as `watch` does it (the first `target: 70%`
//! of the story becomes `target: 75%`).

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use storydeck::output::write_atomically;
use storydeck::story::{StoryFile, read_story, story_from_bytes};
use storydeck::{Deck, LoadOptions, Project, Session};

fn main() {
    let mut args = std::env::args().skip(1);
    let story_path = PathBuf::from(args.next().unwrap_or("decks/minaseno/story.yaml".into()));
    let deck = match args.next().as_deref() {
        Some("mayor-report") => Deck::MayorReport,
        Some("final-session") => Deck::FinalSession,
        Some("paper") => Deck::Paper,
        _ => Deck::Sheets,
    };
    let theme_arg = args.next();
    let session = Session::new();
    let phase = |name: &str, started: Instant| {
        println!(
            "{name:<8} {:>7.1} ms",
            started.elapsed().as_secs_f64() * 1000.0
        )
    };

    let t = Instant::now();
    let file = read_story(&story_path).unwrap_or_else(|e| panic!("{e}"));
    phase("load", t);
    let t = Instant::now();
    let options = LoadOptions {
        theme: theme_arg,
        ..LoadOptions::default()
    };
    let project = Project::from_story(&session, file.clone(), &options).unwrap();
    phase("theme", t);
    let t = Instant::now();
    session.fonts(project.theme(), &[]).unwrap();
    phase("fonts", t);
    typst_timing::enable();
    let t = Instant::now();
    let compiled = project.compile(deck, None).unwrap();
    phase("layout", t);
    typst_timing::disable();
    // Included in `layout` above: the check for anything drawn over anything.
    let t = Instant::now();
    let found = storydeck::collisions::collisions(&compiled.document);
    phase("detect", t);
    assert!(found.len() < usize::MAX);
    let t = Instant::now();
    let pdf = compiled.pdf().unwrap();
    phase("pdf", t);
    println!(
        "({} pages, {} KB)\n",
        compiled.document.pages().len(),
        pdf.len() / 1024
    );

    let mut trace = Vec::new();
    typst_timing::export_json(&mut trace, |span| span_place(session.sources(), span)).unwrap();
    let out = PathBuf::from("target/profile.json");
    std::fs::write(&out, &trace).unwrap();
    print_self_times(&trace);
    println!("\nChrome trace: {}", out.display());

    println!("\nrebuild after editing one field:");
    let text = std::fs::read_to_string(&story_path).unwrap();
    let t = Instant::now();
    // PROFILE_EDIT="old=>new" picks the edit (as bench/run.py's watch edits).
    let edit = std::env::var("PROFILE_EDIT").unwrap_or_else(|_| "target: 70%=>target: 75%".into());
    let (from, to) = edit.split_once("=>").expect("PROFILE_EDIT is old=>new");
    let (story, text) = story_from_bytes(text.replacen(from, to, 1).as_bytes(), "edited").unwrap();
    let edited = Project::from_story(
        &session,
        StoryFile {
            story,
            text,
            ..file
        },
        &options,
    )
    .unwrap();
    phase("load", t);
    let t = Instant::now();
    typst_timing::enable();
    let compiled = edited.compile(deck, None).unwrap();
    typst_timing::disable();
    phase("layout", t);
    let mut trace = Vec::new();
    typst_timing::export_json(&mut trace, |span| span_place(session.sources(), span)).unwrap();
    std::fs::write("target/profile-rebuild.json", &trace).unwrap();
    let t = Instant::now();
    let pdf = compiled.pdf().unwrap();
    phase("pdf", t);
    let t = Instant::now();
    write_atomically(&PathBuf::from("target/profile.pdf"), &pdf).unwrap();
    phase("write", t);
    let t = Instant::now();
    session.trim_caches();
    phase("trim", t);
}

/// Spans by their own time (not counting nested spans). Parallel layout runs
/// spans on several threads at once, so the column can add up to more than the
/// wall time.
fn print_self_times(trace: &[u8]) {
    let events: Vec<serde_json::Value> = serde_json::from_slice(trace).unwrap();
    let mut stacks: HashMap<u64, Vec<(String, f64, f64)>> = HashMap::new();
    let mut own: HashMap<String, (f64, usize)> = HashMap::new();
    for e in &events {
        let name = e["name"].as_str().unwrap_or("?").to_owned();
        let ts = e["ts"].as_f64().unwrap_or(0.0);
        let stack = stacks.entry(e["tid"].as_u64().unwrap_or(0)).or_default();
        match e["ph"].as_str() {
            Some("B") => stack.push((name, ts, 0.0)),
            Some("E") => {
                let Some((name, start, nested)) = stack.pop() else {
                    continue;
                };
                let total = ts - start;
                let entry = own.entry(name).or_default();
                entry.0 += total - nested;
                entry.1 += 1;
                if let Some(parent) = stack.last_mut() {
                    parent.2 += total;
                }
            }
            _ => {}
        }
    }
    let mut rows: Vec<_> = own.into_iter().collect();
    rows.sort_by(|a, b| b.1.0.total_cmp(&a.1.0));
    println!("{:<22} {:>9} {:>7}", "typst span", "own ms", "calls");
    for (name, (micros, calls)) in rows.into_iter().take(12) {
        println!("{name:<22} {:>9.1} {calls:>7}", micros / 1000.0);
    }
}

/// A span's file and line, for the Chrome trace.
fn span_place(
    sources: &storydeck::world::SourceCache,
    span: std::num::NonZeroU64,
) -> (String, u32) {
    let span = typst::syntax::Span::from_raw(span);
    let Some(id) = span.id() else {
        return (String::new(), 0);
    };
    let Some(source) = sources.parsed(id) else {
        return (String::new(), 0);
    };
    let line = source
        .find(span)
        .and_then(|node| source.lines().byte_to_line(node.offset()))
        .map_or(0, |l| l as u32 + 1);
    (format!("{:?}", id.vpath()), line)
}
