//! The Rust↔Typst contract in one place: the model's lists (sheet keys,
//! activity kinds, the number of stages) are the only lists. The templates read
//! them from the story's data or from theme.yaml; these tests fail when the
//! theme falls out of step with the model.

use std::collections::BTreeSet;

use storydeck::story::{ActivityKind, MAX_STAGES, SheetKey, Sheets};

fn repo_file(path: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path))
        .unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn name<T: serde::Serialize>(value: T) -> String {
    serde_json::to_value(value)
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned()
}

fn default_theme() -> serde_yaml::Value {
    serde_yaml::from_str(&repo_file("themes/default/theme.yaml")).unwrap()
}

fn sheet_keys() -> BTreeSet<String> {
    SheetKey::ALL.into_iter().map(name).collect()
}

#[test]
fn every_sheet_of_the_model_has_a_field_a_form_and_a_layout() {
    // The story's `sheets:` holds one field per key (and the custom sheets).
    let fields: BTreeSet<String> = serde_json::to_value(Sheets::default())
        .unwrap()
        .as_object()
        .unwrap()
        .keys()
        .filter(|k| *k != "custom")
        .cloned()
        .collect();
    assert_eq!(fields, sheet_keys(), "Sheets fields against SheetKey::ALL");
    // The default theme has its number, title and guide.
    let theme = default_theme();
    let forms: BTreeSet<String> = theme["sheets"]
        .as_mapping()
        .unwrap()
        .keys()
        .map(|k| k.as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        forms,
        sheet_keys(),
        "theme.yaml `sheets:` against SheetKey::ALL"
    );
    // And sheets/all.typ (the sheets deck's and the paper's list) a layout for it.
    let sheets_typ = repo_file("themes/default/sheets/all.typ");
    for key in sheet_keys() {
        assert!(
            sheets_typ.contains(&format!("  {key}: ")),
            "no layout for `{key}` in themes/default/sheets/all.typ"
        );
    }
}

#[test]
fn every_activity_kind_has_a_lane_label() {
    let theme = default_theme();
    for kind in ActivityKind::ALL {
        let label = format!("kind_{}", name(kind));
        assert!(
            theme["labels"][label.as_str()].as_str().is_some(),
            "theme.yaml lacks the label `{label}`"
        );
    }
}

#[test]
fn the_theme_has_one_stage_label_per_stage_the_model_allows() {
    let theme = default_theme();
    let labels = &theme["labels"];
    for n in 1..=MAX_STAGES {
        assert!(
            labels[format!("stage_{n}").as_str()].is_string(),
            "stage_{n}"
        );
        assert!(
            labels[format!("stage_short_{n}").as_str()].is_string(),
            "stage_short_{n}"
        );
    }
    let n = MAX_STAGES + 1;
    assert!(
        labels[format!("stage_{n}").as_str()].is_null(),
        "stage_{n}: more steps than stages"
    );
}

#[test]
fn every_slide_part_the_theme_may_list_has_a_layout() {
    use storydeck::theme::SlidePart;
    let deck_typ = repo_file("themes/default/slides/deck.typ");
    for part in SlidePart::ALL {
        let key = name(part);
        assert!(
            deck_typ.contains(&format!("    {key}: () =>")),
            "no slide for `{key}` in themes/default/slides/deck.typ"
        );
    }
    // The default theme lists each part in at least one deck, the sheets in both.
    let theme = default_theme();
    let listed = |deck: &str| -> BTreeSet<String> {
        theme["slides"][deck]
            .as_sequence()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect()
    };
    let (mayor, last) = (listed("mayor_report"), listed("final_session"));
    for part in SlidePart::ALL {
        let key = name(part);
        assert!(
            mayor.contains(&key) || last.contains(&key),
            "`{key}` in no deck"
        );
    }
    assert!(mayor.contains("sheets") && last.contains("sheets"));
}

#[test]
fn every_list_a_theme_may_cap_is_capped_by_a_slide() {
    // A cap the model accepts but no slide applies would be silently ignored.
    let slides: String = ["story.typ", "year.typ", "mayor.typ"]
        .iter()
        .map(|f| repo_file(&format!("themes/default/slides/{f}")))
        .collect();
    for field in storydeck::story::CapField::ALL {
        let path = field.path();
        assert!(
            slides.contains("capped(") && slides.contains(&format!("\"{path}\"")),
            "no slide caps `{path}` (themes/default/slides/)"
        );
    }
}

