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
use super::model::{
    ChainLink, ExtraBox, Finding, Population, Roadmap, RoadmapAction, Series, Stage, StageDiagram,
    Target, Targets,
};
use super::scalar::{Text, bounded_list, numbers_as_text};

/// The form has exactly three stages: まず, 次に, さらに.
pub const MAX_STAGES: usize = 3;

/// The most years a population table may have (a projection every five years
/// over a century is 21), and series (総人口, 年少人口 …).
pub const MAX_POPULATION_YEARS: usize = 50;
pub const MAX_POPULATION_SERIES: usize = 12;
/// The largest population figure (Japan is 1.2 × 10⁸): anything larger, or
/// not a number at all, is a typing slip that would break the chart.
pub const MAX_POPULATION_VALUE: f64 = 1e12;

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
    #[serde(deserialize_with = "bounded_list")]
    years: Vec<i32>,
    /// The last year with actual figures (実績).
    #[serde(default)]
    base_year: Option<i32>,
    #[serde(deserialize_with = "bounded_list")]
    series: Vec<Series>,
}

impl<'de> Deserialize<'de> for Population {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = PopulationInput::deserialize(deserializer)?;
        if raw.years.len() > MAX_POPULATION_YEARS || raw.series.len() > MAX_POPULATION_SERIES {
            return Err(de::Error::custom(crate::t!(
                "story-population-too-large",
                years = raw.years.len(),
                series = raw.series.len(),
                max_years = MAX_POPULATION_YEARS,
                max_series = MAX_POPULATION_SERIES
            )));
        }
        if let Some(year) = raw.years.iter().find(|y| !(1800..=2200).contains(*y)) {
            return Err(de::Error::custom(crate::t!(
                "story-population-year",
                year = year.to_string()
            )));
        }
        for series in &raw.series {
            if let Some(v) = series
                .values
                .iter()
                .find(|v| !v.is_finite() || v.abs() > MAX_POPULATION_VALUE)
            {
                return Err(de::Error::custom(crate::t!(
                    "story-population-value",
                    series = series.label.to_string(),
                    // 1e308 as such, not as 309 digits.
                    value = if v.is_finite() && v.abs() >= 1e15 {
                        format!("{v:e}")
                    } else {
                        v.to_string()
                    },
                    max = format!("{MAX_POPULATION_VALUE:e}")
                )));
            }
        }
        for series in &raw.series {
            if series.values.len() != raw.years.len() {
                return Err(de::Error::custom(crate::t!(
                    "story-population-count",
                    series = series.label.to_string(),
                    values = series.values.len(),
                    years = raw.years.len()
                )));
            }
        }
        if let Some(base) = raw.base_year
            && !raw.years.contains(&base)
        {
            return Err(de::Error::custom(crate::t!(
                "story-population-base-year",
                base = base.to_string(),
                years = format!("{:?}", raw.years)
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
    #[serde(deserialize_with = "bounded_list", default)]
    #[schemars(length(max = 3))]
    stages: Vec<Stage>,
    #[serde(default)]
    roadmap: Option<Roadmap>,
    #[serde(deserialize_with = "bounded_list", default)]
    extra: Vec<ExtraBox>,
}

impl<'de> Deserialize<'de> for StageDiagram {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = StageDiagramInput::deserialize(deserializer)?;
        if raw.stages.len() > MAX_STAGES {
            return Err(de::Error::custom(crate::t!(
                "story-too-many-stages",
                count = raw.stages.len()
            )));
        }
        Ok(StageDiagram {
            stages: raw.stages,
            roadmap: raw.roadmap,
            extra: raw.extra,
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

/// A value a story writes either as plain text or as a map (`M`): a finding is
/// `- 職員の声が届かない` or `- {text: …, source: 職員アンケート}`. Numbers are read
/// as the text YAML saw.
fn text_or_map<'de, D, M, T>(
    deserializer: D,
    expecting: &'static str,
    from_text: fn(Text) -> T,
    from_map: fn(M) -> T,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    M: Deserialize<'de>,
{
    struct TextOrMap<M, T> {
        expecting: &'static str,
        from_text: fn(Text) -> T,
        from_map: fn(M) -> T,
    }
    impl<'de, M: Deserialize<'de>, T> Visitor<'de> for TextOrMap<M, T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str(self.expecting)
        }
        fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
            Ok((self.from_text)(Text(v.to_owned())))
        }
        numbers_as_text!(T);
        fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
            M::deserialize(MapAccessDeserializer::new(map)).map(self.from_map)
        }
    }
    deserializer.deserialize_any(TextOrMap {
        expecting,
        from_text,
        from_map,
    })
}

// Finding, ChainLink and Target read `text_or_map` alike by design: each names
// what it expects in its own words.
impl<'de> Deserialize<'de> for Finding {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        text_or_map(
            deserializer,
            "a finding: text, or `text:` with an optional `source:`",
            |text| Finding { text, source: None },
            |raw: FindingInput| Finding {
                text: raw.text,
                source: raw.source,
            },
        )
    }
}

/// A chain link written as a map; see [`ChainLink`].
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChainLinkInput {
    /// The state (あるべき姿の一段).
    state: Text,
    /// The means to reach it (そのためには …).
    #[serde(default)]
    means: Option<Text>,
}

impl<'de> Deserialize<'de> for ChainLink {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        text_or_map(
            deserializer,
            "a link of the chain: text, or `state:` with an optional `means:`",
            |state| ChainLink { state, means: None },
            |raw: ChainLinkInput| ChainLink {
                state: raw.state,
                means: raw.means,
            },
        )
    }
}

/// A target written as a map; see [`Target`].
#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TargetInput {
    /// The year or period it is for, e.g. R5 or 2年目.
    #[serde(default)]
    when: Option<Text>,
    text: Text,
}

