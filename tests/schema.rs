//! The story's JSON Schema (docs/story.schema.json) is what editors check stories
//! against as the team types: it must be current, and it must accept every valid
//! story — a schema that flags good text would teach users to ignore it.

use crate::support::*;

fn validator() -> jsonschema::Validator {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("docs/story.schema.json")).unwrap(),
    )
    .unwrap();
    jsonschema::validator_for(&schema).expect("a valid JSON Schema")
}

fn as_json(yaml_path: &std::path::Path) -> serde_json::Value {
    serde_yaml::from_str(&std::fs::read_to_string(yaml_path).unwrap()).unwrap()
}

#[test]
fn the_published_schema_is_current() {
    let output = storydeck(&["schema"]);
    assert!(output.status.success());
    let published = std::fs::read_to_string(repo().join("docs/story.schema.json")).unwrap();
    assert!(
        String::from_utf8_lossy(&output.stdout) == published,
        "docs/story.schema.json is stale: run `cargo run --release -- schema > docs/story.schema.json`"
    );
}

#[test]
fn the_schema_accepts_the_example_and_a_new_story() {
    let validator = validator();
    let example = as_json(&example_story());
    let errors: Vec<String> = validator
        .iter_errors(&example)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "the example fails the schema: {errors:#?}"
    );

    let dir = tempfile::tempdir().unwrap();
    let output = storydeck(&[
        "init",
        path_str(&dir.path().join("town")),
        "--municipality",
        "架空町",
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    let fresh = as_json(&dir.path().join("town/story.yaml"));
    let errors: Vec<String> = validator
        .iter_errors(&fresh)
        .map(|e| e.to_string())
        .collect();
    assert!(
        errors.is_empty(),
        "a new story fails the schema: {errors:#?}"
    );
}

#[test]
fn the_schema_flags_what_storydeck_refuses() {
    let validator = validator();
    for yaml in [
        "fiscal_year: 2021\n", // municipality missing
        "municipality: x\nfiscal_year: 2021\nsheets:\n  visoin: {}\n", // unknown key
        "municipality: x\nfiscal_year: 2021\nsheets:\n  force_field:\n    driving:\n      - force: a\n        strength: 7\n",
        "municipality: x\nfiscal_year: 2021\njourney:\n  mood:\n    - {date: 2021-05-01, value: 150}\n",
    ] {
        let value: serde_json::Value = serde_yaml::from_str(yaml).unwrap();
        assert!(!validator.is_valid(&value), "the schema accepts:\n{yaml}");
    }
}
