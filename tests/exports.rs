//! Exports (issue 7): PNG and SVG pages, PDF/A-2b and PDF/UA-1, bookmarks,
//! document metadata and SOURCE_DATE_EPOCH.

use std::path::Path;

use crate::support::*;

fn png_size(path: &Path) -> (u32, u32) {
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(path).unwrap()));
    let reader = decoder.read_info().unwrap();
    (reader.info().width, reader.info().height)
}

#[test]
fn png_writes_one_image_per_page_at_the_asked_resolution() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.png");
    let story = example_story();
    let output = storydeck_ok(&[
        "build",
        path_str(&story),
        "--format",
        "png",
        "--ppi",
        "30",
        "-o",
        path_str(&out),
    ]);
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let expected: Vec<String> = (1..=9).map(|p| format!("x-{p:02}.png")).collect();
    assert_eq!(names, expected);
    // A4 landscape, 297 × 210 mm, at 30 pixels per inch.
    assert_eq!(png_size(&dir.path().join("x-01.png")), (351, 248));
    assert!(
        stdout(&output).contains("x-01.png … "),
        "{}",
        stdout(&output)
    );
}

#[test]
fn png_and_svg_default_names_sit_beside_the_story() {
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("town.yaml");
    std::fs::copy(example_story(), &story).unwrap();
    storydeck_ok(&[
        "build",
        path_str(&story),
        "--deck",
        "mayor-report",
        "--format",
        "svg",
    ]);
    // One SVG per page of the same deck as a PDF.
    let pdf = dir.path().join("town-mayor-report.pdf");
    storydeck_ok(&["build", path_str(&story), "--deck", "mayor-report"]);
    let count = page_texts(&pdf).len();
    assert!(count >= 14, "{count}");
    for page in 1..=count {
        let svg =
            std::fs::read_to_string(dir.path().join(format!("town-mayor-report-{page:02}.svg")))
                .unwrap();
        assert!(svg.starts_with("<svg"), "page {page}");
        assert!(
            svg.contains("viewBox=\"0 0 841.88"),
            "16:9 slide width, page {page}"
        );
    }
    assert!(
        !dir.path()
            .join(format!("town-mayor-report-{:02}.svg", count + 1))
            .exists()
    );
}

#[test]
fn a_bad_ppi_is_a_usage_error() {
    let story = example_story();
    let output = storydeck(&["build", path_str(&story), "--format", "png", "--ppi", "0"]);
    fails_with(&output, 2, "pixels per inch");
}

#[test]
fn pdf_a_2b_declares_itself_and_rebuilds_byte_identically() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.pdf"), dir.path().join("b.pdf"));
    let story = example_story();
    for out in [&a, &b] {
        storydeck_ok(&[
            "build",
            path_str(&story),
            "--pdf-standard",
            "a-2b",
            "-o",
            path_str(out),
        ]);
    }
    let xmp = xmp(&a);
    assert!(xmp.contains("<pdfaid:part>2</pdfaid:part>"), "{xmp}");
    assert!(
        xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"),
        "{xmp}"
    );
    assert_eq!(std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    assert_eq!(page_texts(&a).len(), 9);
}

#[test]
fn every_shipped_theme_and_deck_passes_pdf_a_2b_and_ua_1_together() {
    let dir = tempfile::tempdir().unwrap();
    let story = example_story();
    for theme in ["default", "kitahama"] {
        let out = dir.path().join(theme);
        let output = storydeck(&[
            "build",
            path_str(&story),
            "--deck",
            "all",
            "--theme",
            theme,
            "--pdf-standard",
            "a-2b,ua-1",
            "-o",
            path_str(&out),
        ]);
        assert!(output.status.success(), "{theme}: {}", stderr(&output));
        let xmp = xmp(&out.join("story-final-session.pdf"));
        assert!(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), "{xmp}");
        assert!(xmp.contains("<pdfaid:part>2</pdfaid:part>"), "{xmp}");
    }
}

#[test]
fn ua_1_refuses_an_image_without_alt_text_and_names_the_theme_file() {
    let dir = tempfile::tempdir().unwrap();
    let theme = dir.path().join("no-alt");
    std::fs::create_dir_all(&theme).unwrap();
    std::fs::write(theme.join("theme.yaml"), "name: no-alt\n").unwrap();
    std::fs::write(
        theme.join("dot.svg"),
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><circle cx="5" cy="5" r="4"/></svg>"#,
    )
    .unwrap();
    std::fs::write(
        theme.join("sheets.typ"),
        "#import \"lib/common.typ\": *\n#show: setup\n#image(\"dot.svg\", width: 2cm)\n",
    )
    .unwrap();
    let out = dir.path().join("x.pdf");
    let story = example_story();
    let output = storydeck(&[
        "build",
        path_str(&story),
        "--theme",
        path_str(&theme),
        "--pdf-standard",
        "ua-1",
        "-o",
        path_str(&out),
    ]);
    let err = fails_with(&output, 1, "alt");
    assert!(
        err.contains("sheets.typ:3:"),
        "the image call is located: {err}"
    );
    assert!(err.contains("--pdf-standard"), "{err}");
    assert!(!out.exists(), "nothing is written");
    // Without the standard the same theme builds.
    storydeck_ok(&[
        "build",
        path_str(&story),
        "--theme",
        path_str(&theme),
        "-o",
        path_str(&out),
    ]);
}

