//! Any bytes as a story file: load (UTF-8, YAML, every check), then, when the
//! story is valid, render the sheets deck with the built-in theme. Nothing may
//! panic, hang or read outside the sandbox.
#![no_main]

use std::path::PathBuf;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use storydeck::story::{StoryFile, parse_story};
use storydeck::{Deck, LoadOptions, Project, Session};

/// One session: the fonts are loaded once.
static SESSION: OnceLock<Session> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(story) = parse_story(text, "fuzz.yaml") else {
        return;
    };
    let session = SESSION.get_or_init(Session::new);
    let file = StoryFile {
        story,
        text: text.to_owned(),
        path: PathBuf::from("fuzz/story.yaml"),
        name: "fuzz.yaml".to_owned(),
    };
    // The built-in theme: the story's own `theme:` names no folder here.
    let options = LoadOptions {
        theme: Some("default".to_owned()),
        ..LoadOptions::default()
    };
    let Ok(project) = Project::from_story(session, file, &options) else {
        return;
    };
    // Render errors are fine (they are reported); panics are not.
    let _ = project.compile(Deck::Sheets, None);
    // Typst memoises every compilation; a process that compiles many stories
    // must drop the cache, or memory grows with each one.
    typst::comemo::evict(0);
});
