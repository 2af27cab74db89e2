//! Helpers shared by the integration tests: run the real binary, read PDFs back.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn example_story() -> PathBuf {
    repo().join("decks/minaseno/story.yaml")
}

/// Runs `storydeck` with `args`, in English and without colour, returning its output.
pub fn storydeck(args: &[&str]) -> Output {
    storydeck_env(args, &[])
}

/// The binary with the environment every test starts from: no colour, an
/// English locale whatever the machine's (a test wanting Japanese sets `LANG`).
pub fn storydeck_command() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_storydeck"));
    command
        .env("NO_COLOR", "1")
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    command
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Writes `yaml` as `story.yaml` in a fresh temp dir.
pub fn story_in_temp(yaml: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("story.yaml");
    std::fs::write(&path, yaml).expect("write story");
    (dir, path)
}

/// A theme folder in a fresh temp dir holding only `yaml` as its theme.yaml.
pub fn theme_in_temp(yaml: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("theme.yaml"), yaml).expect("write theme");
    dir
}

/// Builds `story` into `out`, asserting success.
pub fn build_ok(story: &Path, out: &Path) {
    let output = storydeck(&["build", path_str(story), "-o", path_str(out)]);
    assert!(
        output.status.success(),
        "build failed:\n{}",
        stderr(&output)
    );
}

pub fn path_str(path: &Path) -> &str {
    path.to_str().expect("UTF-8 temp path")
}

/// The text of each page, as a PDF reader extracts it.
pub fn page_texts(pdf: &Path) -> Vec<String> {
    let doc = lopdf::Document::load(pdf).expect("a readable PDF");
    let pages = doc.get_pages();
    pages
        .keys()
        .map(|&n| doc.extract_text(&[n]).expect("extractable text"))
        .collect()
}

/// Page sizes in points (width, height), from each page's MediaBox.
pub fn page_sizes(pdf: &Path) -> Vec<(f32, f32)> {
    let doc = lopdf::Document::load(pdf).expect("a readable PDF");
    doc.get_pages()
        .values()
        .map(|&id| {
            let page = doc.get_dictionary(id).expect("page dictionary");
            let media = page
                .get(b"MediaBox")
                .and_then(|m| m.as_array())
                .expect("MediaBox");
            let n = |i: usize| media[i].as_float().expect("number");
            (n(2) - n(0), n(3) - n(1))
        })
        .collect()
}

/// Names of the fonts embedded in the PDF (BaseFont, subset prefix removed).
pub fn font_names(pdf: &Path) -> Vec<String> {
    let doc = lopdf::Document::load(pdf).expect("a readable PDF");
    let mut names: Vec<String> = doc
        .objects
        .values()
        .filter_map(|o| o.as_dict().ok())
        .filter(|d| {
            d.get(b"Type")
                .and_then(|t| t.as_name())
                .is_ok_and(|t| t == b"Font")
        })
        .filter_map(|d| d.get(b"BaseFont").and_then(|b| b.as_name()).ok())
        .map(|b| {
            let name = String::from_utf8_lossy(b).into_owned();
            name.split_once('+')
                .map_or(name.clone(), |(_, rest)| rest.to_owned())
        })
        .collect();
    names.sort();
    names.dedup();
    names
}

/// The text of each page with all white space removed (see [`squash`]).
pub fn squashed_pages(pdf: &Path) -> Vec<String> {
    page_texts(pdf).iter().map(|p| squash(p)).collect()
}