#[test]
fn sheets_and_slides_are_bookmarked_one_by_one() {
    let dir = tempfile::tempdir().unwrap();
    let story = example_story();
    storydeck_ok(&[
        "build",
        path_str(&story),
        "--deck",
        "all",
        "-o",
        path_str(dir.path()),
    ]);

    let sheets = bookmarks(&dir.path().join("story-sheets.pdf"));
    let titles: Vec<&str> = sheets.iter().map(|(_, t, _)| t.as_str()).collect();
    assert_eq!(sheets.len(), 9, "{titles:?}");
    assert!(
        titles[0].starts_with("1．10年後の地域のありたい姿"),
        "{titles:?}"
    );
    assert!(
        titles[6].starts_with("7．") && titles[7].ends_with("（ロードマップ）"),
        "{titles:?}"
    );
    assert!(titles[8].starts_with("8．"), "{titles:?}");
    let pages: Vec<usize> = sheets.iter().map(|(_, _, p)| *p).collect();
    assert_eq!(pages, (1..=9).collect::<Vec<_>>());

    // One per slide; a slide continued on the next page (（続き）) is not
    // bookmarked again.
    let deck = dir.path().join("story-mayor-report.pdf");
    let slides = bookmarks(&deck);
    let pages = page_texts(&deck);
    let continued = pages
        .iter()
        .filter(|p| {
            squash(p)
                .chars()
                .take(90)
                .collect::<String>()
                .contains("（続き）")
        })
        .count();
    assert_eq!(
        slides.len() + continued,
        pages.len(),
        "one per slide: {slides:?}"
    );
    assert!(slides.len() >= 14, "{slides:?}");
    assert_eq!(slides[0].1, "水無瀬野市の変革ストーリー");
    assert_eq!(slides.last().unwrap().1, "おわりに");
    assert!(slides.iter().all(|(level, _, _)| *level == 1));
}

#[test]
fn metadata_names_the_deck_the_municipality_and_the_team() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.pdf");
    build_ok(&example_story(), &out);
    assert_eq!(
        info(&out, "Title").unwrap(),
        "水無瀬野市　変革ストーリーシート　令和3年度"
    );
    assert_eq!(
        info(&out, "Author").unwrap(),
        "佐伯 遥, 大槻 航平, 野々村 千尋"
    );
    let keywords = info(&out, "Keywords").unwrap();
    assert!(
        keywords.contains("水無瀬野市") && keywords.contains("令和3年度"),
        "{keywords}"
    );
    // No SOURCE_DATE_EPOCH: the story's date.
    assert!(
        info(&out, "CreationDate")
            .unwrap()
            .starts_with("D:20220215")
    );
}

#[test]
fn source_date_epoch_sets_the_timestamp() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.pdf");
    let story = example_story();
    let args = ["build", path_str(&story), "-o", path_str(&out)];
    let output = storydeck_env(&args, &[("SOURCE_DATE_EPOCH", "1700000000")]);
    assert!(output.status.success(), "{}", stderr(&output));
    let created = info(&out, "CreationDate").unwrap();
    assert!(created.starts_with("D:20231114221320"), "{created}");
    assert!(xmp(&out).contains("2023-11-14T22:13:20"));

    let output = storydeck_env(&args, &[("SOURCE_DATE_EPOCH", "yesterday")]);
    fails_with(&output, 1, "SOURCE_DATE_EPOCH `yesterday` is not a time");
}

#[test]
fn a_pdf_standard_with_image_output_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let story = example_story();
    let out = dir.path().join("x.png");
    let output = storydeck(&[
        "build",
        path_str(&story),
        "--format",
        "png",
        "--pdf-standard",
        "a-2b",
        "-o",
        path_str(&out),
    ]);
    fails_with(
        &output,
        1,
        "--pdf-standard applies to PDF output, not to --format png",
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing written"
    );
}

#[test]
fn an_existing_folder_as_output_takes_the_default_name() {
    let dir = tempfile::tempdir().unwrap();
    let story = example_story();
    storydeck_ok(&[
        "build",
        path_str(&story),
        "--deck",
        "mayor-report",
        "-o",
        path_str(dir.path()),
    ]);
    assert!(page_texts(&dir.path().join("story-mayor-report.pdf")).len() >= 14);
}

#[test]
fn a_shorter_set_of_pages_leaves_no_stale_page_of_the_longer_one() {
    // The final session (more pages) then the sheets (9 pages) to the same
    // name: x-10.png … of the first set go; files that only look alike stay.
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.png");
    let build = |deck: &str| {
        storydeck_ok(&[
            "build",
            path_str(&example_story()),
            "--deck",
            deck,
            "--format",
            "png",
            "--ppi",
            "10",
            "-o",
            path_str(&out),
        ]);
    };
    build("final-session");
    let pages = |dir: &Path| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with("x-"))
            .collect();
        names.sort();
        names
    };
    let long = pages(dir.path());
    assert!(long.len() > 9, "{long:?}");
    for (name, text) in [
        ("x-notes.png", "the team's picture"),
        ("x-7.png", "one digit: not a page name"),
        ("x-99.png", "not a PNG"),
    ] {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    build("sheets");
    let mut expected: Vec<String> = (1..=9).map(|p| format!("x-{p:02}.png")).collect();
    expected.extend(["x-7.png", "x-99.png", "x-notes.png"].map(String::from));
    expected.sort();
    assert_eq!(pages(dir.path()), expected);
}

#[test]
fn a_character_pdfa_refuses_is_named_in_the_story_not_blamed_on_the_theme() {
    let (dir, story) =
        story_in_temp("municipality: 架空市\nfiscal_year: 2021\nprogramme_theme: \"対話😀の場\"\n");
    let output = storydeck(&[
        "build",
        path_str(&story),
        "--pdf-standard",
        "a-2b",
        "-o",
        path_str(&dir.path().join("x.pdf")),
    ]);
    let err = fails_with(&output, 1, "`😀` in the story has no glyph");
    assert!(err.contains("story.yaml:3:"), "{err}");
    assert!(err.contains("field: programme_theme"), "{err}");
    assert!(!err.contains("fix the theme file"), "{err}");
}
