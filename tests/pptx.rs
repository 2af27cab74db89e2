//! The PowerPoint export, read back as a package (zip + XML): a slide per
//! page, every story text as editable text in whole paragraphs, one title per
//! slide, the speaker notes, the document's properties, named fonts, the same
//! bytes for the same input, and no file storydeck did not write replaced.

use std::collections::BTreeMap;
use std::io::Read;

use crate::support::*;
use serde_json::Value;
use storydeck::{Deck, ExportOptions};

/// A package's parts by name.
fn parts(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut out = BTreeMap::new();
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).expect("a part");
        let name = file.name().expect("a part name").to_string();
        let mut data = Vec::new();
        file.read_to_end(&mut data).expect("the part reads");
        out.insert(name, String::from_utf8_lossy(&data).into_owned());
    }
    out
}

/// The slides' XML in slide order.
fn slides(parts: &BTreeMap<String, String>) -> Vec<roxmltree::Document<'_>> {
    let count = parts
        .keys()
        .filter(|k| k.starts_with("ppt/slides/slide") && k.ends_with(".xml"))
        .count();
    (1..=count)
        .map(|n| {
            let xml = &parts[&format!("ppt/slides/slide{n}.xml")];
            roxmltree::Document::parse(xml).expect("a slide is well-formed XML")
        })
        .collect()
}

/// The text of every paragraph (`a:p`) of a part, runs and fields joined.
fn paragraphs(doc: &roxmltree::Document) -> Vec<String> {
    doc.descendants()
        .filter(|n| n.has_tag_name("p") && n.tag_name().namespace() == Some(A))
        .map(|p| {
            p.descendants()
                .filter(|n| n.has_tag_name("t"))
                .filter_map(|t| t.text())
                .collect::<String>()
        })
        .collect()
}

const A: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";

/// What a deck prints of the story: the sheets, and its own sections.
fn deck_texts(json: &Value, deck: Deck) -> Vec<(String, String)> {
    let own: &[&str] = match deck {
        Deck::Sheets | Deck::Paper => &[],
        Deck::MayorReport => &["asks", "first_change", "outlook"],
        Deck::FinalSession => &[
            "first_change",
            "outlook",
            "reflections",
            "journey.interviews",
            "journey.learnings",
            "journey.feedback",
        ],
    };
    let mut out = Vec::new();
    story_texts(&json["sheets"], "sheets", &mut out);
    for key in own {
        let value = key.split('.').fold(json, |v, k| &v[k]);
        story_texts(value, key, &mut out);
    }
    out.retain(|(path, _)| !path.ends_with(".after"));
    out
}

