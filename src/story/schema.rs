//! JSON Schema of the story (`storydeck schema`), for editors: completion,
//! hover help and checking as the team types. Most of it is derived from the
//! model's serde attributes; the types below read YAML their own way, so their
//! schemas are written here to say what they accept.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};

use super::checked::{
    ChainLinkInput, FindingInput, PopulationInput, RoadmapInput, StageDiagramInput, TargetInput,
};
use super::era::{Date, FiscalYear};
use super::journey::Percent;
use super::model::{ChainLink, Finding, Population, Roadmap, StageDiagram, Story, Target, Targets};
use super::scalar::{MAX_TEXT_CHARS, Strength, Text, TextList};

/// The schema of a story file, as pretty JSON.
pub fn story_schema() -> String {
    let schema = schemars::schema_for!(Story);
    serde_json::to_string_pretty(&schema).expect("a schema serialises") + "\n"
}

// The hand-written schemas share their shape by design: each says in its own
// words what one type accepts.
impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Text as printed (a number is read as its text).",
            "type": ["string", "number"],
            "maxLength": MAX_TEXT_CHARS,
        })
    }
}

impl JsonSchema for TextList {
    fn schema_name() -> Cow<'static, str> {
        "TextList".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let text = generator.subschema_for::<Text>();
        json_schema!({
            "description": "A list of texts (lines starting with `- `), or one text.",
            "anyOf": [text, { "type": "array", "items": text }],
        })
    }
}

impl JsonSchema for Strength {
    fn schema_name() -> Cow<'static, str> {
        "Strength".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "Strength of the force: 1 (weak) to 5 (strong).",
            "type": "integer",
            "minimum": 1,
            "maximum": 5,
        })
    }
}

impl JsonSchema for Percent {
    fn schema_name() -> Cow<'static, str> {
        "Percent".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "integer", "minimum": 0, "maximum": 100 })
    }
}

impl JsonSchema for FiscalYear {
    fn schema_name() -> Cow<'static, str> {
        "FiscalYear".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A fiscal year: 2021, 2021年度, 令和3年度, 令和元年度, R3 or H30.",
            "type": ["integer", "string"],
            "examples": [2021, "令和3年度", "R3"],
        })
    }
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A date as year-month-day.",
            "type": "string",
            "pattern": "^[0-9]{4}[-/][0-9]{1,2}[-/][0-9]{1,2}$",
            "examples": ["2022-02-15"],
        })
    }
}

/// Types written either as one text or as a map of their fields (`$input`).
macro_rules! text_or_map {
    ($($model:ty => $input:ty, $name:literal, $description:literal;)*) => {$(
        impl JsonSchema for $model {
            fn schema_name() -> Cow<'static, str> {
                $name.into()
            }
            fn json_schema(generator: &mut SchemaGenerator) -> Schema {
                let text = generator.subschema_for::<Text>();
                let full = generator.subschema_for::<$input>();
                json_schema!({ "description": $description, "anyOf": [text, full] })
            }
        }
    )*};
}

text_or_map! {
    Finding => FindingInput, "Finding", "A finding: text, or `text:` with `source:`.";
    ChainLink => ChainLinkInput, "ChainLink", "A link of the chain: text, or `state:` with `means:`.";
    Target => TargetInput, "Target", "A target: text, or `text:` with `when:`.";
}

impl JsonSchema for Targets {
    fn schema_name() -> Cow<'static, str> {
        "Targets".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let one = generator.subschema_for::<Target>();
        json_schema!({ "description": "One target, or a list of them.", "anyOf": [one, { "type": "array", "items": one }] })
    }
}

/// Types whose input shape is a separate struct (they check a rule on reading).
macro_rules! schema_as {
    ($($model:ty => $input:ty),* $(,)?) => {$(
        impl JsonSchema for $model {
            fn schema_name() -> Cow<'static, str> {
                <$input>::schema_name()
            }
            fn json_schema(generator: &mut SchemaGenerator) -> Schema {
                <$input>::json_schema(generator)
            }
        }
    )*};
}

schema_as!(
    Population => PopulationInput,
    StageDiagram => StageDiagramInput,
    Roadmap => RoadmapInput,
);
