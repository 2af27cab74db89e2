//! Every collision the detector finds in one deck, not only the first twenty a
//! build reports: for working on a layout.
//!
//!     cargo run --release --example collisions STORY [sheets|mayor-report|final-session] [THEME]

use std::path::PathBuf;

use storydeck::collisions::collisions;
use storydeck::{Deck, LoadOptions, Project, Session};

fn main() {
    let mut args = std::env::args().skip(1);
    let story = PathBuf::from(args.next().expect("a story file"));
    let deck = match args.next().as_deref() {
        Some("mayor-report") => Deck::MayorReport,
        Some("final-session") => Deck::FinalSession,
        _ => Deck::Sheets,
    };
    let options = LoadOptions {
        theme: args.next(),
        ..LoadOptions::default()
    };
    let compiled = Project::open(&Session::new(), &story, &options)
        .and_then(|project| project.compile(deck, None))
        .unwrap_or_else(|e| panic!("{e}"));
    let found = collisions(&compiled.document);
    for c in &found {
        println!("page {:>2}: {}", c.page, c.what);
    }
    println!("{} collision(s)", found.len());
}
