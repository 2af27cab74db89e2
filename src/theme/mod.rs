//! Themes: a folder of `theme.yaml`, optional Typst files, images and fonts.
//!
//! A theme is a chain of layers — the theme itself, its `extends` parent, … — that
//! always ends at the built-in `default`. A file (`sheets/06-force-field.typ`,
//! `emblem.svg`) is taken from the first layer that has it, so a municipality
//! theme holds only what it changes (override by file, as mdBook themes do); the
//! layers' `theme.yaml` files merge key by key, the child's values winning.

pub mod builtin;
mod copy;
mod spec;

use std::path::{Path, PathBuf};

use include_dir::Dir;
use typst::foundations::Bytes;

pub use copy::{copy_theme, merged_files};
pub use spec::{
    Color, Emblem, EmblemPlace, Floor, Floors, PaperPage, PaperSection, REQUIRED_COLORS, SheetKey,
    SheetLabel, SheetPaper, SlideEntry, SlidePart, SlideRatio, TextFloors, ThemeConfig, ThemeSpec,
    key_name, key_name_of,
};

use crate::diag::{Diagnostic, Result};
use crate::t;
use crate::yaml;

/// Chains longer than this are a mistake (a loop is named as one).
const MAX_CHAIN: usize = 16;

#[derive(Debug, Clone)]
enum Source {
    Builtin(&'static Dir<'static>),
    Folder(PathBuf),
}

/// One theme in a chain.
#[derive(Debug, Clone)]
pub struct Layer {
    pub name: String,
    source: Source,
}

impl Layer {
    fn builtin(name: &str) -> Option<Layer> {
        builtin::get(name).map(|dir| Layer {
            name: name.to_owned(),
            source: Source::Builtin(dir),
        })
    }

    fn folder(path: PathBuf) -> Layer {
        let name = path
            .canonicalize()
            .ok()
            .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| path.display().to_string());
        Layer {
            name,
            source: Source::Folder(path),
        }
    }

    /// Where the theme comes from, as `storydeck themes` shows it.
    pub fn origin(&self) -> String {
        match &self.source {
            Source::Builtin(_) => t!("theme-origin-builtin"),
            Source::Folder(path) => path.display().to_string(),
        }
    }

    fn is_default(&self) -> bool {
        matches!(self.source, Source::Builtin(_)) && self.name == builtin::DEFAULT
    }

    /// Same theme reached twice means a loop in `extends`.
    fn identity(&self) -> String {
        match &self.source {
            Source::Builtin(_) => format!("built-in:{}", self.name),
            Source::Folder(path) => path
                .canonicalize()
                .unwrap_or_else(|_| path.clone())
                .display()
                .to_string(),
        }
    }

    fn file(&self, relative: &str) -> Option<Bytes> {
        match &self.source {
            Source::Builtin(dir) => builtin::file(dir, relative).map(Bytes::new),
            Source::Folder(path) => read_confined(path, relative).ok().map(Bytes::new),
        }
    }

    fn display(&self, relative: &str) -> String {
        match &self.source {
            Source::Builtin(_) => format!("<built-in theme {}>/{relative}", self.name),
            Source::Folder(path) => path.join(relative).display().to_string(),
        }
    }

    fn spec(&self) -> Result<ThemeSpec> {
        let name = self.display("theme.yaml");
        let bytes = match &self.source {
            Source::Builtin(_) => self.file("theme.yaml"),
            Source::Folder(path) => match read_confined(path, "theme.yaml") {
                Ok(bytes) => Some(Bytes::new(bytes)),
                Err(Refused::NotFound) => None,
                Err(refused) => {
                    let why = match refused {
                        Refused::Outside => t!("theme-refused-outside"),
                        Refused::Hidden => t!("theme-refused-hidden"),
                        Refused::TooLarge(size) => t!("theme-yaml-too-large", mb = size >> 20),
                        Refused::NotFound => unreachable!("handled above"),
                    };
                    return Err(Diagnostic::error(t!(
                        "theme-file-refused",
                        file = name.as_str(),
                        why = why
                    ))
                    .hint(t!("theme-file-refused-hint"))
                    .into());
                }
            },
        }
        .ok_or_else(|| Diagnostic::error(t!("theme-no-yaml", theme = self.name.as_str())))?;
        let text = std::str::from_utf8(&bytes).map_err(|_| {
            Diagnostic::error(t!("theme-not-utf8", file = name.as_str()))
                .hint(t!("theme-not-utf8-hint"))
        })?;
        parse_spec(&crate::story::unix_lines(text), &name)
    }

    /// Font files directly in the layer's `fonts/` folder, sorted by name, each
    /// with how messages name it. Read as any theme file is: confined to the
    /// folder (a link out, to /etc/shadow or /dev/zero, is refused), never
    /// hidden, at most [`MAX_FONT_BYTES`].
    fn font_files(&self) -> Result<Vec<(String, Bytes)>> {
        match &self.source {
            Source::Builtin(dir) => Ok(builtin::files(dir)
                .into_iter()
                .filter(|(path, _)| path.starts_with("fonts/") && is_font(Path::new(path)))
                .map(|(path, bytes)| (self.display(&path), Bytes::new(bytes)))
                .collect()),
            Source::Folder(path) => {
                let fonts = path.join("fonts");
                font_files_in(&fonts)
                    .iter()
                    .map(|file| {
                        let name = file.file_name().unwrap_or_default().to_string_lossy();
                        let shown = file.display().to_string();
                        let refused = |why: String| {
                            Diagnostic::error(t!(
                                "theme-font-refused",
                                file = shown.as_str(),
                                why = why
                            ))
                            .hint(t!("theme-font-refused-hint"))
                        };
                        match read_confined_limited(&fonts, &name, MAX_FONT_BYTES) {
                            Ok(bytes) => Ok((shown.clone(), Bytes::new(bytes))),
                            Err(Refused::TooLarge(size)) => Err(refused(t!(
                                "theme-font-too-large",
                                mb = size >> 20,
                                max = MAX_FONT_BYTES >> 20
                            ))
                            .into()),
                            Err(Refused::Outside) => Err(refused(t!("theme-font-outside")).into()),
                            Err(Refused::Hidden) => Err(refused(t!("theme-refused-hidden")).into()),
                            Err(Refused::NotFound) => {
                                Err(refused(t!("theme-refused-not-a-file")).into())
                            }
                        }
                    })
                    .collect()
            }
        }
    }

    /// Folders where a name in this layer's `extends` is looked for: siblings first.
    fn neighbours(&self) -> Vec<PathBuf> {
        match &self.source {
            Source::Builtin(_) => Vec::new(),
            Source::Folder(path) => {
                vec![
                    path.clone(),
                    path.parent().map(Path::to_owned).unwrap_or_default(),
                ]
            }
        }
    }
}

