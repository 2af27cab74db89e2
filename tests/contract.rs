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