/// Every `.typ` file of the default theme, with its path.
fn theme_sources() -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut dirs = vec![std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "typ") {
                out.push((
                    path.display().to_string(),
                    std::fs::read_to_string(&path).unwrap(),
                ));
            }
        }
    }
    out.sort();
    out
}

/// Every match of `pattern`'s first group over the theme's sources.
fn literals(pattern: &str) -> BTreeSet<String> {
    let re = regex::Regex::new(pattern).unwrap();
    theme_sources()
        .iter()
        .flat_map(|(_, text)| {
            re.captures_iter(text)
                .map(|c| c[1].to_owned())
                .collect::<Vec<_>>()
        })
        .collect()
}

/// The keys of the Typst dictionary `#let <name> = (` … `)` in `file`, one
/// `key:` a line.
fn dictionary_keys(file: &str, name: &str) -> BTreeSet<String> {
    let text = repo_file(file);
    let start = text
        .find(&format!("let {name} = ("))
        .unwrap_or_else(|| panic!("no dictionary `{name}` in {file}"));
    let body = &text[start..];
    let end = ["\n  )\n", "\n)\n"]
        .iter()
        .filter_map(|close| body.find(close))
        .min()
        .unwrap_or_else(|| panic!("`{name}` in {file} is not closed"));
    let key = regex::Regex::new(r"(?m)^\s+([a-z_]+): ").unwrap();
    key.captures_iter(&body[..end])
        .map(|c| c[1].to_owned())
        .collect()
}

/// The sections speaker notes may name, as the story's schema lists them.
fn note_sections() -> BTreeSet<String> {
    let schema: serde_json::Value =
        serde_json::from_str(&storydeck::story::story_schema()).unwrap();
    schema["properties"]["notes"]["properties"]
        .as_object()
        .expect("notes lists its sections")
        .keys()
        .cloned()
        .collect()
}

#[test]
fn every_slide_section_takes_notes_and_every_notes_section_has_a_slide() {
    let used = literals(r#"section: (?:if [^"\n]*)?"([a-z_]+)""#);
    assert_eq!(
        used,
        note_sections(),
        "the `section:` of the slides (themes/default) against the model's Section"
    );
}

#[test]
fn the_layouts_know_every_sheet_key_and_no_other() {
    assert_eq!(
        dictionary_keys("themes/default/sheets/all.typ", "layouts"),
        sheet_keys(),
        "sheets/all.typ `layouts` against SheetKey::ALL"
    );
    assert_eq!(
        dictionary_keys("themes/default/slides/story.typ", "sheet-slides"),
        sheet_keys(),
        "slides/story.typ `sheet-slides` against SheetKey::ALL"
    );
}

#[test]
fn the_deck_parts_are_the_models_slide_parts_and_no_other() {
    use storydeck::theme::SlidePart;
    let parts: BTreeSet<String> = SlidePart::ALL.into_iter().map(name).collect();
    assert_eq!(
        dictionary_keys("themes/default/slides/deck.typ", "parts"),
        parts,
        "slides/deck.typ `parts` against SlidePart::ALL"
    );
}

#[test]
fn every_list_a_slide_caps_is_a_cap_field() {
    let fields: BTreeSet<String> = storydeck::story::CapField::ALL
        .into_iter()
        .map(|f| f.path())
        .collect();
    let capped = literals(r#"capped\("([a-z_.]+)""#);
    assert!(!capped.is_empty());
    for path in &capped {
        assert!(
            fields.contains(path),
            "a slide caps `{path}`, which no theme or story can set (CapField)"
        );
    }
}

#[test]
fn the_activity_kinds_the_layouts_single_out_are_the_models() {
    let kinds: BTreeSet<String> = ActivityKind::ALL.into_iter().map(name).collect();
    let quoted = regex::Regex::new(r#""([^"]+)""#).unwrap();
    let compared = literals(r#"\.kind (?:==|!=|in) (\([^)]*\)|"[^"]*")"#);
    assert!(!compared.is_empty());
    for list in compared {
        for kind in quoted.captures_iter(&list) {
            assert!(
                kinds.contains(&kind[1]),
                "a layout singles out the activity kind 「{}」, which the model does not have",
                &kind[1]
            );
        }
    }
}
