//! The parts of a PresentationML package and the zip that holds them. Parts
//! are written in a fixed order with a fixed date, so the same deck gives the
//! same bytes; every part's XML goes through [`super::xml`], and the content
//! types are those of the parts written.

use std::collections::{BTreeSet, HashMap};
use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::slide::{Media, SlideXml};
use super::xml::{El, part};

const NS_A: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_P: &str = "http://schemas.openxmlformats.org/presentationml/2006/main";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const ML: &str = "application/vnd.openxmlformats-officedocument.presentationml";
const CONTENT_TYPES: &str = "[Content_Types].xml";

/// What the package says of the deck as a whole.
pub struct Properties {
    pub title: String,
    pub authors: Vec<String>,
    pub keywords: Vec<String>,
    pub description: String,
    /// W3C date-time (`2023-02-15T00:00:00Z`).
    pub created: String,
    /// The deck's main font: the theme's fonts for Latin and East Asian text.
    pub font: String,
    /// Slide size in EMU.
    pub width: i64,
    pub height: i64,
}

/// One slide and its speaker notes.
pub struct SlidePart {
    pub slide: SlideXml,
    pub notes: Option<String>,
}

/// A PresentationML root element: its name and the three namespaces.
fn presentation_ml(name: &'static str) -> El {
    El::new(name)
        .attr("xmlns:a", NS_A)
        .attr("xmlns:r", NS_R)
        .attr("xmlns:p", NS_P)
}