#[derive(Debug, Clone)]
pub struct Theme {
    /// Most specific first; the last is always the built-in default.
    layers: Vec<Layer>,
    pub config: ThemeConfig,
}

impl Theme {
    /// Finds a theme by `selector`: a theme folder (path), a folder under
    /// `<story dir>/themes/`, a path relative to the story's folder, or a
    /// built-in name.
    pub fn resolve(selector: &str, story_dir: Option<&Path>) -> Result<Theme> {
        let search: Vec<PathBuf> = story_dir
            .map(|d| vec![d.join("themes"), d.to_owned()])
            .unwrap_or_default();
        let top = locate(selector, &search).ok_or_else(|| not_found(selector, &search))?;
        Self::from_top(top)
    }

    /// The theme a build of `story_path` uses: the command line's choice, else the
    /// story's `theme:`, else `default`; looked for from the story's folder.
    pub fn for_story(
        cli: Option<&str>,
        story_theme: Option<&str>,
        story_path: &Path,
    ) -> Result<Theme> {
        let dir = crate::story::story_dir(story_path);
        Self::resolve(cli.or(story_theme).unwrap_or(builtin::DEFAULT), Some(&dir))
    }

    pub fn builtin_default() -> Result<Theme> {
        Self::resolve(builtin::DEFAULT, None)
    }

