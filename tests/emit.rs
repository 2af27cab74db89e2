//! `storydeck emit` (issue 7): the deck as a plain Typst project that compiles
//! on its own, from files on disk, to what `storydeck build` renders.

use std::path::{Path, PathBuf};

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_kit::fonts::FontStore;

use crate::support::*;

/// What `typst compile --root <dir> --font-path <dir>/fonts --ignore-system-fonts
/// <dir>/main.typ` sees: plain files under the project folder, and its fonts.
struct ProjectWorld {
    root: PathBuf,
    library: LazyHash<Library>,
    fonts: FontStore,
    main: FileId,
}

impl ProjectWorld {
    fn new(root: &Path) -> Self {
        let mut fonts = FontStore::new();
        fonts.extend(typst_kit::fonts::scan(&root.join("fonts")));
        let main =
            RootedPath::new(VirtualRoot::Project, VirtualPath::new("/main.typ").unwrap()).intern();
        ProjectWorld {
            root: root.to_owned(),
            library: LazyHash::new(Library::default()),
            fonts,
            main,
        }
    }
}

impl World for ProjectWorld {
    fn library(&self) -> &LazyHash<Library> {
        &self.library
    }
    fn book(&self) -> &LazyHash<FontBook> {
        self.fonts.book()
    }
    fn main(&self) -> FileId {
        self.main
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        let bytes = self.file(id)?;
        let text = std::str::from_utf8(&bytes).map_err(|_| FileError::InvalidUtf8)?;
        Ok(Source::new(id, text.to_owned()))
    }
    fn file(&self, id: FileId) -> FileResult<Bytes> {
        let path = self
            .root
            .join(id.vpath().get_with_slash().trim_start_matches('/'));
        std::fs::read(&path)
            .map(Bytes::new)
            .map_err(|e| FileError::from_io(e, &path))
    }
    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.font(index)
    }
    fn today(&self, _: Option<Duration>) -> Option<Datetime> {
        Datetime::from_ymd(2022, 2, 15)
    }
}

#[test]
fn the_emitted_project_compiles_alone_to_the_same_pages() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("project");
    let story = example_story();
    let output = storydeck_ok(&[
        "emit",
        path_str(&story),
        "--deck",
        "mayor-report",
        "-o",
        path_str(&project),
    ]);
    assert!(
        stdout(&output).contains("typst compile --font-path"),
        "{}",
        stdout(&output)
    );
    for file in [
        "main.typ",
        "mayor-report.typ",
        "lib/slides.typ",
        "slides/cover.typ",
        "data/story.json",
        "data/theme.json",
        "fonts/BIZUDPGothic-Regular.ttf",
        "fonts/BIZUDPGothic-Bold.ttf",
        "fonts/OFL.txt",
    ] {
        assert!(project.join(file).is_file(), "{file}");
    }
    // The story is data in the project too: a JSON file, never pasted into markup.
    let json: serde_json::Value =
        serde_json::from_slice(&std::fs::read(project.join("data/story.json")).unwrap()).unwrap();
    // (With the joiners that keep its phrases whole, as every deck reads it.)
    assert_eq!(
        storydeck::nobreak::plain(json["municipality"].as_str().unwrap()),
        "水無瀬野市"
    );
    assert!(
        !std::fs::read_to_string(project.join("main.typ"))
            .unwrap()
            .contains("水無瀬野市")
    );

    let world = ProjectWorld::new(&project);
    let document = typst::compile::<typst_layout::PagedDocument>(&world)
        .output
        .unwrap_or_else(|e| panic!("the project compiles: {e:?}"));
    let pdf = typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default()).unwrap();
    let emitted = dir.path().join("emitted.pdf");
    std::fs::write(&emitted, pdf).unwrap();

    let built = dir.path().join("built.pdf");
    storydeck_ok(&[
        "build",
        path_str(&story),
        "--deck",
        "mayor-report",
        "-o",
        path_str(&built),
    ]);
    // Plain Typst leaves the word joiners that keep tokens whole (９０％) in
    // the PDF's text (and so text runs the extractor spaces differently);
    // storydeck takes them out after layout. The pages say the same.
    let plain = |pages: Vec<String>| -> Vec<String> {
        pages
            .iter()
            .map(|p| squash(&storydeck::nobreak::plain(p)))
            .collect()
    };
    assert_eq!(plain(page_texts(&emitted)), plain(page_texts(&built)));
}

#[test]
fn emit_refuses_a_folder_that_holds_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.txt"), "mine").unwrap();
    let story = example_story();
    let output = storydeck(&["emit", path_str(&story), "-o", path_str(dir.path())]);
    fails_with(&output, 1, "is not empty");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("notes.txt")).unwrap(),
        "mine"
    );
}
