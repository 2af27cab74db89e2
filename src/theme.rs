//! Themes: a folder of `theme.yaml`, Typst layouts and fonts.
//!
//! The built-in `default` theme is compiled into the binary, so storydeck works
//! outside this repository. A theme folder given with `--theme <dir>` overrides the
//! default file by file (as mdBook themes do): a municipality copies only the files
//! it changes.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use include_dir::{Dir, include_dir};
use serde::{Deserialize, Serialize};
use typst::foundations::Bytes;

use crate::diag::{Diagnostic, Location, Result};

static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// The keys of the eight sheets, in the story (`sheets.<key>`) and in themes.
pub const SHEET_KEYS: [&str; 8] = [
    "vision",
    "drift_future",
    "role",
    "ideal_state",
    "problems",
    "force_field",
    "stage_diagram",
    "first_step",
];

/// `theme.yaml`: everything a re-theme changes without touching layout code.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeConfig {
    pub name: String,
    #[serde(default)]
    pub description: Option<String>,
    /// The programme line printed as every sheet's footer.
    pub footer: String,
    /// Named colours (`primary`, `accent`, …) as `#rrggbb`.
    pub colors: BTreeMap<String, String>,
    pub fonts: Fonts,
    /// The numbered sheets, in order: numbering and titles are data, not code.
    pub sheets: Vec<SheetLabel>,
    /// Every other printed label (column heads, stage names, 自治体名 …).
    pub labels: BTreeMap<String, String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Fonts {
    pub body: Vec<String>,
    pub heading: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SheetLabel {
    /// One of [`SHEET_KEYS`].
    pub key: String,
    /// Printed as `N．` before the title.
    pub number: String,
    /// `{horizon}` is replaced by the story's horizon_years.
    pub title: String,
    /// Guide questions printed with ■.
    #[serde(default)]
    pub guide: Vec<String>,
}

/// Where a theme's files come from.
#[derive(Debug, Clone)]
enum Origin {
    Builtin,
    /// A folder on disk, consulted before the built-in default.
    Folder(PathBuf),
}

#[derive(Debug, Clone)]
pub struct Theme {
    origin: Origin,
    pub config: ThemeConfig,
}

impl Theme {
    /// `default` is built in; anything else is a theme folder.
    pub fn resolve(selector: &str) -> Result<Theme> {
        if selector == "default" {
            return Self::builtin();
        }
        let dir = PathBuf::from(selector);
        if !dir.join("theme.yaml").is_file() {
            return Err(Diagnostic::error(format!("theme `{selector}` not found"))
                .hint("available: `default` (built in), or a folder that holds a theme.yaml")
                .into());
        }
        Self::from_folder(&dir)
    }

    pub fn builtin() -> Result<Theme> {
        let text = DEFAULT_THEME
            .get_file("theme.yaml")
            .and_then(|f| f.contents_utf8())
            .expect("the built-in theme has a UTF-8 theme.yaml");
        let config = parse_config(text, "<built-in default theme>/theme.yaml")?;
        Ok(Theme {
            origin: Origin::Builtin,
            config,
        })
    }

    pub fn from_folder(dir: &Path) -> Result<Theme> {
        let path = dir.join("theme.yaml");
        let text = std::fs::read_to_string(&path).map_err(|err| {
            Diagnostic::error(format!(
                "cannot read theme file `{}`: {err}",
                path.display()
            ))
        })?;
        let config = parse_config(&text, &path.display().to_string())?;
        Ok(Theme {
            origin: Origin::Folder(dir.to_owned()),
            config,
        })
    }

    /// A theme file by its path inside the theme (`sheets/06-force-field.typ`):
    /// the folder's own file if it has one, else the built-in default's.
    pub fn file(&self, relative: &str) -> Option<Bytes> {
        if let Origin::Folder(dir) = &self.origin
            && let Some(bytes) = read_confined(dir, relative)
        {
            return Some(Bytes::new(bytes));
        }
        DEFAULT_THEME
            .get_file(relative)
            .map(|f| Bytes::new(f.contents()))
    }

    /// How a theme file is named in messages.
    pub fn display_path(&self, relative: &str) -> String {
        match &self.origin {
            Origin::Folder(dir) if dir.join(relative).is_file() => {
                dir.join(relative).display().to_string()
            }
            _ => format!("<built-in default theme>/{relative}"),
        }
    }

    /// Font files of the theme: the built-in faces, then the folder's `fonts/`.
    pub fn font_files(&self) -> Vec<Bytes> {
        // The embedded faces are served from the binary's static data, uncopied.
        let mut fonts: Vec<Bytes> = DEFAULT_THEME
            .get_dir("fonts")
            .into_iter()
            .flat_map(|dir| dir.files())
            .filter(|f| is_font(f.path()))
            .map(|f| Bytes::new(f.contents()))
            .collect();
        if let Origin::Folder(dir) = &self.origin
            && let Ok(entries) = std::fs::read_dir(dir.join("fonts"))
        {
            let mut paths: Vec<PathBuf> = entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| is_font(p))
                .collect();
            paths.sort();
            fonts.extend(
                paths
                    .iter()
                    .filter_map(|p| std::fs::read(p).ok())
                    .map(Bytes::new),
            );
        }
        fonts
    }
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

/// Reads `relative` below `dir`, refusing anything that resolves outside it
/// (`..`, absolute paths, symlinks pointing out).
pub fn read_confined(dir: &Path, relative: &str) -> Option<Vec<u8>> {
    let root = dir.canonicalize().ok()?;
    let path = root
        .join(relative.trim_start_matches('/'))
        .canonicalize()
        .ok()?;
    if !path.starts_with(&root) || !path.is_file() {
        return None;
    }
    std::fs::read(path).ok()
}

fn parse_config(text: &str, name: &str) -> Result<ThemeConfig> {
    let deserializer = serde_yaml::Deserializer::from_str(text);
    let config: ThemeConfig = serde_path_to_error::deserialize(deserializer).map_err(|err| {
        let mut diag =
            Diagnostic::error(format!("theme: {}", err.inner())).field(err.path().to_string());
        if let Some(loc) = err.inner().location() {
            diag = diag.at(Location {
                file: name.to_owned(),
                source: Arc::from(text),
                range: loc.index()..loc.index(),
            });
        }
        diag
    })?;
    for sheet in &config.sheets {
        if !SHEET_KEYS.contains(&sheet.key.as_str()) {
            return Err(Diagnostic::error(format!(
                "theme `{name}`: unknown sheet key `{}`",
                sheet.key
            ))
            .hint(format!("sheet keys are: {}", SHEET_KEYS.join(", ")))
            .into());
        }
    }
    for (key, value) in &config.colors {
        if !is_hex_color(value) {
            return Err(Diagnostic::error(format!(
                "theme `{name}`: colour `{key}` is `{value}`, not a colour"
            ))
            .hint("write colours as `#rrggbb`, e.g. `#1f4e79`")
            .into());
        }
    }
    Ok(config)
}

fn is_hex_color(value: &str) -> bool {
    value.strip_prefix('#').is_some_and(|hex| {
        matches!(hex.len(), 3 | 6 | 8) && hex.chars().all(|c| c.is_ascii_hexdigit())
    })
}
