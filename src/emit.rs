//! `storydeck emit`: the deck as a plain Typst project, compiled by `typst
//! compile` exactly as storydeck compiles it.
//!
//! ```text
//! <dir>/main.typ           the deck's entry file (sheets.typ, …)
//! <dir>/lib/ sheets/ …     every theme file, each from the most specific layer
//! <dir>/data/story.json    the validated story, byte for byte what storydeck uses
//! <dir>/data/theme.json    the merged theme.yaml
//! <dir>/story/…            story-folder files the layout read
//! <dir>/fonts/             the theme chain's fonts (and --font-path fonts)
//! ```

use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Result};
use crate::render::{BuildOptions, compile, data_files};
use crate::session::Session;
use crate::story::{load_story, story_dir};
use crate::theme::{Theme, merged_files, read_confined};

/// Writes the project into `dir` (created; refused if it holds anything) and
/// returns the files written, relative to `dir`.
pub fn emit_project(story_path: &Path, options: &BuildOptions, dir: &Path) -> Result<Vec<PathBuf>> {
    let not_empty = std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some());
    if not_empty {
        return Err(
            Diagnostic::error(format!("`{}` is not empty", dir.display()))
                .hint("emit into a new folder, or empty this one first")
                .into(),
        );
    }
    let session = Session::new();
    let story = load_story(story_path)?;
    let theme = Theme::for_story(options.theme.as_deref(), story.theme.as_deref(), story_path)?;
    // Compiling first proves the project builds, and tells which story files it reads.
    let fonts = session.fonts(&theme, &options.font_paths)?;
    let compiled = compile(&story, story_path, theme.clone(), fonts, options.deck)?;
    let entry = options.deck.entry().trim_start_matches('/');

    let mut files: Vec<(String, Vec<u8>)> = merged_files(&theme)?;
    let main = files
        .iter()
        .find(|(path, _)| path == entry)
        .map(|(_, bytes)| bytes.clone())
        .ok_or_else(|| {
            Diagnostic::error(format!("theme `{}` has no {entry}", theme.config.name))
        })?;
    files.push(("main.typ".to_owned(), main));
    let (story_json, theme_json) = data_files(&story, &theme);
    files.push(("data/story.json".to_owned(), story_json));
    files.push(("data/theme.json".to_owned(), theme_json));
    let folder = story_dir(story_path);
    for relative in compiled.story_reads() {
        if let Ok(bytes) = read_confined(&folder, &relative) {
            files.push((format!("story/{relative}"), bytes));
        }
    }
    for font_dir in &options.font_paths {
        for path in font_files(font_dir) {
            let name = path
                .file_name()
                .expect("a font file has a name")
                .to_string_lossy();
            if let Ok(bytes) = std::fs::read(&path) {
                files.push((format!("fonts/{name}"), bytes));
            }
        }
    }

    let mut written = Vec::new();
    for (relative, bytes) in files {
        let target = dir.join(&relative);
        let fail = |err: std::io::Error| {
            Diagnostic::error(format!("cannot write `{}`: {err}", target.display()))
        };
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(fail)?;
        }
        std::fs::write(&target, bytes).map_err(fail)?;
        written.push(PathBuf::from(relative));
    }
    Ok(written)
}

fn font_files(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut fonts: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            p.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                matches!(
                    e.to_ascii_lowercase().as_str(),
                    "ttf" | "otf" | "ttc" | "otc"
                )
            })
        })
        .collect();
    fonts.sort();
    fonts
}
