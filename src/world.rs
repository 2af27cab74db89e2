//! The sandboxed Typst `World` a deck is compiled in.
//!
//! Its virtual file system has exactly three parts, and nothing else is reachable:
//!
//! | virtual path        | served from                                            |
//! |---------------------|--------------------------------------------------------|
//! | `/data/story.json`  | the validated story, serialised (data, never markup)   |
//! | `/data/theme.json`  | the theme's `theme.yaml`, serialised                   |
//! | `/story/<path>`     | a file of the story's folder the story names, confined |
//! | any other `/<path>` | the theme: its folder first, then the built-in default |
//!
//! No packages (`@preview/…` fails with "package not found"), no network, no
//! absolute host paths, no hidden files (`.env`, `.ssh/…`) anywhere, and of
//! the story's folder only the files the story names (a value of the story
//! equal to the path): a theme cannot print what the team never gave it.

use std::collections::{BTreeSet, HashMap};
use std::path::PathBuf;
use std::sync::{Arc, LazyLock, Mutex};

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_kit::fonts::FontStore;

use crate::data::{STORY_JSON, StoryData, THEME_JSON};
use crate::theme::{MAX_ASSET_BYTES, Refused, Theme, read_confined};

const STORY_PREFIX: &str = "/story/";

/// One standard library for every build: building it and hashing it (Typst's
/// memo keys include it) would otherwise cost each rebuild a few milliseconds.
static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

pub struct DeckWorld {
    /// Shared: loading fonts costs more than compiling a deck, so a process that
    /// builds many decks loads them once.
    fonts: Arc<FontStore>,
    main: FileId,
    theme: Arc<Theme>,
    story: Arc<StoryData>,
    story_dir: PathBuf,
    data: HashMap<FileId, Bytes>,
    /// Parsed sources, shared with later builds (see [`SourceCache`]).
    sources: Arc<SourceCache>,
    /// The sources this build has read: a file imported by several sheets is
    /// read once, and keeps its text for the whole build even if another build
    /// (a batch worker with another theme) changes the shared cache meanwhile.
    read_sources: Mutex<HashMap<FileId, Source>>,
    /// Story-folder files the theme read, so `emit` can copy exactly those.
    story_reads: Mutex<BTreeSet<String>>,
}

/// Parsed Typst sources, kept between builds by a [`Session`](crate::session::Session).
/// A file read again with the same text is not parsed again; a changed one is
/// reparsed incrementally (Typst's `Source::replace`), as `watch` wants.
#[derive(Default)]
pub struct SourceCache(Mutex<HashMap<FileId, Source>>);

impl SourceCache {
    /// A source parsed before, for tools that map spans back to lines.
    pub fn parsed(&self, id: FileId) -> Option<Source> {
        self.0.lock().expect("source cache lock").get(&id).cloned()
    }

    fn get(&self, id: FileId, text: &str) -> Source {
        let mut sources = self.0.lock().expect("source cache lock");
        match sources.get_mut(&id) {
            Some(source) => {
                if source.text() != text {
                    source.replace(text);
                }
                source.clone()
            }
            None => {
                let source = Source::new(id, text.to_owned());
                sources.insert(id, source.clone());
                source
            }
        }
    }
}

/// The most pixels a raster image (an emblem, a photo) may have: 40 million,
/// a 8000 × 5000 photo. A 1 KB file can claim 65535 × 65535 pixels, which
/// decoding would allocate (13 GB) before anything could stop it.
pub const MAX_IMAGE_PIXELS: u64 = 40_000_000;

/// Refuses a raster image whose header claims more than [`MAX_IMAGE_PIXELS`],
/// read from the header alone, before Typst decodes it.
fn check_image_size(bytes: &[u8], path: &str) -> FileResult<()> {
    // (imagesize knows raster formats only: an SVG is drawn, not decoded.)
    let Ok(size) = imagesize::blob_size(bytes) else {
        return Ok(());
    };
    let pixels = size.width as u64 * size.height as u64;
    if pixels > MAX_IMAGE_PIXELS {
        return Err(FileError::Other(Some(
            crate::t!(
                "world-image-too-large",
                file = path.trim_start_matches('/'),
                width = size.width,
                height = size.height,
                max = MAX_IMAGE_PIXELS / 1_000_000
            )
            .into(),
        )));
    }
    Ok(())
}

