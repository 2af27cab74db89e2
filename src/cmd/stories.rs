//! The STORY arguments of `build`, expanded: files as given, folders to the
//! stories under them, glob patterns to their matches.

use std::path::{Path, PathBuf};

use storydeck::diag::Result;
use storydeck::{Diagnostic, t};

pub fn expand(args: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut stories = Vec::new();
    for arg in args {
        let found = if arg.is_dir() {
            let mut found = Vec::new();
            collect_dir(arg, &mut found);
            found.sort();
            if found.is_empty() {
                return Err(Diagnostic::error(t!(
                    "stories-none-in-folder",
                    dir = arg.display().to_string()
                ))
                .hint(t!("stories-none-in-folder-hint"))
                .into());
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

/// The one story `check`, `watch` and `emit` take: a file as given, or the one
/// story in a folder (as `build` finds them). A folder with none or several is
/// an error that lists what it holds.
pub fn single(path: &Path) -> Result<PathBuf> {
    if !path.is_dir() {
        return Ok(path.to_path_buf());
    }
    let mut found = expand(&[path.to_path_buf()])?;
    if found.len() == 1 {
        return Ok(found.remove(0));
    }
    let names: Vec<String> = found.iter().map(|p| p.display().to_string()).collect();
    Err(Diagnostic::error(t!(
        "stories-several-in-folder",
        dir = path.display().to_string(),
        count = found.len(),
        stories = names.join(", ")
    ))
    .hint(t!(
        "stories-several-in-folder-hint",
        example = names[0].as_str()
    ))
    .into())
}

fn is_pattern(path: &Path) -> bool {
    path.to_string_lossy().contains(['*', '?', '['])
}

fn expand_glob(pattern: &Path) -> Result<Vec<PathBuf>> {
    let text = pattern.to_string_lossy();
    let bad =
        |why: String| Diagnostic::error(t!("stories-pattern", pattern = text.as_ref(), why = why));
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
        return Err(bad(t!("stories-pattern-no-match"))
            .hint(t!("stories-pattern-no-match-hint"))
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
        } else if is_yaml(&path) && name != "theme.yaml" {
            // A theme.yaml outside themes/ (an emitted project's) is no story.
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
