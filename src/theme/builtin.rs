//! The themes shipped in `themes/`, compiled into the binary so that every one of
//! them works outside this repository.

use include_dir::{Dir, include_dir};

static THEMES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes");

/// The root of every theme chain: it says everything, and holds the embedded font.
pub const DEFAULT: &str = "default";

/// The folder of the built-in theme `name`, if there is one.
pub fn get(name: &str) -> Option<&'static Dir<'static>> {
    THEMES
        .get_dir(name)
        .filter(|dir| dir.get_file(dir.path().join("theme.yaml")).is_some())
}

/// Names of the built-in themes, sorted.
pub fn names() -> Vec<&'static str> {
    let mut names: Vec<&str> = THEMES
        .dirs()
        .filter_map(|d| d.path().to_str())
        .filter(|name| get(name).is_some())
        .collect();
    names.sort();
    names
}

/// A file of a built-in theme, by its path inside the theme.
pub fn file(dir: &'static Dir<'static>, relative: &str) -> Option<&'static [u8]> {
    dir.get_file(dir.path().join(relative))
        .map(|f| f.contents())
}

/// Every file of a built-in theme: (path inside the theme, contents).
pub fn files(dir: &'static Dir<'static>) -> Vec<(String, &'static [u8])> {
    let mut out = Vec::new();
    collect(dir, dir, &mut out);
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn collect(
    root: &Dir<'static>,
    dir: &'static Dir<'static>,
    out: &mut Vec<(String, &'static [u8])>,
) {
    for file in dir.files() {
        if let Ok(relative) = file.path().strip_prefix(root.path()) {
            out.push((
                relative.to_string_lossy().replace('\\', "/"),
                file.contents(),
            ));
        }
    }
    for sub in dir.dirs() {
        collect(root, sub, out);
    }
}
