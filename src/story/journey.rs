//! What the decks need besides the sheets: the year's journey, the first change,
//! the outlook, the asks for the mayor, each member's reflection, speaker notes.
//! Every part is optional: a deck leaves out a slide whose data is absent.
//!
//! The records below share one shape by design (a doc line and a serde
//! attribute a field, `deny_unknown_fields` on each): they declare the story's
//! fields, and `duplicates` pairs them by that shape alone.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::era::Date;
use super::scalar::{Text, TextList, bounded_list};

/// The year: dated activities, the felt-uncertainty index, interviews, feedback.
#[derive(Debug, Clone, Default, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Journey {
    #[serde(deserialize_with = "bounded_list", default)]
    pub activities: Vec<Activity>,
    /// モヤモヤ指数: how uncertain the team felt, 0–100 %, over the year.
    #[serde(deserialize_with = "bounded_list", default)]
    pub mood: Vec<MoodPoint>,
    /// キーパーソン interviews, with the programme's three standard questions.
    #[serde(deserialize_with = "bounded_list", default)]
    pub interviews: Vec<Interview>,
    /// Feedback from the programme's advisers (幹事団) and others.
    #[serde(deserialize_with = "bounded_list", default)]
    pub feedback: Vec<Feedback>,
    /// 気づき: what the team learnt.
    #[serde(default)]
    pub learnings: TextList,
    /// Every activity kind in the timeline's lane order, for the templates (not
    /// written in a story): the one list of kinds is [`ActivityKind::ALL`].
    #[serde(skip_deserializing, default = "ActivityKind::all")]
    #[schemars(skip)]
    pub kinds: Vec<ActivityKind>,
}

#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    /// The day it happened, or its first day; `2022-08` when only the month
    /// is known.
    pub date: ActivityDate,
    /// The last day of an activity over several days (8/23–24).
    #[serde(default)]
    pub until: Option<Date>,
    pub kind: ActivityKind,
    /// e.g. 第1回研究会, 副市長インタビュー
    pub title: Text,
    /// 概要: what the session or meeting was.
    #[serde(default)]
    pub summary: Option<Text>,
    /// 事前課題: the assignment before it.
    #[serde(default)]
    pub assignment: Option<Text>,
    /// What the team did.
    #[serde(default)]
    pub did: Option<Text>,
    /// What the team learnt.
    #[serde(default)]
    pub learnt: Option<Text>,
}

/// An activity's date: a day (`2022-08-23`), or a month when the day is not
/// known (`2022-08`, printed 8月 and placed at the month's first day).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ActivityDate {
    pub date: Date,
    pub month_only: bool,
}

impl<'de> Deserialize<'de> for ActivityDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        if let Some(date) = Date::parse(&text) {
            return Ok(ActivityDate {
                date,
                month_only: false,
            });
        }
        Date::parse(&format!("{}-01", text.trim()))
            .map(|date| ActivityDate {
                date,
                month_only: true,
            })
            .ok_or_else(|| {
                serde::de::Error::custom(crate::t!("story-activity-date", value = text.as_str()))
            })
    }
}

impl Serialize for ActivityDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let d = self.date;
        let mut s = serializer.serialize_struct("ActivityDate", 5)?;
        s.serialize_field("iso", &d.iso())?;
        if self.month_only {
            s.serialize_field("western", &format!("{}年{}月", d.year, d.month))?;
            s.serialize_field("month_day", &format!("{}月", d.month))?;
        } else {
            s.serialize_field("western", &d.western())?;
            s.serialize_field("month_day", &format!("{}/{}", d.month, d.day))?;
        }
        let japanese = d.japanese();
        let japanese = match self.month_only {
            true => japanese.trim_end_matches("1日").to_owned(),
            false => japanese,
        };
        s.serialize_field("japanese", &japanese)?;
        s.serialize_field("month_only", &self.month_only)?;
        s.end()
    }
}

impl schemars::JsonSchema for ActivityDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ActivityDate".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A day, `2022-08-23`, or a month when the day is not known, `2022-08`.",
            "type": "string"
        })
    }
}