#[test]
fn every_deck_of_every_corpus_story_holds_every_text_as_editable_text_with_a_title_per_slide() {
    let mut missing = Vec::new();
    let mut split = Vec::new();
    let mut total = 0usize;
    for story in corpus() {
        // The paper is filed as a PDF: PowerPoint is not asked of it.
        for deck in Deck::ALL.into_iter().filter(|d| *d != Deck::Paper) {
            let compiled = compile_deck(&story, None, deck)
                .unwrap_or_else(|e| panic!("{} {deck}: {e}", name(&story)));
            let bytes = compiled.pptx(&ExportOptions::default());
            let parts = parts(&bytes);
            let slides = slides(&parts);
            let label = format!("{} {deck}", name(&story));
            assert_eq!(
                slides.len(),
                compiled.document.pages().len(),
                "{label}: one slide per page"
            );
            for (i, slide) in slides.iter().enumerate() {
                let titles: Vec<_> = slide
                    .descendants()
                    .filter(|n| n.has_tag_name("ph") && n.attribute("type") == Some("title"))
                    .collect();
                assert_eq!(titles.len(), 1, "{label} slide {}: one title", i + 1);
                let title_shape = titles[0]
                    .ancestors()
                    .find(|n| n.has_tag_name("sp"))
                    .expect("the title is a shape");
                let title_text: String = title_shape
                    .descendants()
                    .filter(|n| n.has_tag_name("t"))
                    .filter_map(|t| t.text())
                    .collect();
                assert!(
                    !title_text.trim().is_empty(),
                    "{label} slide {}: an empty title",
                    i + 1
                );
            }
            let paras: Vec<String> = slides
                .iter()
                .flat_map(paragraphs)
                .map(|p| squash(&p))
                .collect();
            let all = paras.concat();
            let json: Value =
                serde_json::from_slice(&compiled.data_file(storydeck::data::STORY_JSON)).unwrap();
            for (path, text) in deck_texts(&json, deck) {
                total += 1;
                let text = squash(&text);
                if !all.contains(&text) {
                    missing.push(format!("{label} {path}: {text}"));
                } else if !paras.iter().any(|p| p.contains(&text)) {
                    split.push(format!("{label} {path}: {text}"));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "not in the .pptx:\n{}",
        missing.join("\n")
    );
    // A paragraph of the layout is one paragraph of PowerPoint. A text may still
    // be split where the layout itself splits it (a sheet continued on the
    // next page, a label set in two pieces): at most 3 % of the texts.
    assert!(
        split.len() * 100 <= total * 3,
        "{} of {total} texts are split over several paragraphs:\n{}",
        split.len(),
        split.join("\n")
    );
}

#[test]
fn notes_properties_fonts_and_bytes() {
    let story = example_story();
    let compiled = compile_deck(&story, None, Deck::FinalSession).unwrap();
    let bytes = compiled.pptx(&ExportOptions::default());
    // Same input, same bytes.
    assert_eq!(bytes, compiled.pptx(&ExportOptions::default()));
    let again = compile_deck(&story, None, Deck::FinalSession).unwrap();
    assert_eq!(bytes, again.pptx(&ExportOptions::default()));
    let parts = parts(&bytes);

    // The speaker notes of --notes pdfpc, on the notes pages of the same slides.
    let notes = storydeck::notes::pdfpc(&compiled.document);
    assert!(!notes.pages.is_empty(), "the example has speaker notes");
    for page in &notes.pages {
        let part = format!("ppt/notesSlides/notesSlide{}.xml", page.idx + 1);
        let xml = parts
            .get(&part)
            .unwrap_or_else(|| panic!("no notes page for slide {}", page.idx + 1));
        let doc = roxmltree::Document::parse(xml).unwrap();
        let text = squash(&paragraphs(&doc).concat());
        assert_eq!(text, squash(&page.note), "slide {}", page.idx + 1);
    }
    let notes_parts = parts
        .keys()
        .filter(|k| k.starts_with("ppt/notesSlides/notesSlide"))
        .count();
    assert_eq!(notes_parts, notes.pages.len());

    // The document's properties, as the PDF has them.
    let core = &parts["docProps/core.xml"];
    let title = roxmltree::Document::parse(core).unwrap();
    let title = title
        .descendants()
        .find(|n| n.has_tag_name("title"))
        .and_then(|n| n.text())
        .unwrap_or_default()
        .to_string();
    assert!(title.contains("水無瀬野市"), "title: {title}");
    assert!(core.contains("<dc:creator>") && !core.contains("<dc:creator></dc:creator>"));
    assert!(parts["docProps/app.xml"].contains("<Application>storydeck"));

    // Fonts named for Latin and East Asian text alike, never embedded.
    assert!(!parts.keys().any(|k| k.starts_with("ppt/fonts/")));
    let slide = &parts["ppt/slides/slide2.xml"];
    let runs = slide.matches("<a:rPr ").count();
    assert!(runs > 5);
    assert_eq!(
        slide.matches("<a:ea typeface=\"BIZ UDPGothic\"/>").count(),
        runs
    );

    // The slide number is PowerPoint's own field.
    assert!(slide.contains(r#"type="slidenum""#));
    // Bullets are bullets, not a mark typed in the text.
    let bulleted = parts
        .iter()
        .filter(|(k, _)| k.starts_with("ppt/slides/slide"))
        .any(|(_, xml)| xml.contains("<a:buChar char=\"・\"/>"));
    assert!(bulleted, "a bulleted list has PowerPoint bullets");
}

#[test]
fn a_cards_text_is_one_shape_that_reflows() {
    // The first paragraph of the vision card (sheet 1) of the mayor report:
    // several lines in the layout, one paragraph in a shape that wraps.
    let compiled = compile_deck(&example_story(), None, Deck::MayorReport).unwrap();
    let parts = parts(&compiled.pptx(&ExportOptions::default()));
    let slides = slides(&parts);
    let mut wrapped = 0;
    for slide in &slides {
        for sp in slide.descendants().filter(|n| n.has_tag_name("sp")) {
            let Some(body) = sp.children().find(|n| n.has_tag_name("txBody")) else {
                continue;
            };
            let pr = body.children().find(|n| n.has_tag_name("bodyPr")).unwrap();
            assert_eq!(pr.attribute("wrap"), Some("square"));
            // No line break typed into a paragraph: PowerPoint breaks the lines.
            assert!(!body.descendants().any(|n| n.has_tag_name("br")));
            // The shape itself is painted (its own fill or border, not its
            // text's colour): a card holding its text.
            let painted = sp
                .children()
                .find(|n| n.has_tag_name("spPr"))
                .is_some_and(|pr| pr.descendants().any(|n| n.has_tag_name("solidFill")));
            if painted
                && body
                    .children()
                    .filter(|n| n.has_tag_name("p"))
                    .any(|p| p.descendants().filter(|t| t.has_tag_name("t")).count() > 0)
            {
                wrapped += 1;
            }
        }
    }
    assert!(wrapped > 10, "boxes holding their text: {wrapped}");
}

#[test]
fn build_writes_pdf_and_pptx_from_one_layout_and_replaces_only_its_own_pptx() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("story.yaml");
    std::fs::copy(example_story(), &story).unwrap();
    let out = storydeck_ok(&[
        "build",
        path_str(&story),
        "--deck",
        "mayor-report",
        "--format",
        "pdf,pptx",
    ]);
    let pdf = dir.path().join("story-mayor-report.pdf");
    let pptx = dir.path().join("story-mayor-report.pptx");
    assert!(pdf.is_file() && pptx.is_file(), "{}", stderr(&out));
    let pages = page_texts(&pdf).len();
    let parts = parts(&std::fs::read(&pptx).unwrap());
    assert_eq!(slides(&parts).len(), pages);
    // Built again: its own file is replaced.
    storydeck_ok(&[
        "build",
        path_str(&story),
        "--deck",
        "mayor-report",
        "--format",
        "pptx",
    ]);
    // A .pptx saved by PowerPoint (another application) is never replaced.
    let foreign = dir.path().join("theirs.pptx");
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    writer
        .start_file("docProps/app.xml", zip::write::SimpleFileOptions::default())
        .unwrap();
    std::io::Write::write_all(
        &mut writer,
        b"<Application>Microsoft Office PowerPoint</Application>",
    )
    .unwrap();
    let bytes = writer.finish().unwrap().into_inner();
    std::fs::write(&foreign, &bytes).unwrap();
    let refused = storydeck(&[
        "build",
        path_str(&story),
        "--deck",
        "mayor-report",
        "--format",
        "pptx",
        "-o",
        path_str(&foreign),
    ]);
    fails_with(&refused, 1, "theirs.pptx");
    assert_eq!(
        std::fs::read(&foreign).unwrap(),
        bytes,
        "the foreign file is untouched"
    );
}

/// The text of a node's `a:t` descendants, white space removed.
fn text_of(node: roxmltree::Node) -> String {
    squash(
        &node
            .descendants()
            .filter(|n| n.has_tag_name("t"))
            .filter_map(|t| t.text())
            .collect::<String>(),
    )
}

/// A story's mayor report as a package's parts, and the story as the
/// templates read it.
fn mayor_report(story: &std::path::Path) -> (BTreeMap<String, String>, Value) {
    let compiled = compile_deck(story, None, Deck::MayorReport).unwrap();
    let parts = parts(&compiled.pptx(&ExportOptions::default()));
    let json = serde_json::from_slice(&compiled.data_file(storydeck::data::STORY_JSON)).unwrap();
    (parts, json)
}

#[test]
fn a_table_of_the_layout_is_a_powerpoint_table() {
    // The action plan (roadmap) table of every corpus story's mayor report:
    // each action one row of a PowerPoint table, its name, purpose, content,
    // audience and target in cells side by side, and nowhere else on the slide.
    let mut rows_found = 0;
    for story in corpus() {
        let (parts, json) = mayor_report(&story);
        let slides = slides(&parts);
        let actions = json["sheets"]["stage_diagram"]["roadmap"]["actions"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        for action in &actions {
            let cells: Vec<String> = ["name", "purpose", "content", "audience", "target"]
                .iter()
                .filter_map(|k| action[*k].as_str())
                .map(|s| squash(&storydeck::nobreak::plain(s)))
                .filter(|s| !s.is_empty())
                .collect();
            let found = slides.iter().find_map(|slide| {
                slide
                    .descendants()
                    .filter(|n| n.has_tag_name("tr"))
                    .find(|tr| {
                        let texts: Vec<String> = tr
                            .children()
                            .filter(|n| n.has_tag_name("tc"))
                            .map(text_of)
                            .collect();
                        texts
                            .windows(cells.len())
                            .any(|w| w.iter().zip(&cells).all(|(t, c)| t == c))
                    })
                    .map(|_| slide)
            });
            let slide = found.unwrap_or_else(|| {
                panic!(
                    "{}: action {} is no row of a PowerPoint table",
                    name(&story),
                    cells[0]
                )
            });
            // The table is its one place: no text box repeats it.
            let elsewhere = slide
                .descendants()
                .filter(|n| n.has_tag_name("sp"))
                .any(|sp| text_of(sp).contains(&cells[1]));
            assert!(!elsewhere, "{}: {} drawn twice", name(&story), cells[1]);
            rows_found += 1;
        }
        // A table is drawn with its grid: a column per column of the layout.
        for slide in &slides {
            for tbl in slide.descendants().filter(|n| n.has_tag_name("tbl")) {
                let columns = tbl
                    .descendants()
                    .filter(|n| n.has_tag_name("gridCol"))
                    .count();
                for tr in tbl.children().filter(|n| n.has_tag_name("tr")) {
                    let places: usize = tr.children().filter(|n| n.has_tag_name("tc")).count();
                    assert_eq!(places, columns, "{}: a row of the grid", name(&story));
                }
            }
        }
    }
    assert!(rows_found >= 15, "roadmap rows checked: {rows_found}");
}

#[test]
fn a_cards_body_is_one_shape_with_its_border_holding_all_its_text() {
    // The drift-future cards of the mayor report: each topic's head on its
    // band, and its statements and evidence together in one shape drawn with
    // the card's border (a grid cell's four rules made one rectangle).
    let mut cards = 0;
    let mut whole = 0;
    let mut misses = Vec::new();
    for story in corpus() {
        let (parts, json) = mayor_report(&story);
        let slides = slides(&parts);
        let topics = json["sheets"]["drift_future"]["topics"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        for topic in &topics {
            let mut texts: Vec<String> = topic["statements"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|s| s.as_str())
                .map(|s| squash(&storydeck::nobreak::plain(s)))
                .collect();
            texts.extend(
                topic["evidence"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|e| e["text"].as_str())
                    .map(|s| squash(&storydeck::nobreak::plain(s))),
            );
            if texts.is_empty() {
                continue;
            }
            cards += 1;
            let held = slides.iter().any(|slide| {
                slide
                    .descendants()
                    .filter(|n| n.has_tag_name("sp"))
                    .any(|sp| {
                        let outlined = sp
                            .children()
                            .find(|n| n.has_tag_name("spPr"))
                            .and_then(|pr| pr.children().find(|n| n.has_tag_name("ln")))
                            .is_some_and(|ln| ln.children().any(|n| n.has_tag_name("solidFill")));
                        let text = text_of(sp);
                        outlined && texts.iter().all(|t| text.contains(t.as_str()))
                    })
            });
            if held {
                whole += 1;
            } else {
                misses.push(format!("{}: {}", name(&story), texts[0]));
            }
        }
    }
    assert!(cards >= 20, "cards checked: {cards}");
    assert_eq!(
        whole,
        cards,
        "{whole} of {cards} cards hold their text in one bordered shape; not:\n{}",
        misses.join("\n")
    );
}

/// The content types are those of the parts written: every part has one (an
/// override, or its extension's default), and none names a part that is not
/// there. A deck with the theme's emblem holds pictures too.
#[test]
fn every_part_has_its_content_type_and_no_type_names_a_missing_part() {
    let emblem = storydeck::LoadOptions {
        theme: Some("kitahama".into()),
        ..storydeck::LoadOptions::default()
    };
    for (story, options) in [
        (example_story(), emblem),
        (
            repo().join("tests/fixtures/valid/everything/story.yaml"),
            storydeck::LoadOptions::default(),
        ),
    ] {
        let compiled = open_with(&story, &options)
            .and_then(|project| project.compile(Deck::MayorReport, None))
            .unwrap();
        let parts = parts(&compiled.pptx(&ExportOptions::default()));
        let types = roxmltree::Document::parse(&parts["[Content_Types].xml"]).unwrap();
        let of = |tag: &str, key: &str| -> BTreeMap<String, String> {
            types
                .descendants()
                .filter(|n| n.has_tag_name(tag))
                .map(|n| {
                    (
                        n.attribute(key).unwrap().to_owned(),
                        n.attribute("ContentType").unwrap().to_owned(),
                    )
                })
                .collect()
        };
        let overrides = of("Override", "PartName");
        let defaults = of("Default", "Extension");
        for name in parts.keys().filter(|n| *n != "[Content_Types].xml") {
            let extension = name.rsplit_once('.').unwrap().1;
            assert!(
                overrides.contains_key(&format!("/{name}")) || defaults.contains_key(extension),
                "{name} has no content type"
            );
        }
        for part in overrides.keys() {
            assert!(
                parts.contains_key(&part[1..]),
                "{part} is typed but not written"
            );
        }
        assert!(
            overrides
                .values()
                .any(|t| t.ends_with("presentationml.slide+xml"))
        );
        if story == example_story() {
            assert!(
                parts.keys().any(|n| n.starts_with("ppt/media/")),
                "the emblem is a picture"
            );
            assert_eq!(
                defaults.get("svg").map(String::as_str),
                Some("image/svg+xml")
            );
        }
    }
}
