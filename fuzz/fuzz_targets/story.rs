//! Any bytes as a story file: load (UTF-8, YAML, every check), then, when the
//! story is valid, render the sheets deck with the built-in theme. Nothing may
//! panic, hang or read outside the sandbox.
#![no_main]

use std::path::Path;
use std::sync::{Arc, OnceLock};

use libfuzzer_sys::fuzz_target;
use storydeck::Deck;
use storydeck::fonts::{FontStore, load_fonts};
use storydeck::render::compile;
use storydeck::story::parse_story;
use storydeck::theme::Theme;

static FONTS: OnceLock<Arc<FontStore>> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(story) = parse_story(text, "fuzz.yaml") else { return };
    let theme = Theme::builtin_default().expect("the built-in theme loads");
    let fonts = FONTS.get_or_init(|| Arc::new(load_fonts(&theme, &[]).expect("embedded fonts")));
    // Render errors are fine (they are reported); panics are not.
    let _ = compile(&story, Path::new("fuzz/story.yaml"), theme, fonts.clone(), Deck::Sheets);
    // Typst memoises every compilation; a process that compiles many stories
    // must drop the cache, or memory grows with each one.
    typst::comemo::evict(0);
});