/// What kind of activity, for grouping on the timeline. Written in Japanese or English.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, schemars::JsonSchema)]
pub enum ActivityKind {
    #[serde(rename = "研究会", alias = "session")]
    Session,
    #[serde(rename = "インタビュー", alias = "interview")]
    Interview,
    #[serde(rename = "チーム", alias = "team")]
    Team,
    #[serde(rename = "対話", alias = "dialogue")]
    Dialogue,
    #[serde(rename = "人事課報告", alias = "report_hr")]
    ReportHr,
    #[serde(rename = "首長報告", alias = "report_mayor")]
    ReportMayor,
    #[serde(rename = "その他", alias = "other")]
    Other,
}

impl ActivityKind {
    /// In the timeline's lane order.
    pub const ALL: [ActivityKind; 7] = [
        ActivityKind::Session,
        ActivityKind::Interview,
        ActivityKind::Team,
        ActivityKind::Dialogue,
        ActivityKind::ReportHr,
        ActivityKind::ReportMayor,
        ActivityKind::Other,
    ];

    fn all() -> Vec<ActivityKind> {
        Self::ALL.to_vec()
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MoodPoint {
    pub date: Date,
    pub value: Percent,
    #[serde(default)]
    pub note: Option<Text>,
}

/// A whole number from 0 to 100.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Percent(pub u8);

impl<'de> Deserialize<'de> for Percent {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = f64::deserialize(deserializer)?;
        if (0.0..=100.0).contains(&value) && value.fract() == 0.0 {
            Ok(Percent(value as u8))
        } else {
            Err(serde::de::Error::custom(crate::t!(
                "story-mood-value",
                value = value.to_string()
            )))
        }
    }
}

/// An interview with a key person, on the programme's three standard questions.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Interview {
    /// e.g. 副市長, 人事課長
    pub who: Text,
    #[serde(default)]
    pub date: Option<Date>,
    /// 問１: the vision and the drift future.
    #[serde(default)]
    pub vision: Option<Text>,
    /// 問２: the strategic initiatives.
    #[serde(default)]
    pub initiatives: Option<Text>,
    /// 問３: is the organisation's people management fit for them?
    #[serde(default)]
    pub hr_fit: Option<Text>,
}

#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Feedback {
    /// e.g. 幹事団, 対話自治体
    pub from: Text,
    #[serde(default)]
    pub date: Option<Date>,
    pub text: Text,
}

/// 小さなはじめの一歩: the first change that actually happened.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FirstChange {
    pub what: Text,
    #[serde(default)]
    pub when: Option<Text>,
    /// Why it worked.
    #[serde(default)]
    pub why: TextList,
    /// The steps that led to it (きっかけ, 転機 …), in order.
    #[serde(deserialize_with = "bounded_list", default)]
    pub steps: Vec<ChangeStep>,
    /// What the team has changed in itself.
    #[serde(default)]
    pub in_ourselves: Option<Text>,
}

/// A step on the way to the first change.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangeStep {
    /// e.g. きっかけ, 転機
    pub label: Text,
    #[serde(default)]
    pub when: Option<Text>,
    pub text: Text,
}

/// 次年度に向けた展望: the state aimed at one year out, and the way there.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Outlook {
    pub state: Text,
    #[serde(default)]
    pub scenario: TextList,
}

/// What the team asks of the mayor.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ask {
    pub what: Text,
    #[serde(default)]
    pub why: Option<Text>,
    /// By when it is needed.
    #[serde(default)]
    pub by: Option<Text>,
}

#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Reflection {
    /// A team member's name.
    pub member: Text,
    pub text: Text,
}

/// The slide sections speaker notes can be attached to: each is a `section:`
/// of a slide in the themes' layouts (tests/contract.rs holds the two lists
/// together).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Cover,
    Summary,
    Team,
    Journey,
    Mood,
    Interviews,
    Learnings,
    Vision,
    DriftFuture,
    Role,
    IdealState,
    Problems,
    ForceField,
    StageDiagram,
    FirstStep,
    // The parts after the sheets are the theme's slide parts (`SlidePart` in
    // theme/spec.rs) by design: notes attach to what a slide shows, and
    // tests/contract.rs holds the two lists together.
    // The 2018 form's management-resource matrix. (A doc comment here would
    // make the schema's `notes` take any key.)
    Resources,
    FirstChange,
    Outlook,
    Asks,
    NextSteps,
    Reflections,
    Closing,
}

/// Speaker notes by section, exported for presenting (`--notes pdfpc`).
pub type Notes = BTreeMap<Section, Text>;
