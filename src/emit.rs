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
//!
//! The texts in story.json carry word joiners (U+2060) inside tokens a line
//! must not break ([`crate::nobreak`]). storydeck takes them out of the laid-out
//! pages; `typst compile` leaves them in the PDF's copyable text, invisible.

use std::path::{Path, PathBuf};

use crate::data::{STORY_JSON, THEME_JSON};
use crate::deck::Deck;
use crate::diag::{Diagnostic, Result};
use crate::project::Project;
use crate::story::story_dir;
use crate::theme::{font_files_in, merged_files, read_confined};

/// Writes the project into `dir` (created; refused if it holds anything) and
/// returns the files written, relative to `dir`.
pub fn emit_project(project: &Project, deck: Deck, dir: &Path) -> Result<Vec<PathBuf>> {
    let not_empty = std::fs::read_dir(dir).is_ok_and(|mut entries| entries.next().is_some());
    if not_empty {
        return Err(Diagnostic::error(crate::t!(
            "emit-not-empty",
            dir = dir.display().to_string()
        ))
        .hint(crate::t!("emit-not-empty-hint"))
        .into());
    }
    // Compiling first proves the project builds, and gives the theme, the data
    // files and the story files it read exactly as the build used them.
    let compiled = project.compile(deck, None)?;
    let theme = compiled.resolved_theme();
    let entry = deck.entry().trim_start_matches('/');

    let mut files: Vec<(String, Vec<u8>)> = merged_files(theme)?;
    let main = files
        .iter()
        .find(|(path, _)| path == entry)
        .map(|(_, bytes)| bytes.clone())
        .ok_or_else(|| {
            Diagnostic::error(crate::t!(
                "theme-incomplete",
                theme = theme.config.name.as_str(),
                key = entry.to_string()
            ))
        })?;
    files.push(("main.typ".to_owned(), main));
    for data in [STORY_JSON, THEME_JSON] {
        files.push((
            data.trim_start_matches('/').to_owned(),
            compiled.data_file(data),
        ));
    }
    let folder = story_dir(&project.file().path);
    for relative in compiled.story_reads() {
        if let Ok(bytes) = read_confined(&folder, &relative) {
            files.push((format!("story/{relative}"), bytes));
        }
    }
    for path in project
        .font_paths()
        .iter()
        .flat_map(|dir| font_files_in(dir))
    {
        let name = path.file_name().expect("a font file has a name");
        if let Ok(bytes) = std::fs::read(&path) {
            files.push((format!("fonts/{}", name.to_string_lossy()), bytes));
        }
    }

    let mut written = Vec::new();
    for (relative, bytes) in files {
        let target = dir.join(&relative);
        let fail = |err: std::io::Error| {
            Diagnostic::error(crate::t!(
                "output-cannot-write",
                file = target.display().to_string(),
                detail = err.to_string()
            ))
        };
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(fail)?;
        }
        std::fs::write(&target, bytes).map_err(fail)?;
        written.push(PathBuf::from(relative));
    }
    Ok(written)
}