    fn from_top(top: Layer) -> Result<Theme> {
        let mut layers = vec![top];
        let mut specs = Vec::new();
        loop {
            let layer = layers.last().expect("a chain has a first layer");
            let spec = layer.spec()?;
            let parent = match (&spec.extends, layer.is_default()) {
                (_, true) => None,
                (Some(name), false) => Some(name.clone()),
                (None, false) => Some(builtin::DEFAULT.to_owned()),
            };
            specs.push(spec);
            let Some(parent) = parent else { break };
            let next = locate(&parent, &layer.neighbours()).ok_or_else(|| {
                not_found(&parent, &layer.neighbours()).hint(t!(
                    "theme-named-by-extends",
                    file = layer.display("theme.yaml")
                ))
            })?;
            let chain: Vec<&str> = layers.iter().map(|l| l.name.as_str()).collect();
            if layers.iter().any(|l| l.identity() == next.identity()) {
                return Err(Diagnostic::error(t!(
                    "theme-loop",
                    chain = chain.join(" → "),
                    next = next.name.as_str()
                ))
                .hint(t!("theme-loop-hint"))
                .into());
            }
            if layers.len() >= MAX_CHAIN {
                return Err(Diagnostic::error(t!(
                    "theme-chain-too-long",
                    theme = layers[0].name.as_str(),
                    max = MAX_CHAIN,
                    chain = chain.join(" → "),
                    next = next.name.as_str()
                ))
                .hint(t!("theme-chain-too-long-hint", max = MAX_CHAIN))
                .into());
            }
            layers.push(next);
        }
        let merged = specs
            .into_iter()
            .rev()
            .reduce(|parent, child| child.over(parent))
            .unwrap_or_default();
        let name = layers[0].name.clone();
        let config = merged
            .resolve(&name)
            .map_err(|e| Diagnostic::error(e.to_string()))?;
        let theme = Theme { layers, config };
        theme.check_emblem()?;
        Ok(theme)
    }

    /// The chain, most specific first.
    pub fn layers(&self) -> &[Layer] {
        &self.layers
    }

    /// A theme file by its path inside the theme, from the first layer that has it.
    pub fn file(&self, relative: &str) -> Option<Bytes> {
        self.layers.iter().find_map(|layer| layer.file(relative))
    }

    /// How a theme file is named in messages: the layer it actually comes from.
    pub fn display_path(&self, relative: &str) -> String {
        self.layers
            .iter()
            .find(|layer| layer.file(relative).is_some())
            .unwrap_or(&self.layers[0])
            .display(relative)
    }

    /// The theme's folders on disk (built-in layers have none), for `watch`.
    pub fn folders(&self) -> Vec<PathBuf> {
        self.layers
            .iter()
            .filter_map(|layer| match &layer.source {
                Source::Folder(path) => Some(path.clone()),
                Source::Builtin(_) => None,
            })
            .collect()
    }

    /// Fonts of every layer, the most specific theme's first: (how messages
    /// name the file, its bytes).
    pub fn font_files(&self) -> Result<Vec<(String, Bytes)>> {
        let mut all = Vec::new();
        for layer in &self.layers {
            all.extend(layer.font_files()?);
        }
        Ok(all)
    }

    /// The folders a theme's fonts were looked for in, for "font not found" messages.
    pub fn font_places(&self) -> Vec<String> {
        self.layers.iter().map(|l| l.display("fonts/")).collect()
    }

    fn check_emblem(&self) -> Result<()> {
        let Some(emblem) = &self.config.emblem else {
            return Ok(());
        };
        let path = &emblem.file;
        let unsafe_path =
            path.starts_with('/') || path.contains('\\') || path.split('/').any(|s| s == "..");
        if unsafe_path {
            return Err(Diagnostic::error(t!(
                "theme-emblem-outside",
                theme = self.layers[0].name.as_str(),
                file = path.as_str()
            ))
            .hint(t!("theme-emblem-outside-hint"))
            .into());
        }
        if self.file(path).is_none() {
            let places: Vec<String> = self.layers.iter().map(|l| l.display(path)).collect();
            return Err(Diagnostic::error(t!(
                "theme-emblem-missing",
                theme = self.layers[0].name.as_str(),
                file = path.as_str()
            ))
            .hint(t!("theme-emblem-missing-hint", places = places.join(", ")))
            .into());
        }
        Ok(())
    }
}

/// A selector as a folder path, then under each search folder, then built in.
fn locate(selector: &str, search: &[PathBuf]) -> Option<Layer> {
    if selector.is_empty() {
        return None;
    }
    let direct = PathBuf::from(selector);
    if direct.join("theme.yaml").is_file() {
        return Some(Layer::folder(direct));
    }
    for base in search {
        let candidate = base.join(selector);
        if candidate.join("theme.yaml").is_file() {
            return Some(Layer::folder(candidate));
        }
    }
    Layer::builtin(selector)
}

