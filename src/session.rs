//! What a process that builds many times keeps between builds.
//!
//! Fonts are loaded once per set of font folders and shared (`Arc`) by every
//! build and worker thread. Typst memoises layout across compilations, which is
//! what makes a rebuild after a small edit fast; [`Session::trim_caches`] trims
//! that cache, keeping only what recent builds used, so a long `watch` or a
//! batch of a hundred stories doesn't grow without bound.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use typst_kit::fonts::FontStore;

use crate::budget::{DEFAULT_TIMEOUT, Deadline};
use crate::diag::Result;
use crate::fonts::load_fonts;
use crate::render::{BuildOptions, Built, Compiled, compile_with_sources, write_deck};
use crate::story::load_story;
use crate::theme::Theme;
use crate::world::SourceCache;

/// Memo entries unused for this many trims are dropped. In watch (one trim per
/// save), 1 keeps what the last build used, which is what the next one reuses;
/// 2 was no faster and peaked at 212 MB against 157 MB (BENCHMARKS.md). The
/// fuzzer showed that without eviction memory grows with every distinct story.
const WATCH_MEMO_AGE: usize = 1;

pub struct Session {
    /// Keyed by where the fonts came from: the theme chain's font folders and
    /// `--font-path`s.
    fonts: Mutex<HashMap<Vec<String>, Arc<FontStore>>>,
    /// Theme files parsed once, reparsed incrementally when they change.
    sources: Arc<SourceCache>,
    memo_age: usize,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            fonts: Mutex::default(),
            sources: Arc::default(),
            memo_age: WATCH_MEMO_AGE,
        }
    }
}

impl Session {
    pub fn new() -> Self {
        Session::default()
    }

    /// A session for many different stories (batch). One deck's layout is of
    /// no use to the next, and holding it costs tens of megabytes a deck: each
    /// trim drops everything. Measured on 20 stories × 3 decks with two workers:
    /// keeping one trim's worth was slower (7.2 s against 6.7 s) and peaked at
    /// 172 MB against 151 MB.
    pub fn for_batch() -> Self {
        Session {
            memo_age: 0,
            ..Session::default()
        }
    }

    /// The fonts for `theme`, loaded on first use.
    pub fn fonts(&self, theme: &Theme, font_paths: &[PathBuf]) -> Result<Arc<FontStore>> {
        let mut key = theme.font_places();
        key.extend(font_paths.iter().map(|p| p.display().to_string()));
        if let Some(fonts) = self.fonts.lock().expect("font cache lock").get(&key) {
            return Ok(fonts.clone());
        }
        // Loaded outside the lock: two workers may both load a new theme's fonts
        // once, which is cheaper than making every other worker wait.
        let fonts = Arc::new(load_fonts(theme, font_paths)?);
        let mut cache = self.fonts.lock().expect("font cache lock");
        Ok(cache.entry(key).or_insert(fonts).clone())
    }

    /// Loads the story and its theme, and lays the deck out.
    pub fn compile_deck(&self, story_path: &Path, options: &BuildOptions) -> Result<Compiled> {
        let story = load_story(story_path)?;
        let theme = Theme::for_story(options.theme.as_deref(), story.theme.as_deref(), story_path)?;
        // Past the deadline (a theme whose code loops), the process ends with
        // a message naming the story, deck and theme.
        let _deadline = Deadline::arm(
            crate::t!(
                "budget-laying-out",
                deck = options.deck.to_string(),
                story = story_path.display().to_string(),
                theme = theme.config.name.as_str(),
                layers = theme
                    .layers()
                    .iter()
                    .map(|l| l.origin())
                    .collect::<Vec<_>>()
                    .join(" ← ")
            ),
            options.timeout.unwrap_or(DEFAULT_TIMEOUT),
        );
        let fonts = self.fonts(&theme, &options.font_paths)?;
        let sources = self.sources.clone();
        compile_with_sources(&story, story_path, theme, fonts, sources, options.deck)
    }

    /// Builds one deck and writes its files.
    pub fn build(&self, story_path: &Path, options: &BuildOptions) -> Result<Built> {
        let compiled = self.compile_deck(story_path, options)?;
        write_deck(story_path, options, compiled)
    }

    /// Drops memoised layout that recent builds didn't use. Call it after each
    /// build (batch: each deck; watch: each save), once the output is written:
    /// it takes a few milliseconds that needn't delay the PDF.
    pub fn trim_caches(&self) {
        typst::comemo::evict(self.memo_age);
    }
}
