//! Deserialize impls that check a rule while reading.
//!
//! Checking inside deserialization (rather than in a pass afterwards) means the
//! error carries the YAML line, column and field path like any type error, with no
//! second source map to keep in sync with the model.

use std::fmt;

use serde::Deserialize;
use serde::de::value::MapAccessDeserializer;
use serde::de::{self, Deserializer, MapAccess, Visitor};

use super::era::FiscalYear;
use super::model::{Finding, Population, Roadmap, RoadmapAction, Series, Stage, StageDiagram};
use super::scalar::{Text, numbers_as_text};

/// The form has exactly three stages: まず, 次に, さらに.
pub const MAX_STAGES: usize = 3;

/// A population table as written; see [`Population`].
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PopulationInput {
    #[serde(default)]
    title: Option<Text>,
    /// Unit of the values (default 人).
    #[serde(default)]
    unit: Option<Text>,
    #[serde(default)]
    source: Option<Text>,
    years: Vec<i32>,
    /// The last year with actual figures (実績).
    #[serde(default)]
    base_year: Option<i32>,
    series: Vec<Series>,
}

impl<'de> Deserialize<'de> for Population {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = PopulationInput::deserialize(deserializer)?;
        for series in &raw.series {
            if series.values.len() != raw.years.len() {
                return Err(de::Error::custom(format_args!(
                    "series `{}` has {} values but `years` lists {} years; give one value per year",
                    series.label,
                    series.values.len(),
                    raw.years.len()
                )));
            }
        }
        if let Some(base) = raw.base_year
            && !raw.years.contains(&base)
        {
            return Err(de::Error::custom(format_args!(
                "base_year {base} is not one of `years` {:?}; name the last year with actual figures",
                raw.years
            )));
        }
        Ok(Population {
            title: raw.title,
            unit: raw.unit.unwrap_or_else(|| Text("人".to_owned())),
            source: raw.source,
            years: raw.years,
            base_year: raw.base_year,
            series: raw.series,
        })
    }
}

/// Sheet 7 as written; see [`StageDiagram`].
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StageDiagramInput {
    /// まず / 次に / さらに, at most three.
    #[serde(default)]
    #[schemars(length(max = 3))]
    stages: Vec<Stage>,
    #[serde(default)]
    roadmap: Option<Roadmap>,
}

impl<'de> Deserialize<'de> for StageDiagram {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = StageDiagramInput::deserialize(deserializer)?;
        if raw.stages.len() > MAX_STAGES {
            return Err(de::Error::custom(format_args!(
                "{} stages given; the stage diagram has three (まず / 次に / さらに): merge the rest into them",
                raw.stages.len()
            )));
        }
        Ok(StageDiagram {
            stages: raw.stages,
            roadmap: raw.roadmap,
        })
    }
}

/// A finding written as a map; see [`Finding`].
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FindingInput {
    text: Text,
    /// Where it was found, e.g. 職員アンケート.
    #[serde(default)]
    source: Option<Text>,
}

impl<'de> Deserialize<'de> for Finding {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        type Raw = FindingInput;
        struct FindingVisitor;
        impl<'de> Visitor<'de> for FindingVisitor {
            type Value = Finding;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a finding: text, or `text:` with an optional `source:`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Finding, E> {
                Ok(Finding {
                    text: Text(v.to_owned()),
                    source: None,
                })
            }
            numbers_as_text!(Finding);
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Finding, A::Error> {
                let raw = Raw::deserialize(MapAccessDeserializer::new(map))?;
                Ok(Finding {
                    text: raw.text,
                    source: raw.source,
                })
            }
        }
        deserializer.deserialize_any(FindingVisitor)
    }
}

/// A roadmap axis is at most this many years (the form uses 10).
pub const MAX_ROADMAP_YEARS: u32 = 20;

/// The roadmap as written; see [`Roadmap`].
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RoadmapInput {
    /// The first fiscal year on the axis (1年目).
    start: FiscalYear,
    /// How many years the axis shows.
    #[serde(default = "ten")]
    #[schemars(range(min = 1, max = 20))]
    years: u32,
    #[serde(default)]
    actions: Vec<RoadmapAction>,
}

fn ten() -> u32 {
    10
}

impl<'de> Deserialize<'de> for Roadmap {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = RoadmapInput::deserialize(deserializer)?;
        if !(1..=MAX_ROADMAP_YEARS).contains(&raw.years) {
            return Err(de::Error::custom(format_args!(
                "years is {}; a roadmap shows 1 to {MAX_ROADMAP_YEARS} years (normally 10)",
                raw.years
            )));
        }
        let first = raw.start.0;
        let last = first + raw.years as i32 - 1;
        for action in &raw.actions {
            let from = action.from.map_or(first, |y| y.0);
            let to = action.to.map_or(last, |y| y.0);
            let outside = |y: i32| y < first || y > last;
            if outside(from) || outside(to) || from > to {
                return Err(de::Error::custom(format_args!(
                    "action `{}` runs {}–{}, outside the roadmap's {}–{} (or backwards); give from/to within it",
                    action.name,
                    FiscalYear(from).short(),
                    FiscalYear(to).short(),
                    FiscalYear(first).short(),
                    FiscalYear(last).short()
                )));
            }
        }
        let axis = (first..=last).map(FiscalYear).collect();
        Ok(Roadmap {
            start: raw.start,
            years: raw.years,
            actions: raw.actions,
            axis,
        })
    }
}