/// The package's bytes.
pub fn package(props: &Properties, slides: &[SlidePart]) -> Vec<u8> {
    let mut parts: Vec<(String, Vec<u8>)> = Vec::new();
    let mut add = |name: String, root: El| parts.push((name, part(&root, false).into_bytes()));

    // Pictures: the same bytes (an emblem on every slide) stored once.
    let mut media_names: HashMap<Vec<u8>, String> = HashMap::new();
    let mut media_parts: Vec<(String, Vec<u8>)> = Vec::new();
    let mut media_of = |m: &Media| -> String {
        if let Some(name) = media_names.get(&m.bytes) {
            return name.clone();
        }
        let name = format!("image{}.{}", media_parts.len() + 1, m.ext);
        media_names.insert(m.bytes.clone(), name.clone());
        media_parts.push((format!("ppt/media/{name}"), m.bytes.clone()));
        name
    };

    // First and stored: it names storydeck as the application (`SIGNATURE`).
    add("docProps/app.xml".into(), app(props, slides.len()));
    add("_rels/.rels".into(), root_rels());
    add("docProps/core.xml".into(), core(props));
    add(
        "ppt/presentation.xml".into(),
        presentation(props, slides.len()),
    );
    add(
        "ppt/_rels/presentation.xml.rels".into(),
        presentation_rels(slides.len()),
    );
    add(
        "ppt/presProps.xml".into(),
        presentation_ml("p:presentationPr"),
    );
    add(
        "ppt/viewProps.xml".into(),
        presentation_ml("p:viewPr").markup(r#"<p:normalViewPr><p:restoredLeft sz="15620"/><p:restoredTop sz="94660"/></p:normalViewPr><p:gridSpacing cx="72008" cy="72008"/>"#),
    );
    add(
        "ppt/tableStyles.xml".into(),
        El::new("a:tblStyleLst")
            .attr("xmlns:a", NS_A)
            .attr("def", "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"),
    );
    add("ppt/theme/theme1.xml".into(), theme(&props.font));
    add("ppt/theme/theme2.xml".into(), theme(&props.font));
    add("ppt/slideMasters/slideMaster1.xml".into(), master(props));
    add(
        "ppt/slideMasters/_rels/slideMaster1.xml.rels".into(),
        rels(&[
            ("rId1", "slideLayout", "../slideLayouts/slideLayout1.xml"),
            ("rId2", "theme", "../theme/theme1.xml"),
        ]),
    );
    add("ppt/slideLayouts/slideLayout1.xml".into(), layout(props));
    add(
        "ppt/slideLayouts/_rels/slideLayout1.xml.rels".into(),
        rels(&[("rId1", "slideMaster", "../slideMasters/slideMaster1.xml")]),
    );
    add("ppt/notesMasters/notesMaster1.xml".into(), notes_master());
    add(
        "ppt/notesMasters/_rels/notesMaster1.xml.rels".into(),
        rels(&[("rId1", "theme", "../theme/theme2.xml")]),
    );
    let mut slide_parts: Vec<(String, Vec<u8>)> = Vec::new();
    for (i, sp) in slides.iter().enumerate() {
        let n = i + 1;
        let mut slide_rels: Vec<(String, &str, String)> = vec![(
            "rId1".into(),
            "slideLayout",
            "../slideLayouts/slideLayout1.xml".into(),
        )];
        if sp.notes.is_some() {
            slide_rels.push((
                "rId2".into(),
                "notesSlide",
                format!("../notesSlides/notesSlide{n}.xml"),
            ));
        }
        for (k, m) in sp.slide.media.iter().enumerate() {
            slide_rels.push((
                format!("rIdMedia{}", k + 1),
                "image",
                format!("../media/{}", media_of(m)),
            ));
        }
        let refs: Vec<(&str, &str, &str)> = slide_rels
            .iter()
            .map(|(id, kind, target)| (id.as_str(), *kind, target.as_str()))
            .collect();
        slide_parts.push((
            format!("ppt/slides/slide{n}.xml"),
            sp.slide.xml.clone().into_bytes(),
        ));
        slide_parts.push((
            format!("ppt/slides/_rels/slide{n}.xml.rels"),
            part(&rels(&refs), false).into_bytes(),
        ));
        if let Some(note) = &sp.notes {
            slide_parts.push((
                format!("ppt/notesSlides/notesSlide{n}.xml"),
                part(&notes_slide(note), false).into_bytes(),
            ));
            slide_parts.push((
                format!("ppt/notesSlides/_rels/notesSlide{n}.xml.rels"),
                part(
                    &rels(&[
                        ("rId1", "notesMaster", "../notesMasters/notesMaster1.xml"),
                        ("rId2", "slide", &format!("../slides/slide{n}.xml")),
                    ]),
                    false,
                )
                .into_bytes(),
            ));
        }
    }
    parts.extend(slide_parts);
    parts.extend(media_parts);
    // Second, after the part that names the application: the content type of
    // every part written.
    let names: Vec<&str> = parts.iter().map(|(name, _)| name.as_str()).collect();
    let types = part(&content_types(&names), false).into_bytes();
    parts.insert(1, (CONTENT_TYPES.to_owned(), types));
    zip(&parts)
}

fn zip(parts: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    for (i, (name, bytes)) in parts.iter().enumerate() {
        let options = if i == 0 {
            options.compression_method(CompressionMethod::Stored)
        } else {
            options
        };
        writer
            .start_file(name.as_str(), options)
            .and_then(|()| writer.write_all(bytes).map_err(Into::into))
            .expect("writing a zip in memory does not fail");
    }
    writer
        .finish()
        .expect("writing a zip in memory does not fail")
        .into_inner()
}

fn rels(list: &[(&str, &str, &str)]) -> El {
    El::new("Relationships")
        .attr(
            "xmlns",
            "http://schemas.openxmlformats.org/package/2006/relationships",
        )
        .children(list.iter().map(|(id, kind, target)| {
            let kind = match *kind {
                "core-properties" => "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties".to_string(),
                other => format!("{REL}/{other}"),
            };
            El::new("Relationship")
                .attr("Id", id)
                .attr("Type", kind)
                .attr("Target", target)
        }))
}

fn root_rels() -> El {
    rels(&[
        ("rId1", "officeDocument", "ppt/presentation.xml"),
        ("rId2", "core-properties", "docProps/core.xml"),
        ("rId3", "extended-properties", "docProps/app.xml"),
    ])
}

/// The content type of a part, by where it stands in the package.
fn content_type(name: &str) -> Option<String> {
    let folder = name.rsplit_once('/').map_or("", |(folder, _)| folder);
    let ml = |kind: &str| Some(format!("{ML}.{kind}+xml"));
    match (folder, name) {
        (_, "ppt/presentation.xml") => ml("presentation.main"),
        (_, "ppt/presProps.xml") => ml("presProps"),
        (_, "ppt/viewProps.xml") => ml("viewProps"),
        (_, "ppt/tableStyles.xml") => ml("tableStyles"),
        (_, "docProps/core.xml") => {
            Some("application/vnd.openxmlformats-package.core-properties+xml".into())
        }
        (_, "docProps/app.xml") => {
            Some("application/vnd.openxmlformats-officedocument.extended-properties+xml".into())
        }
        ("ppt/theme", _) => Some("application/vnd.openxmlformats-officedocument.theme+xml".into()),
        ("ppt/slideMasters", _) => ml("slideMaster"),
        ("ppt/slideLayouts", _) => ml("slideLayout"),
        ("ppt/notesMasters", _) => ml("notesMaster"),
        ("ppt/slides", _) => ml("slide"),
        ("ppt/notesSlides", _) => ml("notesSlide"),
        _ => None,
    }
}

/// The content types of the parts written: a default for each kind of file
/// that has no type of its own (relationships, pictures), an override for
/// each part that has.
fn content_types(names: &[&str]) -> El {
    let extension = |name: &str| name.rsplit_once('.').map_or("", |(_, ext)| ext).to_owned();
    let defaults: BTreeSet<String> = names
        .iter()
        .filter(|name| content_type(name).is_none())
        .map(|name| extension(name))
        .collect();
    let default_type = |ext: &str| match ext {
        "rels" => "application/vnd.openxmlformats-package.relationships+xml",
        "png" => "image/png",
        "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "svg" => "image/svg+xml",
        _ => "application/xml",
    };
    El::new("Types")
        .attr(
            "xmlns",
            "http://schemas.openxmlformats.org/package/2006/content-types",
        )
        .children(defaults.iter().map(|ext| {
            El::new("Default")
                .attr("Extension", ext)
                .attr("ContentType", default_type(ext))
        }))
        .children(names.iter().filter_map(|name| {
            content_type(name).map(|kind| {
                El::new("Override")
                    .attr("PartName", format!("/{name}"))
                    .attr("ContentType", kind)
            })
        }))
}

fn core(props: &Properties) -> El {
    let creator = props.authors.join("; ");
    let date = |tag: &'static str| {
        El::new(tag)
            .attr("xsi:type", "dcterms:W3CDTF")
            .text(&props.created)
    };
    El::new("cp:coreProperties")
        .attr(
            "xmlns:cp",
            "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
        )
        .attr("xmlns:dc", "http://purl.org/dc/elements/1.1/")
        .attr("xmlns:dcterms", "http://purl.org/dc/terms/")
        .attr("xmlns:dcmitype", "http://purl.org/dc/dcmitype/")
        .attr("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
        .child(El::new("dc:title").text(&props.title).keep_open())
        .child(El::new("dc:subject").text(&props.description).keep_open())
        .child(El::new("dc:creator").text(&creator).keep_open())
        .child(
            El::new("cp:keywords")
                .text(&props.keywords.join(", "))
                .keep_open(),
        )
        .child(El::new("cp:lastModifiedBy").text(&creator).keep_open())
        .child(date("dcterms:created"))
        .child(date("dcterms:modified"))
}

fn app(props: &Properties, slides: usize) -> El {
    let format = if props.width > props.height {
        "Custom"
    } else {
        "Custom (portrait)"
    };
    El::new("Properties")
        .attr(
            "xmlns",
            "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
        )
        .attr(
            "xmlns:vt",
            "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes",
        )
        .child(El::new("Application").text(&format!("storydeck {}", env!("CARGO_PKG_VERSION"))))
        .child(El::new("PresentationFormat").text(format))
        .child(El::new("Slides").text(&slides.to_string()))
        .child(El::new("Company").keep_open())
        .child(El::new("AppVersion").text("16.0000"))
}

fn presentation(props: &Properties, slides: usize) -> El {
    let ids = (0..slides).map(|i| {
        El::new("p:sldId")
            .attr("id", 256 + i)
            .attr("r:id", format!("rIdSlide{}", i + 1))
    });
    // Notes pages are A4 portrait.
    presentation_ml("p:presentation")
        .attr("saveSubsetFonts", 1)
        .markup(r#"<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rIdMaster"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rIdNotesMaster"/></p:notesMasterIdLst>"#)
        .child(El::new("p:sldIdLst").children(ids).keep_open())
        .child(
            El::new("p:sldSz")
                .attr("cx", props.width)
                .attr("cy", props.height),
        )
        .child(El::new("p:notesSz").attr("cx", 6858000).attr("cy", 9906000))
        .child(El::new("p:defaultTextStyle").child(level_style(&props.font)))
}

/// The deck's font for Latin, East Asian and complex-script text (`cs`:
/// none when `cs_too` is false).
fn faces(font: &str, cs_too: bool) -> [El; 3] {
    [
        El::new("a:latin").attr("typeface", font),
        El::new("a:ea").attr("typeface", font),
        El::new("a:cs").attr("typeface", if cs_too { font } else { "" }),
    ]
}

fn text_colour() -> El {
    El::new("a:solidFill").child(El::new("a:schemeClr").attr("val", "tx1"))
}

fn level_style(font: &str) -> El {
    El::new("a:lvl1pPr")
        .attr("marL", 0)
        .attr("algn", "l")
        .attr("defTabSz", 914400)
        .attr("eaLnBrk", 1)
        .attr("latinLnBrk", 0)
        .attr("hangingPunct", 1)
        .child(
            El::new("a:defRPr")
                .attr("sz", 1800)
                .attr("kern", 1200)
                .child(text_colour())
                .children(faces(font, true)),
        )
}

fn presentation_rels(slides: usize) -> El {
    let mut list: Vec<(String, &str, String)> = vec![
        (
            "rIdMaster".into(),
            "slideMaster",
            "slideMasters/slideMaster1.xml".into(),
        ),
        (
            "rIdNotesMaster".into(),
            "notesMaster",
            "notesMasters/notesMaster1.xml".into(),
        ),
        ("rIdTheme".into(), "theme", "theme/theme1.xml".into()),
        ("rIdPresProps".into(), "presProps", "presProps.xml".into()),
        ("rIdViewProps".into(), "viewProps", "viewProps.xml".into()),
        (
            "rIdTableStyles".into(),
            "tableStyles",
            "tableStyles.xml".into(),
        ),
    ];
    for i in 1..=slides {
        list.push((
            format!("rIdSlide{i}"),
            "slide",
            format!("slides/slide{i}.xml"),
        ));
    }
    let refs: Vec<(&str, &str, &str)> = list
        .iter()
        .map(|(a, b, c)| (a.as_str(), *b, c.as_str()))
        .collect();
    rels(&refs)
}

/// A shape tree's own group properties, which every tree opens with.
const EMPTY_TREE: &str = r#"<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>"#;

const CLR_MAP: &str = r#"<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>"#;

/// The title placeholder of the master and layout: the top of the slide. Each
/// slide places its own title where its layout put it.
fn title_placeholder(props: &Properties) -> El {
    El::new("p:sp")
        .markup(r#"<p:nvSpPr><p:cNvPr id="2" name="Title"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr>"#)
        .child(
            El::new("p:spPr").child(
                El::new("a:xfrm")
                    .child(
                        El::new("a:off")
                            .attr("x", props.width / 20)
                            .attr("y", props.height / 40),
                    )
                    .child(
                        El::new("a:ext")
                            .attr("cx", props.width * 9 / 10)
                            .attr("cy", props.height / 8),
                    ),
            ),
        )
        .markup(r#"<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="ja-JP"/></a:p></p:txBody>"#)
}

fn master(props: &Properties) -> El {
    let level = |size: u32, bold: u8| {
        El::new("a:lvl1pPr")
            .attr("algn", "l")
            .markup(r#"<a:spcBef><a:spcPts val="0"/></a:spcBef><a:buNone/>"#)
            .child(
                El::new("a:defRPr")
                    .attr("sz", size)
                    .attr("b", bold)
                    .child(text_colour())
                    .children(faces(&props.font, true)),
            )
    };
    presentation_ml("p:sldMaster")
        .child(
            El::new("p:cSld")
                .markup(r#"<p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>"#)
                .child(
                    El::new("p:spTree")
                        .markup(EMPTY_TREE)
                        .child(title_placeholder(props)),
                ),
        )
        .markup(CLR_MAP)
        .markup(
            r#"<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst>"#,
        )
        .child(
            El::new("p:txStyles")
                .child(El::new("p:titleStyle").child(level(2400, 1)))
                .child(El::new("p:bodyStyle").child(level(1800, 0)))
                .child(El::new("p:otherStyle").child(level(1800, 0))),
        )
}

// The layout repeats the master's namespaces and title placeholder by design:
// PresentationML wants them in each part.
fn layout(props: &Properties) -> El {
    presentation_ml("p:sldLayout")
        .attr("type", "titleOnly")
        .attr("preserve", 1)
        .child(
            El::new("p:cSld").attr("name", "storydeck").child(
                El::new("p:spTree")
                    .markup(EMPTY_TREE)
                    .child(title_placeholder(props)),
            ),
        )
        .markup("<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>")
}

fn notes_master() -> El {
    presentation_ml("p:notesMaster")
        .child(El::new("p:cSld").child(El::new("p:spTree").markup(EMPTY_TREE).markup(concat!(
            r#"<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg" idx="2"/></p:nvPr></p:nvSpPr>"#,
            r#"<p:spPr><a:xfrm><a:off x="685800" y="742950"/><a:ext cx="5486400" cy="3086100"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="12700"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln></p:spPr></p:sp>"#,
            r#"<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" sz="quarter" idx="3"/></p:nvPr></p:nvSpPr>"#,
            r#"<p:spPr><a:xfrm><a:off x="685800" y="4114800"/><a:ext cx="5486400" cy="5029200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="ja-JP"/></a:p></p:txBody></p:sp>"#,
        ))))
        .markup(CLR_MAP)
        .markup(r#"<p:notesStyle><a:lvl1pPr marL="0" algn="l"><a:defRPr sz="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr></p:notesStyle>"#)
}

fn notes_slide(note: &str) -> El {
    let paragraphs = note.split('\n').map(|line| {
        if line.is_empty() {
            El::new("a:p").child(El::new("a:endParaRPr").attr("lang", "ja-JP"))
        } else {
            El::new("a:p").child(
                El::new("a:r")
                    .child(
                        El::new("a:rPr")
                            .attr("lang", "ja-JP")
                            .attr("altLang", "en-US"),
                    )
                    .child(El::new("a:t").text(line)),
            )
        }
    });
    presentation_ml("p:notes")
        .child(
            El::new("p:cSld").child(
                El::new("p:spTree")
                    .markup(EMPTY_TREE)
                    .markup(r#"<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>"#)
                    .child(
                        El::new("p:sp")
                            .markup(r#"<p:nvSpPr><p:cNvPr id="3" name="Notes"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/>"#)
                            .child(
                                El::new("p:txBody")
                                    .markup("<a:bodyPr/><a:lstStyle/>")
                                    .children(paragraphs),
                            ),
                    ),
            ),
        )
        .markup("<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>")
}

/// A theme of plain colours whose fonts are the deck's, for Latin and East
/// Asian text.
fn theme(font: &str) -> El {
    El::new("a:theme")
        .attr("xmlns:a", NS_A)
        .attr("name", "storydeck")
        .child(
            El::new("a:themeElements")
                .markup(concat!(
                    r#"<a:clrScheme name="storydeck"><a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1>"#,
                    r#"<a:dk2><a:srgbClr val="1F2937"/></a:dk2><a:lt2><a:srgbClr val="F3F4F6"/></a:lt2>"#,
                    r#"<a:accent1><a:srgbClr val="2D6A4F"/></a:accent1><a:accent2><a:srgbClr val="B45309"/></a:accent2>"#,
                    r#"<a:accent3><a:srgbClr val="1D4ED8"/></a:accent3><a:accent4><a:srgbClr val="7C3AED"/></a:accent4>"#,
                    r#"<a:accent5><a:srgbClr val="0E7490"/></a:accent5><a:accent6><a:srgbClr val="BE123C"/></a:accent6>"#,
                    r#"<a:hlink><a:srgbClr val="1D4ED8"/></a:hlink><a:folHlink><a:srgbClr val="7C3AED"/></a:folHlink></a:clrScheme>"#,
                ))
                .child(
                    El::new("a:fontScheme")
                        .attr("name", "storydeck")
                        .child(El::new("a:majorFont").children(faces(font, false)))
                        .child(El::new("a:minorFont").children(faces(font, false))),
                )
                .markup(concat!(
                    r#"<a:fmtScheme name="storydeck"><a:fillStyleLst>"#,
                    r#"<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>"#,
                    "</a:fillStyleLst><a:lnStyleLst>",
                    r#"<a:ln w="6350"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>"#,
                    r#"<a:ln w="12700"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>"#,
                    r#"<a:ln w="19050"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>"#,
                    "</a:lnStyleLst>",
                    "<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>",
                    "<a:bgFillStyleLst>",
                    r#"<a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill><a:solidFill><a:schemeClr val="phClr"/></a:solidFill>"#,
                    "</a:bgFillStyleLst></a:fmtScheme>",
                )),
        )
        .markup("<a:objectDefaults/><a:extraClrSchemeLst/>")
}