fn not_found(selector: &str, search: &[PathBuf]) -> Diagnostic {
    let mut looked: Vec<String> = vec![format!("{selector}/theme.yaml")];
    for base in search {
        // An absolute selector joins to itself: name each place once.
        let place = base.join(selector).join("theme.yaml").display().to_string();
        if !looked.contains(&place) {
            looked.push(place);
        }
    }
    Diagnostic::error(t!("theme-not-found", theme = selector))
        .hint(t!(
            "theme-builtin-names",
            names = builtin::names().join(", ")
        ))
        .hint(t!("theme-looked-at", places = looked.join(", ")))
}

/// Themes a user can name: the built-in ones, then folders under each of `dirs`.
pub fn available(dirs: &[PathBuf]) -> Vec<(String, String, Option<String>)> {
    let mut out: Vec<(String, String, Option<String>)> = builtin::names()
        .into_iter()
        .filter_map(Layer::builtin)
        .map(|l| {
            let description = l.spec().ok().and_then(|s| s.description);
            (l.name.clone(), l.origin(), description)
        })
        .collect();
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        let mut folders: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.join("theme.yaml").is_file())
            .collect();
        folders.sort();
        for folder in folders {
            let layer = Layer::folder(folder);
            let description = layer.spec().ok().and_then(|s| s.description);
            out.push((layer.name.clone(), layer.origin(), description));
        }
    }
    out
}

/// The font files directly in `dir`, sorted by name (none if it can't be read).
pub fn font_files_in(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| is_font(p))
        .collect();
    paths.sort();
    paths
}

fn is_font(path: &Path) -> bool {
    matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("ttf" | "otf" | "ttc" | "otc")
    )
}

/// The largest file a deck may read from the story's or theme's folder (an emblem,
/// a photo): larger is not an image meant for a slide.
pub const MAX_ASSET_BYTES: u64 = 20 * 1024 * 1024;

/// The largest font file a theme may hold: a full Japanese font collection
/// (Noto Sans CJK, all weights) is about 20–40 MB.
pub const MAX_FONT_BYTES: u64 = 64 * 1024 * 1024;

/// Why a file below a folder was not read.
#[derive(Debug, PartialEq, Eq)]
pub enum Refused {
    NotFound,
    /// It resolves outside the folder (`..`, an absolute path, a symlink out).
    Outside,
    /// It is, or is inside, a hidden file or folder (`.env`, `.ssh/…`): never
    /// part of a deck, often a secret.
    Hidden,
    TooLarge(u64),
}

/// Reads `relative` below `dir`, refusing anything that resolves outside it
/// (`..`, absolute paths, symlinks pointing out), anything hidden (a name
/// starting with `.`, as written or as resolved), or a file larger than
/// [`MAX_ASSET_BYTES`].
pub fn read_confined(dir: &Path, relative: &str) -> std::result::Result<Vec<u8>, Refused> {
    read_confined_limited(dir, relative, MAX_ASSET_BYTES)
}

/// [`read_confined`] with another size limit.
pub fn read_confined_limited(
    dir: &Path,
    relative: &str,
    limit: u64,
) -> std::result::Result<Vec<u8>, Refused> {
    let hidden = |path: &Path| {
        path.components().any(|c| match c {
            std::path::Component::Normal(name) => name.to_string_lossy().starts_with('.'),
            _ => false,
        })
    };
    let relative = Path::new(relative.trim_start_matches('/'));
    if hidden(relative) {
        return Err(Refused::Hidden);
    }
    let root = dir.canonicalize().map_err(|_| Refused::NotFound)?;
    let path = root
        .join(relative)
        .canonicalize()
        .map_err(|_| Refused::NotFound)?;
    let Ok(inside) = path.strip_prefix(&root) else {
        return Err(Refused::Outside);
    };
    if hidden(inside) {
        return Err(Refused::Hidden);
    }
    let meta = std::fs::metadata(&path).map_err(|_| Refused::NotFound)?;
    if !meta.is_file() {
        return Err(Refused::NotFound);
    }
    if meta.len() > limit {
        return Err(Refused::TooLarge(meta.len()));
    }
    std::fs::read(path).map_err(|_| Refused::NotFound)
}

fn parse_spec(text: &str, name: &str) -> Result<ThemeSpec> {
    yaml::parse(text, name, "theme-yaml")
}