/// Interns a fixed virtual path. Ids are process-global and never freed, so only
/// paths that the theme and the story name are ever interned.
pub fn file_id(path: &str) -> FileId {
    let vpath = VirtualPath::new(path).expect("storydeck's own virtual paths are valid");
    RootedPath::new(VirtualRoot::Project, vpath).intern()
}

impl DeckWorld {
    /// The world of one deck: `main` is its entry file, `theme_json` the
    /// theme's data for this deck ([`crate::data::theme_json`]).
    pub fn new(
        theme: Arc<Theme>,
        fonts: Arc<FontStore>,
        sources: Arc<SourceCache>,
        main: &str,
        story: Arc<StoryData>,
        theme_json: Bytes,
    ) -> Self {
        let data = HashMap::from([
            (file_id(STORY_JSON), story.json().clone()),
            (file_id(THEME_JSON), theme_json),
        ]);
        DeckWorld {
            fonts,
            main: file_id(main),
            theme,
            story_dir: story.dir(),
            story,
            data,
            sources,
            read_sources: Mutex::new(HashMap::new()),
            story_reads: Mutex::new(BTreeSet::new()),
        }
    }

    /// The theme the world serves.
    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    /// The story the world serves.
    pub fn story(&self) -> &StoryData {
        &self.story
    }

    /// A data file as served (`STORY_JSON`, `THEME_JSON`).
    pub fn data(&self, path: &str) -> Option<Bytes> {
        self.data.get(&file_id(path)).cloned()
    }

    /// The story-folder files read so far (paths inside the folder).
    pub fn story_reads(&self) -> Vec<String> {
        let reads = self.story_reads.lock().expect("story reads lock");
        reads.iter().cloned().collect()
    }

    /// How a virtual file is named in messages: a theme file's real path, the
    /// story folder's file, or the data file.
    pub fn display_path(&self, id: FileId) -> String {
        let path = id.vpath().get_with_slash();
        if let Some(rest) = path.strip_prefix(STORY_PREFIX) {
            self.story_dir.join(rest).display().to_string()
        } else if self.data.contains_key(&id) {
            path.to_owned()
        } else {
            self.theme.display_path(path.trim_start_matches('/'))
        }
    }

    fn read(&self, id: FileId) -> FileResult<Bytes> {
        let bytes = self.read_unchecked(id)?;
        check_image_size(&bytes, id.vpath().get_with_slash())?;
        Ok(bytes)
    }

    fn read_unchecked(&self, id: FileId) -> FileResult<Bytes> {
        if id.root() != &VirtualRoot::Project {
            return Err(FileError::Other(Some(
                "packages are not available in storydeck".into(),
            )));
        }
        if let Some(bytes) = self.data.get(&id) {
            return Ok(bytes.clone());
        }
        let path = id.vpath().get_with_slash();
        let not_found = || FileError::NotFound(PathBuf::from(path));
        if let Some(rest) = path.strip_prefix(STORY_PREFIX) {
            if !self.story.names(rest) {
                return Err(FileError::Other(Some(
                    crate::t!("world-not-named", file = rest).into(),
                )));
            }
            return match read_confined(&self.story_dir, rest) {
                Ok(bytes) => {
                    let mut reads = self.story_reads.lock().expect("story reads lock");
                    reads.insert(rest.to_owned());
                    Ok(Bytes::new(bytes))
                }
                Err(Refused::NotFound) => Err(not_found()),
                Err(Refused::Outside | Refused::Hidden) => Err(FileError::AccessDenied),
                Err(Refused::TooLarge(size)) => Err(FileError::Other(Some(
                    crate::t!(
                        "world-file-too-large",
                        file = rest,
                        mb = size >> 20,
                        max = MAX_ASSET_BYTES >> 20
                    )
                    .into(),
                ))),
            };
        }
        self.theme
            .file(path.trim_start_matches('/'))
            .ok_or_else(not_found)
    }
}

impl World for DeckWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        self.fonts.book()
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        let mut read = self.read_sources.lock().expect("read sources lock");
        if let Some(source) = read.get(&id) {
            return Ok(source.clone());
        }
        let bytes = self.read(id)?;
        let text = std::str::from_utf8(&bytes).map_err(|_| FileError::InvalidUtf8)?;
        let source = self.sources.get(id, text);
        read.insert(id, source.clone());
        Ok(source)
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        self.read(id)
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.font(index)
    }

    /// Fixed (the story's date), so the same story always renders the same bytes.
    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        Some(self.story.date())
    }
}
