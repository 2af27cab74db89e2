//! What the templates read: the story and the theme as data, never as markup.
//!
//! A story becomes [`StoryData`] once, when it is opened: its JSON as the
//! templates read it (`/data/story.json`, texts joined where a line must not
//! break, see [`crate::nobreak`]), and every one of its texts with its field
//! path, which the sandbox (the files a story names), the detector and the
//! messages (the field that holds a text) all look things up in. Every deck of
//! a build reads the same bytes; nothing parses them back.

use std::collections::HashSet;

use typst::foundations::{Bytes, Datetime};

use crate::deck::Deck;
use crate::diag::Diagnostic;
use crate::nobreak;
use crate::story::StoryFile;
use crate::theme::Theme;

pub const STORY_JSON: &str = "/data/story.json";
pub const THEME_JSON: &str = "/data/theme.json";

/// Used as the document date when the story gives none, so output stays reproducible.
const FALLBACK_DATE: (i32, u8, u8) = (2000, 1, 1);

/// A story as every deck of a build reads it.
pub struct StoryData {
    file: StoryFile,
    json: Bytes,
    /// Every text with its field path (`sheets.vision.images[2]`), as written
    /// (without joiners).
    texts: Vec<(String, String)>,
    /// The texts as the names of files the story may hand the layout.
    names: HashSet<String>,
    date: Datetime,
}

impl StoryData {
    pub fn new(file: StoryFile) -> Self {
        let mut value =
            serde_json::to_value(&file.story).expect("the story model serialises to JSON");
        nobreak::prepare_story(&mut value);
        let texts = nobreak::texts_with_paths(&value);
        let names = texts
            .iter()
            .map(|(_, text)| text.trim_start_matches("./").to_owned())
            .collect();
        let json = Bytes::new(serde_json::to_vec(&value).expect("JSON values serialise"));
        let (y, m, d) = file
            .story
            .date
            .map(|d| (d.year, d.month as u8, d.day as u8))
            .unwrap_or(FALLBACK_DATE);
        let date = Datetime::from_ymd(y, m, d).expect("story dates are validated");
        StoryData {
            file,
            json,
            texts,
            names,
            date,
        }
    }

    /// The story as read from its file.
    pub fn file(&self) -> &StoryFile {
        &self.file
    }

    /// `/data/story.json`, byte for byte.
    pub fn json(&self) -> &Bytes {
        &self.json
    }

    /// Every text of the story with its field path, as written.
    pub fn texts(&self) -> &[(String, String)] {
        &self.texts
    }

    /// Whether the story names `path` (relative to its folder): the only files
    /// of that folder the layout may read.
    pub fn names(&self, path: &str) -> bool {
        self.names.contains(path)
    }

    /// The story's date, or a fixed one: the document's date and Typst's today.
    pub fn date(&self) -> Datetime {
        self.date
    }

    /// The path of the first field whose text contains `needle`.
    pub fn field_holding(&self, needle: &str) -> Option<&str> {
        self.texts
            .iter()
            .find(|(_, text)| text.contains(needle))
            .map(|(path, _)| path.as_str())
    }

    /// `diag` pointed at the story field `path`, at its line in the story file.
    pub fn at(&self, path: &str, diag: Diagnostic) -> Diagnostic {
        crate::check::at(&self.file.source(), path, diag.field(path.to_owned()))
    }

    /// The story's folder, where the files it names are.
    pub fn dir(&self) -> std::path::PathBuf {
        crate::story::story_dir(&self.file.path)
    }

    /// `storydeck/<story stem>/<deck>`: the PDF's identifier, stable across builds.
    pub fn ident(&self, deck: Deck) -> String {
        let stem = self
            .file
            .path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("story");
        format!("storydeck/{stem}/{}", deck.name())
    }
}

/// `/data/theme.json` for one deck: the theme with this deck's caps only (the
/// story's over the theme's), its printed texts joined as the story's are.
pub fn theme_json(theme: &Theme, story: &StoryData, deck: Deck) -> Bytes {
    let mut json = serde_json::to_value(&theme.config).expect("the theme serialises to JSON");
    let caps = story
        .file
        .story
        .caps
        .clone()
        .over(&theme.config.slides.caps)
        .of(deck);
    json["slides"]["caps"] = serde_json::to_value(caps).expect("caps serialise to JSON");
    // Which deck is laid out: the sheets are the form, which marks an
    // unfilled box （未記入）; the other decks leave it blank.
    json["deck"] = serde_json::Value::from(deck.name());
    // The deck's own floor, which the layouts shrink text no further than.
    json["floor"] =
        serde_json::to_value(theme.config.floors.of(deck).page).expect("floors serialise to JSON");
    nobreak::prepare_theme(&mut json);
    Bytes::new(serde_json::to_vec(&json).expect("JSON values serialise"))
}
