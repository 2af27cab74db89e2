//! What a process that builds many times keeps between builds.
//!
//! Fonts are loaded once per set of font folders and shared (`Arc`) by every
//! build and worker thread. Typst memoises layout across compilations, which is
//! what makes a rebuild after a small edit fast; [`Session::trim_caches`] trims
//! that cache, keeping only what recent builds used, so a long `watch` or a
//! batch of a hundred stories doesn't grow without bound. A build itself is a
//! [`Project`](crate::project::Project) opened in a session.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use typst_kit::fonts::FontStore;

use crate::diag::Result;
use crate::fonts::load_fonts;
use crate::theme::Theme;
use crate::world::SourceCache;

/// Memo entries unused for this many trims are dropped. In watch (one trim per
/// save), 1 keeps what the last build used, which is what the next one reuses;
/// 2 was no faster and peaked at 212 MB against 157 MB (BENCHMARKS.md). The
/// fuzzer showed that without eviction memory grows with every distinct story.
const WATCH_MEMO_AGE: usize = 1;

pub struct Session {
    pub(crate) fonts: Arc<FontCache>,
    /// Theme files parsed once, reparsed incrementally when they change.
    pub(crate) sources: Arc<SourceCache>,
    memo_age: usize,
}

/// Fonts keyed by where they came from: the theme chain's font folders and
/// `--font-path`s.
#[derive(Default)]
pub struct FontCache(Mutex<HashMap<Vec<String>, Arc<FontStore>>>);

impl Default for Session {
    fn default() -> Self {
        Session {
            fonts: Arc::default(),
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
        self.fonts.get(theme, font_paths)
    }

    /// The theme files parsed so far, for tools that map spans back to lines.
    pub fn sources(&self) -> &SourceCache {
        &self.sources
    }

    /// Drops memoised layout that recent builds didn't use. Call it after each
    /// build (batch: each deck; watch: each save), once the output is written:
    /// it takes a few milliseconds that needn't delay the PDF.
    pub fn trim_caches(&self) {
        typst::comemo::evict(self.memo_age);
    }
}

impl FontCache {
    /// The fonts for `theme` and `font_paths`, loaded on first use.
    pub fn get(&self, theme: &Theme, font_paths: &[PathBuf]) -> Result<Arc<FontStore>> {
        let mut key = theme.font_places();
        key.extend(font_paths.iter().map(|p| p.display().to_string()));
        if let Some(fonts) = self.0.lock().expect("font cache lock").get(&key) {
            return Ok(fonts.clone());
        }
        // Loaded outside the lock: two workers may both load a new theme's fonts
        // once, which is cheaper than making every other worker wait.
        let fonts = Arc::new(load_fonts(theme, font_paths)?);
        let mut cache = self.0.lock().expect("font cache lock");
        Ok(cache.entry(key).or_insert(fonts).clone())
    }
}
