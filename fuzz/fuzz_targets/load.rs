//! Any bytes as a story file, through everything `storydeck check` does before
//! layout: decoding (UTF-8, line ends, invisible characters), YAML with
//! all-problems recovery, every check of the model and its limits, and the
//! cross-sheet warnings against the built-in theme. Nothing may panic, hang or
//! grow memory. No layout, so it runs thousands of inputs a second.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use storydeck::check::{Source, warnings};
use storydeck::story::story_from_bytes;
use storydeck::theme::Theme;

static THEME: OnceLock<Theme> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok((story, text)) = story_from_bytes(data, "fuzz.yaml") else { return };
    let theme = THEME.get_or_init(|| Theme::builtin_default().expect("the built-in theme loads"));
    let source = Source { text: &text, name: "fuzz.yaml" };
    let _ = warnings(&story, &theme.config, &source);
});
