//! The parts of a PresentationML package and the zip that holds them. Parts
//! are written in a fixed order with a fixed date, so the same deck gives the
//! same bytes.

use std::collections::HashMap;
use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::slide::{Media, SlideXml};
use super::xml::escape;

const NS_A: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_P: &str = "http://schemas.openxmlformats.org/presentationml/2006/main";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const HEAD: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;

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

/// The package's bytes.
pub fn package(props: &Properties, slides: &[SlidePart]) -> Vec<u8> {
    let mut parts: Vec<(String, Vec<u8>)> = Vec::new();
    let mut add = |name: String, text: String| parts.push((name, text.into_bytes()));

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
    add("[Content_Types].xml".into(), content_types(slides));
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
        format!(r#"{HEAD}<p:presentationPr xmlns:a="{NS_A}" xmlns:r="{NS_R}" xmlns:p="{NS_P}"/>"#),
    );
    add(
        "ppt/viewProps.xml".into(),
        format!(
            r#"{HEAD}<p:viewPr xmlns:a="{NS_A}" xmlns:r="{NS_R}" xmlns:p="{NS_P}"><p:normalViewPr><p:restoredLeft sz="15620"/><p:restoredTop sz="94660"/></p:normalViewPr><p:gridSpacing cx="72008" cy="72008"/></p:viewPr>"#
        ),
    );
    add(
        "ppt/tableStyles.xml".into(),
        format!(
            r#"{HEAD}<a:tblStyleLst xmlns:a="{NS_A}" def="{{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}}"/>"#
        ),
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
    for (i, part) in slides.iter().enumerate() {
        let n = i + 1;
        let mut slide_rels: Vec<(String, &str, String)> = vec![(
            "rId1".into(),
            "slideLayout",
            "../slideLayouts/slideLayout1.xml".into(),
        )];
        if part.notes.is_some() {
            slide_rels.push((
                "rId2".into(),
                "notesSlide",
                format!("../notesSlides/notesSlide{n}.xml"),
            ));
        }
        for (k, m) in part.slide.media.iter().enumerate() {
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
        add(format!("ppt/slides/slide{n}.xml"), part.slide.xml.clone());
        add(format!("ppt/slides/_rels/slide{n}.xml.rels"), rels(&refs));
        if let Some(note) = &part.notes {
            add(
                format!("ppt/notesSlides/notesSlide{n}.xml"),
                notes_slide(note),
            );
            add(
                format!("ppt/notesSlides/_rels/notesSlide{n}.xml.rels"),
                rels(&[
                    ("rId1", "notesMaster", "../notesMasters/notesMaster1.xml"),
                    ("rId2", "slide", &format!("../slides/slide{n}.xml")),
                ]),
            );
        }
    }
    parts.extend(media_parts);
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

fn rels(list: &[(&str, &str, &str)]) -> String {
    let mut out = format!(
        r#"{HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
    );
    for (id, kind, target) in list {
        let kind = match *kind {
            "core-properties" => {
                "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
                    .to_string()
            }
            other => format!("{REL}/{other}"),
        };
        out.push_str(&format!(
            r#"<Relationship Id="{id}" Type="{kind}" Target="{target}"/>"#
        ));
    }
    out.push_str("</Relationships>");
    out
}

fn root_rels() -> String {
    rels(&[
        ("rId1", "officeDocument", "ppt/presentation.xml"),
        ("rId2", "core-properties", "docProps/core.xml"),
        ("rId3", "extended-properties", "docProps/app.xml"),
    ])
}

fn content_types(slides: &[SlidePart]) -> String {
    let ml = "application/vnd.openxmlformats-officedocument.presentationml";
    let mut out = format!(
        concat!(
            r#"{HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#,
            r#"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#,
            r#"<Default Extension="xml" ContentType="application/xml"/>"#,
            r#"<Default Extension="png" ContentType="image/png"/>"#,
            r#"<Default Extension="jpeg" ContentType="image/jpeg"/>"#,
            r#"<Default Extension="gif" ContentType="image/gif"/>"#,
            r#"<Default Extension="svg" ContentType="image/svg+xml"/>"#,
            r#"<Override PartName="/ppt/presentation.xml" ContentType="{ml}.presentation.main+xml"/>"#,
            r#"<Override PartName="/ppt/slideMasters/slideMaster1.xml" ContentType="{ml}.slideMaster+xml"/>"#,
            r#"<Override PartName="/ppt/slideLayouts/slideLayout1.xml" ContentType="{ml}.slideLayout+xml"/>"#,
            r#"<Override PartName="/ppt/notesMasters/notesMaster1.xml" ContentType="{ml}.notesMaster+xml"/>"#,
            r#"<Override PartName="/ppt/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>"#,
            r#"<Override PartName="/ppt/theme/theme2.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>"#,
            r#"<Override PartName="/ppt/presProps.xml" ContentType="{ml}.presProps+xml"/>"#,
            r#"<Override PartName="/ppt/viewProps.xml" ContentType="{ml}.viewProps+xml"/>"#,
            r#"<Override PartName="/ppt/tableStyles.xml" ContentType="{ml}.tableStyles+xml"/>"#,
            r#"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#,
            r#"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#,
        ),
        HEAD = HEAD,
        ml = ml
    );
    for (i, part) in slides.iter().enumerate() {
        let n = i + 1;
        out.push_str(&format!(
            r#"<Override PartName="/ppt/slides/slide{n}.xml" ContentType="{ml}.slide+xml"/>"#
        ));
        if part.notes.is_some() {
            out.push_str(&format!(
                r#"<Override PartName="/ppt/notesSlides/notesSlide{n}.xml" ContentType="{ml}.notesSlide+xml"/>"#
            ));
        }
    }
    out.push_str("</Types>");
    out
}

fn core(props: &Properties) -> String {
    format!(
        concat!(
            r#"{HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#,
            r#"xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" "#,
            r#"xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#,
            "<dc:title>{title}</dc:title><dc:subject>{subject}</dc:subject><dc:creator>{creator}</dc:creator><cp:keywords>{keywords}</cp:keywords>",
            "<cp:lastModifiedBy>{creator}</cp:lastModifiedBy>",
            r#"<dcterms:created xsi:type="dcterms:W3CDTF">{date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{date}</dcterms:modified>"#,
            "</cp:coreProperties>"
        ),
        HEAD = HEAD,
        title = escape(&props.title),
        subject = escape(&props.description),
        creator = escape(&props.authors.join("; ")),
        keywords = escape(&props.keywords.join(", ")),
        date = props.created,
    )
}

fn app(props: &Properties, slides: usize) -> String {
    format!(
        concat!(
            r#"{HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" "#,
            r#"xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">"#,
            "<Application>storydeck {version}</Application><PresentationFormat>{format}</PresentationFormat>",
            "<Slides>{slides}</Slides><Company></Company><AppVersion>16.0000</AppVersion></Properties>"
        ),
        HEAD = HEAD,
        version = env!("CARGO_PKG_VERSION"),
        format = if props.width > props.height {
            "Custom"
        } else {
            "Custom (portrait)"
        },
        slides = slides,
    )
}

fn presentation(props: &Properties, slides: usize) -> String {
    let mut ids = String::new();
    for i in 0..slides {
        ids.push_str(&format!(
            r#"<p:sldId id="{}" r:id="rIdSlide{}"/>"#,
            256 + i,
            i + 1
        ));
    }
    // Notes pages are A4 portrait.
    format!(
        concat!(
            r#"{HEAD}<p:presentation xmlns:a="{a}" xmlns:r="{r}" xmlns:p="{p}" saveSubsetFonts="1">"#,
            r#"<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rIdMaster"/></p:sldMasterIdLst>"#,
            r#"<p:notesMasterIdLst><p:notesMasterId r:id="rIdNotesMaster"/></p:notesMasterIdLst>"#,
            "<p:sldIdLst>{ids}</p:sldIdLst>",
            r#"<p:sldSz cx="{w}" cy="{h}"/><p:notesSz cx="6858000" cy="9906000"/>"#,
            "<p:defaultTextStyle>{style}</p:defaultTextStyle></p:presentation>"
        ),
        HEAD = HEAD,
        a = NS_A,
        r = NS_R,
        p = NS_P,
        ids = ids,
        w = props.width,
        h = props.height,
        style = level_style(&props.font),
    )
}

fn level_style(font: &str) -> String {
    let face = escape(font);
    format!(
        r#"<a:lvl1pPr marL="0" algn="l" defTabSz="914400" eaLnBrk="1" latinLnBrk="0" hangingPunct="1"><a:defRPr sz="1800" kern="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="{face}"/><a:ea typeface="{face}"/><a:cs typeface="{face}"/></a:defRPr></a:lvl1pPr>"#
    )
}

fn presentation_rels(slides: usize) -> String {
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

const EMPTY_TREE: &str = r#"<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>"#;

const CLR_MAP: &str = r#"<p:clrMap bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"/>"#;

/// The title placeholder of the master and layout: the top of the slide. Each
/// slide places its own title where its layout put it.
fn title_placeholder(props: &Properties) -> String {
    format!(
        r#"<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{w}" cy="{h}"/></a:xfrm></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="ja-JP"/></a:p></p:txBody></p:sp>"#,
        x = props.width / 20,
        y = props.height / 40,
        w = props.width * 9 / 10,
        h = props.height / 8,
    )
}

fn master(props: &Properties) -> String {
    let face = escape(&props.font);
    let level = |size: u32, bold: u8| {
        format!(
            r#"<a:lvl1pPr algn="l"><a:spcBef><a:spcPts val="0"/></a:spcBef><a:buNone/><a:defRPr sz="{size}" b="{bold}"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="{face}"/><a:ea typeface="{face}"/><a:cs typeface="{face}"/></a:defRPr></a:lvl1pPr>"#
        )
    };
    format!(
        concat!(
            r#"{HEAD}<p:sldMaster xmlns:a="{a}" xmlns:r="{r}" xmlns:p="{p}"><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>"#,
            "<p:spTree>{tree}{title}</p:spTree></p:cSld>{clr}",
            r#"<p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst>"#,
            "<p:txStyles><p:titleStyle>{title_style}</p:titleStyle><p:bodyStyle>{body_style}</p:bodyStyle><p:otherStyle>{body_style}</p:otherStyle></p:txStyles></p:sldMaster>"
        ),
        HEAD = HEAD,
        a = NS_A,
        r = NS_R,
        p = NS_P,
        tree = EMPTY_TREE,
        title = title_placeholder(props),
        clr = CLR_MAP,
        title_style = level(2400, 1),
        body_style = level(1800, 0),
    )
}

// The layout repeats the master's namespaces and title placeholder by design:
// PresentationML wants them in each part.
fn layout(props: &Properties) -> String {
    format!(
        concat!(
            r#"{HEAD}<p:sldLayout xmlns:a="{a}" xmlns:r="{r}" xmlns:p="{p}" type="titleOnly" preserve="1">"#,
            r#"<p:cSld name="storydeck"><p:spTree>{tree}{title}</p:spTree></p:cSld>"#,
            "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>"
        ),
        HEAD = HEAD,
        a = NS_A,
        r = NS_R,
        p = NS_P,
        tree = EMPTY_TREE,
        title = title_placeholder(props),
    )
}

fn notes_master() -> String {
    format!(
        concat!(
            r#"{HEAD}<p:notesMaster xmlns:a="{a}" xmlns:r="{r}" xmlns:p="{p}"><p:cSld><p:spTree>{tree}"#,
            r#"<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg" idx="2"/></p:nvPr></p:nvSpPr>"#,
            r#"<p:spPr><a:xfrm><a:off x="685800" y="742950"/><a:ext cx="5486400" cy="3086100"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="12700"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln></p:spPr></p:sp>"#,
            r#"<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" sz="quarter" idx="3"/></p:nvPr></p:nvSpPr>"#,
            r#"<p:spPr><a:xfrm><a:off x="685800" y="4114800"/><a:ext cx="5486400" cy="5029200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr lang="ja-JP"/></a:p></p:txBody></p:sp>"#,
            "</p:spTree></p:cSld>{clr}<p:notesStyle>{style}</p:notesStyle></p:notesMaster>"
        ),
        HEAD = HEAD,
        a = NS_A,
        r = NS_R,
        p = NS_P,
        tree = EMPTY_TREE,
        clr = CLR_MAP,
        style = r#"<a:lvl1pPr marL="0" algn="l"><a:defRPr sz="1200"><a:solidFill><a:schemeClr val="tx1"/></a:solidFill><a:latin typeface="+mn-lt"/><a:ea typeface="+mn-ea"/><a:cs typeface="+mn-cs"/></a:defRPr></a:lvl1pPr>"#,
    )
}

fn notes_slide(note: &str) -> String {
    let paragraphs: String = note
        .split('\n')
        .map(|line| {
            if line.is_empty() {
                r#"<a:p><a:endParaRPr lang="ja-JP"/></a:p>"#.to_string()
            } else {
                format!(
                    r#"<a:p><a:r><a:rPr lang="ja-JP" altLang="en-US"/><a:t>{}</a:t></a:r></a:p>"#,
                    escape(line)
                )
            }
        })
        .collect();
    format!(
        concat!(
            r#"{HEAD}<p:notes xmlns:a="{a}" xmlns:r="{r}" xmlns:p="{p}"><p:cSld><p:spTree>{tree}"#,
            r#"<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>"#,
            r#"<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/>"#,
            "<p:txBody><a:bodyPr/><a:lstStyle/>{paragraphs}</p:txBody></p:sp>",
            "</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>"
        ),
        HEAD = HEAD,
        a = NS_A,
        r = NS_R,
        p = NS_P,
        tree = EMPTY_TREE,
        paragraphs = paragraphs,
    )
}

/// A theme of plain colours whose fonts are the deck's, for Latin and East
/// Asian text.
fn theme(font: &str) -> String {
    let face = escape(font);
    let fonts =
        format!(r#"<a:latin typeface="{face}"/><a:ea typeface="{face}"/><a:cs typeface=""/>"#);
    let solid = r#"<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>"#;
    let line = |w: u32| {
        format!(r#"<a:ln w="{w}"><a:solidFill><a:schemeClr val="phClr"/></a:solidFill></a:ln>"#)
    };
    format!(
        concat!(
            r#"{HEAD}<a:theme xmlns:a="{a}" name="storydeck"><a:themeElements>"#,
            r#"<a:clrScheme name="storydeck"><a:dk1><a:srgbClr val="000000"/></a:dk1><a:lt1><a:srgbClr val="FFFFFF"/></a:lt1>"#,
            r#"<a:dk2><a:srgbClr val="1F2937"/></a:dk2><a:lt2><a:srgbClr val="F3F4F6"/></a:lt2>"#,
            r#"<a:accent1><a:srgbClr val="2D6A4F"/></a:accent1><a:accent2><a:srgbClr val="B45309"/></a:accent2>"#,
            r#"<a:accent3><a:srgbClr val="1D4ED8"/></a:accent3><a:accent4><a:srgbClr val="7C3AED"/></a:accent4>"#,
            r#"<a:accent5><a:srgbClr val="0E7490"/></a:accent5><a:accent6><a:srgbClr val="BE123C"/></a:accent6>"#,
            r#"<a:hlink><a:srgbClr val="1D4ED8"/></a:hlink><a:folHlink><a:srgbClr val="7C3AED"/></a:folHlink></a:clrScheme>"#,
            r#"<a:fontScheme name="storydeck"><a:majorFont>{fonts}</a:majorFont><a:minorFont>{fonts}</a:minorFont></a:fontScheme>"#,
            r#"<a:fmtScheme name="storydeck"><a:fillStyleLst>{solid}{solid}{solid}</a:fillStyleLst>"#,
            "<a:lnStyleLst>{l1}{l2}{l3}</a:lnStyleLst>",
            "<a:effectStyleLst><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle></a:effectStyleLst>",
            "<a:bgFillStyleLst>{solid}{solid}{solid}</a:bgFillStyleLst></a:fmtScheme>",
            "</a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
        ),
        HEAD = HEAD,
        a = NS_A,
        fonts = fonts,
        solid = solid,
        l1 = line(6350),
        l2 = line(12700),
        l3 = line(19050),
    )
}