impl<'de> Deserialize<'de> for Target {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        text_or_map(
            deserializer,
            "a target: text, or `text:` with `when:` (the year it is for)",
            |text| Target { when: None, text },
            |raw: TargetInput| Target {
                when: raw.when,
                text: raw.text,
            },
        )
    }
}

// A serde visitor, alike by design to the others (era.rs's FiscalYear and
// Date, scalar.rs's TextList): each says what it expects and reads its forms.
impl<'de> Deserialize<'de> for Targets {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TargetsVisitor;
        impl<'de> Visitor<'de> for TargetsVisitor {
            type Value = Targets;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a target, or a list of targets (lines starting with `- `)")
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Targets, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<Target>()? {
                    items.push(item);
                }
                Ok(Targets(items))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Targets, E> {
                Ok(Targets::default())
            }
            // One target, written alone: read as a target is.
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Targets, E> {
                Target::deserialize(de::value::StrDeserializer::new(v)).map(|t| Targets(vec![t]))
            }
            numbers_as_text!(Targets);
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Targets, A::Error> {
                Target::deserialize(MapAccessDeserializer::new(map)).map(|t| Targets(vec![t]))
            }
        }
        deserializer.deserialize_any(TargetsVisitor)
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
    #[serde(deserialize_with = "bounded_list", default)]
    actions: Vec<RoadmapAction>,
}

fn ten() -> u32 {
    10
}

impl<'de> Deserialize<'de> for Roadmap {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = RoadmapInput::deserialize(deserializer)?;
        if !(1..=MAX_ROADMAP_YEARS).contains(&raw.years) {
            return Err(de::Error::custom(crate::t!(
                "story-roadmap-years",
                years = raw.years.to_string(),
                max = MAX_ROADMAP_YEARS
            )));
        }
        let first = raw.start.0;
        let last = first + raw.years as i32 - 1;
        for action in &raw.actions {
            let from = action.from.map_or(first, |y| y.0);
            let to = action.to.map_or(last, |y| y.0);
            let outside = |y: i32| y < first || y > last;
            if outside(from) || outside(to) || from > to {
                return Err(de::Error::custom(crate::t!(
                    "story-roadmap-action",
                    action = action.name.to_string(),
                    from = FiscalYear(from).short(),
                    to = FiscalYear(to).short(),
                    first = FiscalYear(first).short(),
                    last = FiscalYear(last).short()
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
