//! The STORY arguments of `build`, expanded: files as given, folders to the
//! stories under them, glob patterns to their matches.

use std::path::{Path, PathBuf};

use storydeck::Diagnostic;
use storydeck::diag::Result;

pub fn expand(args: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut stories = Vec::new();
    for arg in args {
        let found = if arg.is_dir() {
            let mut found = Vec::new();
            collect_dir(arg, &mut found);
            found.sort();
            if found.is_empty() {
                return Err(
                    Diagnostic::error(format!("no story (.yaml) in `{}`", arg.display()))
                        .hint(
                            "a folder stands for the .yaml files under it, outside themes/ folders",
                        )
                        .into(),
                );
            }
            found
        } else if !arg.exists() && is_pattern(arg) {
            expand_glob(arg)?
        } else {
            // A missing file is reported by the build, with the other results.
            vec![arg.clone()]
        };
        for story in found {
            if !stories.contains(&story) {
                stories.push(story);
            }
        }
    }
    Ok(stories)
}

fn is_pattern(path: &Path) -> bool {
    path.to_string_lossy().contains(['*', '?', '['])
}

fn expand_glob(pattern: &Path) -> Result<Vec<PathBuf>> {
    let text = pattern.to_string_lossy();
    let bad = |why: String| Diagnostic::error(format!("`{text}`: {why}"));
    let paths = glob::glob(&text).map_err(|e| bad(e.to_string()))?;
    let mut found = Vec::new();
    for path in paths.filter_map(|p| p.ok()) {
        if path.is_dir() {
            collect_dir(&path, &mut found);
        } else if is_yaml(&path) {
            found.push(path);
        }
    }
    if found.is_empty() {
        return Err(bad("no story matches this pattern".into())
            .hint("check the pattern, or quote it so the shell passes it on unchanged")
            .into());
    }
    Ok(found)
}

/// Folders deeper than this under the one named are not searched.
const MAX_DEPTH: usize = 32;

/// Every YAML file under `dir`, except in `themes/` folders (a story's own
/// themes hold theme.yaml files) and hidden folders. Links to folders are not
/// followed: a link back up would loop forever, and a link out would build
/// stories that are not under `dir` (or the same story many times).
fn collect_dir(dir: &Path, found: &mut Vec<PathBuf>) {
    collect_below(dir, found, 0);
}

fn collect_below(dir: &Path, found: &mut Vec<PathBuf>, depth: usize) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        if name.starts_with('.') || kind.is_symlink() && path.is_dir() {
            continue;
        }
        if kind.is_dir() {
            if name != "themes" && depth < MAX_DEPTH {
                collect_below(&path, found, depth + 1);
            }
        } else if is_yaml(&path) {
            found.push(path);
        }
    }
}

fn is_yaml(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("yaml" | "yml")
    )
}