/// Text with all white space removed: wrapped lines in a PDF split words anywhere.
pub fn squash(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The PDF's bookmarks: (level, title, page).
pub fn bookmarks(pdf: &Path) -> Vec<(usize, String, usize)> {
    let doc = lopdf::Document::load(pdf).expect("a readable PDF");
    let toc = doc.get_toc().expect("the PDF has bookmarks");
    toc.toc
        .into_iter()
        .map(|t| (t.level, t.title, t.page))
        .collect()
}

/// An entry of the PDF's document information dictionary, as text.
pub fn info(pdf: &Path, key: &str) -> Option<String> {
    let doc = lopdf::Document::load(pdf).expect("a readable PDF");
    let id = doc.trailer.get(b"Info").ok()?.as_reference().ok()?;
    let dict = doc.get_dictionary(id).ok()?;
    lopdf::decode_text_string(dict.get(key.as_bytes()).ok()?).ok()
}

/// The XMP metadata packet of the PDF (where PDF/A and PDF/UA declare themselves).
pub fn xmp(pdf: &Path) -> String {
    let doc = lopdf::Document::load(pdf).expect("a readable PDF");
    let catalog = doc.catalog().expect("a catalog");
    let id = catalog
        .get(b"Metadata")
        .and_then(|m| m.as_reference())
        .expect("the PDF has XMP metadata");
    let stream = doc
        .get_object(id)
        .and_then(|o| o.as_stream())
        .expect("a stream");
    let bytes = stream
        .decompressed_content()
        .unwrap_or_else(|_| stream.content.clone());
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Runs `storydeck` with extra environment variables.
pub fn storydeck_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    storydeck_command()
        .args(args)
        .envs(env.iter().copied())
        .output()
        .expect("the storydeck binary runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Runs `storydeck` with `args`, asserting it succeeds.
pub fn storydeck_ok(args: &[&str]) -> Output {
    let output = storydeck(args);
    assert!(
        output.status.success(),
        "storydeck {args:?}: {}",
        stderr(&output)
    );
    output
}

/// Asserts that a run failed with exit `code` and said `needle` on stderr;
/// returns the stderr for further checks.
pub fn fails_with(output: &Output, code: i32, needle: &str) -> String {
    let err = stderr(output);
    assert_eq!(output.status.code(), Some(code), "{err}");
    assert!(err.contains(needle), "expected `{needle}` in:\n{err}");
    err
}

/// The hard-story corpus (tests/fixtures/valid/*/story.yaml) and the example.
pub fn corpus() -> Vec<PathBuf> {
    let dir = repo().join("tests/fixtures/valid");
    let mut stories: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the corpus folder")
        .map(|e| e.expect("a corpus entry").path().join("story.yaml"))
        .filter(|p| p.is_file())
        .collect();
    stories.sort();
    stories.push(example_story());
    assert!(
        stories.len() >= 7,
        "the corpus has its six stories and the example"
    );
    stories
}

/// A corpus story's name: its folder's.
pub fn name(story: &Path) -> String {
    let dir = story.parent().expect("a story folder");
    dir.file_name()
        .expect("a folder name")
        .to_string_lossy()
        .into_owned()
}

/// `story` opened as every build opens it, in a session of its own.
pub fn open_with(
    story: &Path,
    options: &storydeck::LoadOptions,
) -> storydeck::diag::Result<storydeck::Project> {
    storydeck::Project::open(&storydeck::Session::new(), story, options)
}

/// `deck` of `story` laid out in `theme` (`None`: the story's own), as a build
/// lays it out.
pub fn compile_deck(
    story: &Path,
    theme: Option<&str>,
    deck: storydeck::Deck,
) -> storydeck::diag::Result<storydeck::Compiled> {
    let options = storydeck::LoadOptions {
        theme: theme.map(str::to_owned),
        ..storydeck::LoadOptions::default()
    };
    open_with(story, &options)?.compile(deck, None)
}

/// Every string under `value` with its path (under `path`), as the build
/// reads them ([`storydeck::nobreak::texts_with_paths`]), except empty ones and
/// the parts of dates and fiscal years (the layout prints one form of them, not
/// all).
pub fn story_texts(value: &serde_json::Value, path: &str, out: &mut Vec<(String, String)>) {
    const DATE_PARTS: [&str; 5] = ["iso", "western", "japanese", "month_day", "short"];
    for (inner, text) in storydeck::nobreak::texts_with_paths(value) {
        let last = inner.rsplit('.').next().unwrap_or_default();
        if text.trim().is_empty() || DATE_PARTS.contains(&last) {
            continue;
        }
        let full = match (path.is_empty(), inner.is_empty() || inner.starts_with('[')) {
            (true, _) => inner,
            (false, true) => format!("{path}{inner}"),
            (false, false) => format!("{path}.{inner}"),
        };
        out.push((full, text));
    }
}

/// Every string of a story's YAML as the team wrote it, with the key it stands
/// under (`key` for a value at the top): read from the file, not the model, so
/// a test can hold the decks to what was written.
pub fn yaml_strings(value: &serde_yaml::Value, key: &str) -> Vec<(String, String)> {
    fn walk(value: &serde_yaml::Value, key: &str, out: &mut Vec<(String, String)>) {
        match value {
            serde_yaml::Value::String(s) => out.push((key.to_owned(), s.clone())),
            serde_yaml::Value::Sequence(items) => items.iter().for_each(|v| walk(v, key, out)),
            serde_yaml::Value::Mapping(map) => {
                for (k, v) in map {
                    walk(v, k.as_str().unwrap_or(""), out);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(value, key, &mut out);
    out
}
