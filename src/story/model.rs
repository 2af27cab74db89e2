//! The change story: what a team writes once, and every deck is drawn from.
//!
//! Field names are English (they are the YAML keys, documented in docs/story.md);
//! the values are the team's Japanese text. Every struct rejects unknown keys so a
//! misspelt key is an error, never silently ignored content.
//!
//! The records below share one shape by design (a doc line and a serde
//! attribute a field, `deny_unknown_fields` on each): they declare the story's
//! fields, and `duplicates` pairs them by that shape alone.

use serde::{Deserialize, Serialize};

use super::caps::DeckCaps;
use super::era::{Date, FiscalYear};
use super::journey::{Ask, FirstChange, Journey, Notes, Outlook, Reflection};
use super::scalar::{Strength, Text, TextList, bounded_list};

#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Story {
    /// 自治体名, printed at the top right of every sheet.
    pub municipality: Text,
    /// The programme year, `2021` or `令和3年度`; both forms reach the templates.
    pub fiscal_year: FiscalYear,
    /// The programme year's theme (その年度の研究会テーマ).
    #[serde(default)]
    pub programme_theme: Option<Text>,
    /// e.g. `第1期 研究生`.
    #[serde(default)]
    pub cohort: Option<Text>,
    /// 対話自治体, the partner municipality.
    #[serde(default)]
    pub partner: Option<Text>,
    /// Date of the report or presentation.
    #[serde(default)]
    pub date: Option<Date>,
    /// Who the mayor-report deck is addressed to, e.g. 市長.
    #[serde(default)]
    pub addressee: Option<Text>,
    /// Years to the vision (ビジョン): normally 10, some years use 20.
    #[serde(default = "default_horizon", deserialize_with = "horizon")]
    #[schemars(range(min = 1, max = 50))]
    pub horizon_years: u32,
    #[serde(deserialize_with = "bounded_list", default)]
    pub team: Vec<Member>,
    /// The theme to render with (a built-in name, a folder under the story's
    /// `themes/`, or a path); `--theme` on the command line overrides it.
    #[serde(default)]
    pub theme: Option<String>,
    #[serde(default)]
    pub sheets: Sheets,
    #[serde(default)]
    pub journey: Option<Journey>,
    /// 小さなはじめの一歩
    #[serde(default)]
    pub first_change: Option<FirstChange>,
    /// 次年度に向けた展望
    #[serde(default)]
    pub outlook: Option<Outlook>,
    /// What the team asks of the mayor.
    #[serde(deserialize_with = "bounded_list", default)]
    pub asks: Vec<Ask>,
    /// Each member's reflection (所感).
    #[serde(deserialize_with = "bounded_list", default)]
    pub reflections: Vec<Reflection>,
    /// The year-end paper's own prose (共同論文): an introduction, the team's
    /// explanation of each sheet, a closing. All optional.
    #[serde(default)]
    pub paper: Option<PaperProse>,
    /// Speaker notes by slide section.
    #[serde(default)]
    pub notes: Notes,
    /// Lists this story's slides keep short, per deck (over the theme's
    /// `slides.caps`): `caps: { mayor_report: { journey.feedback: 3 } }`.
    #[serde(default)]
    pub caps: DeckCaps,
}

/// What only the year-end paper prints: the prose a paper needs around the sheets
/// and the journey. A story without it still gives a paper (the sheets as
/// figures, the journey, the reflections); a section without prose keeps its
/// heading and figures.
#[derive(Debug, Clone, Default, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PaperProse {
    /// はじめに: why the team joined, what the year was for.
    #[serde(default)]
    pub introduction: Option<Text>,
    /// The team's explanation of a sheet, printed under its figure:
    /// `sheets: { vision: "…", force_field: "…" }`.
    #[serde(default)]
    pub sheets: std::collections::BTreeMap<SheetKey, Text>,
    /// おわりに: the paper's closing words.
    #[serde(default)]
    pub closing: Option<Text>,
}

fn default_horizon() -> u32 {
    10
}

/// The vision's horizon: 1 to 50 years (the programme uses 10, sometimes 20 or 30).
fn horizon<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    let years = i64::deserialize(deserializer)?;
    match u32::try_from(years) {
        Ok(y @ 1..=50) => Ok(y),
        _ => Err(serde::de::Error::custom(crate::t!(
            "story-horizon-years",
            years = years.to_string()
        ))),
    }
}

#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub name: Text,
    #[serde(default)]
    pub department: Option<Text>,
    #[serde(default)]
    pub title: Option<Text>,
}

/// The eight numbered sheets. A sheet left out renders as the blank form, as the
/// programme's own sheet set does, so the team sees what is still to write.
#[derive(Debug, Clone, Default, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sheets {
    #[serde(default)]
    pub vision: Option<Vision>,
    #[serde(default)]
    pub drift_future: Option<DriftFuture>,
    #[serde(default)]
    pub role: Option<Role>,
    #[serde(default)]
    pub ideal_state: Option<IdealState>,
    #[serde(default)]
    pub problems: Option<Problems>,
    #[serde(default)]
    pub force_field: Option<ForceField>,
    #[serde(default)]
    pub stage_diagram: Option<StageDiagram>,
    #[serde(default)]
    pub first_step: Option<FirstStep>,
    /// A 2018-form variant, printed only by themes that put `resources` in
    /// their `sheet_order`.
    #[serde(default)]
    pub resources: Option<Resources>,
    /// The 2018 form's interview matrix (interviewees × questions), printed by
    /// themes that put `interviews` in their `sheet_order`.
    #[serde(default)]
    pub interviews: Option<InterviewMatrix>,
    /// Sheets of the team's own, for what no numbered sheet holds: printed
    /// after the sheet named by `after` (or at the end), in the order given.
    #[serde(deserialize_with = "bounded_list", default)]
    pub custom: Vec<CustomSheet>,
}

/// A box of the team's own on any sheet: a heading with text, a list, or a
/// small table. Laid out in the sheet's free area, after its own boxes.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExtraBox {
    pub heading: Text,
    #[serde(default)]
    pub text: Option<Text>,
    #[serde(default)]
    pub items: TextList,
    #[serde(default)]
    pub table: Option<SmallTable>,
}

/// A small table: a head row and rows of cells.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SmallTable {
    #[serde(default)]
    pub head: TextList,
    #[serde(deserialize_with = "bounded_list", default)]
    pub rows: Vec<TextList>,
}

/// A sheet of the team's own: number, title, guide questions and boxes.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CustomSheet {
    /// Printed as `N．` before the title, e.g. `5-2` or `参考`.
    pub number: Text,
    pub title: Text,
    /// Guide questions, printed as the form prints its own (■…).
    #[serde(default)]
    pub guide: TextList,
    /// The sheet it follows (`role`, `problems` …); at the end without it.
    #[serde(default)]
    pub after: Option<SheetKey>,
    #[serde(deserialize_with = "bounded_list", default)]
    pub boxes: Vec<ExtraBox>,
}

/// The sheets, as keyed in the story (`sheets.<key>`), in a theme's
/// `sheet_order` and `sheets:`, and by a custom sheet's `after:`. The one list
/// of them: the checks, the warnings and the theme loader all read it here.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum SheetKey {
    Vision,
    DriftFuture,
    Role,
    IdealState,
    Problems,
    ForceField,
    StageDiagram,
    FirstStep,
    /// The 2018-form management-resource matrix (not in the default order).
    Resources,
    /// The 2018-form interview matrix (not in the default order).
    Interviews,
}

impl SheetKey {
    pub const ALL: [SheetKey; 10] = [
        SheetKey::Vision,
        SheetKey::DriftFuture,
        SheetKey::Role,
        SheetKey::IdealState,
        SheetKey::Problems,
        SheetKey::ForceField,
        SheetKey::StageDiagram,
        SheetKey::FirstStep,
        SheetKey::Resources,
        SheetKey::Interviews,
    ];
}

/// The 2018 form's interview matrix: interviewees as columns, questions as rows.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InterviewMatrix {
    /// The questions, one row each (問１ …; a question may ask about 30年前 /
    /// 現在 / 30年後).
    pub questions: TextList,
    #[serde(deserialize_with = "bounded_list")]
    pub interviewees: Vec<MatrixInterviewee>,
    #[serde(deserialize_with = "bounded_list", default)]
    pub extra: Vec<ExtraBox>,
}

#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MatrixInterviewee {
    /// e.g. 区長, 総務課長
    pub who: Text,
    /// One answer per question, in the questions' order.
    #[serde(default)]
    pub answers: TextList,
}

/// The five management resources across 30 years: ヒト・モノ・カネ・情報・関係 ×
/// 30年前 / 現在 / 30年後.
#[derive(Debug, Clone, Default, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Resources {
    /// ヒト
    #[serde(default)]
    pub people: Option<ResourceRow>,
    /// モノ
    #[serde(default)]
    pub things: Option<ResourceRow>,
    /// カネ
    #[serde(default)]
    pub money: Option<ResourceRow>,
    /// 情報
    #[serde(default)]
    pub information: Option<ResourceRow>,
    /// 関係
    #[serde(default)]
    pub relations: Option<ResourceRow>,
    #[serde(deserialize_with = "bounded_list", default)]
    pub extra: Vec<ExtraBox>,
}

#[derive(Debug, Clone, Default, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ResourceRow {
    /// 30年前
    #[serde(default)]
    pub past: TextList,
    /// 現在
    #[serde(default)]
    pub present: TextList,
    /// 30年後
    #[serde(default)]
    pub future: TextList,
}

/// Sheet 1: 10年後の地域のありたい姿（ビジョン）.
#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Vision {
    pub statement: Text,
    /// Where the vision comes from, e.g. the comprehensive plan (総合計画).
    #[serde(default)]
    pub source: Option<Text>,
    /// Concrete images of the vision.
    #[serde(default)]
    pub images: TextList,
    #[serde(deserialize_with = "bounded_list", default)]
    pub indicators: Vec<Indicator>,
    /// The vision restated in plain words, printed under it as ＝….
    #[serde(default)]
    pub restatement: Option<Text>,
    /// Footnotes defining a term of the vision, printed as ※….
    #[serde(default)]
    pub footnotes: TextList,
    /// How the region will reach the vision (the approach).
    #[serde(default)]
    pub approach: Option<Text>,
    #[serde(deserialize_with = "bounded_list", default)]
    pub extra: Vec<ExtraBox>,
}

#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub label: Text,
    #[serde(default)]
    pub current: Option<Text>,
    /// Source and year of the current value.
    #[serde(default)]
    pub source: Option<Text>,
    #[serde(default)]
    pub target: Option<Text>,
}

/// Sheet 2: なりゆきの未来.
#[derive(Debug, Clone, Default, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DriftFuture {
    #[serde(deserialize_with = "bounded_list", default)]
    pub topics: Vec<Topic>,
    #[serde(default)]
    pub population: Option<Population>,
    #[serde(deserialize_with = "bounded_list", default)]
    pub extra: Vec<ExtraBox>,
}

#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// e.g. 財政状況はどうなる？
    pub question: Text,
    #[serde(default)]
    pub statements: TextList,
    #[serde(deserialize_with = "bounded_list", default)]
    pub evidence: Vec<Evidence>,
    /// Where the topic's figures come from (several allowed).
    #[serde(default)]
    pub sources: TextList,
}

#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub tag: EvidenceTag,
    pub text: Text,
}

/// The tags the form puts before evidence lines: 【経過】【推計】【現状】【将来】.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, schemars::JsonSchema)]
pub enum EvidenceTag {
    #[serde(rename = "経過", alias = "history")]
    History,
    #[serde(rename = "推計", alias = "projection")]
    Projection,
    #[serde(rename = "現状", alias = "current")]
    Current,
    #[serde(rename = "将来", alias = "future")]
    Future,
}

/// A population projection table: series (総人口, 年少人口 …) by year.
#[derive(Debug, Clone, Serialize)]
pub struct Population {
    pub title: Option<Text>,
    pub unit: Text,
    pub source: Option<Text>,
    #[serde(deserialize_with = "bounded_list")]
    pub years: Vec<i32>,
    /// The last year whose figures are actual (実績), not projected.
    pub base_year: Option<i32>,
    #[serde(deserialize_with = "bounded_list")]
    pub series: Vec<Series>,
}

#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Series {
    pub label: Text,
    #[serde(deserialize_with = "bounded_list")]
    pub values: Vec<f64>,
}

/// Sheet 3: これから自治体の果たすべき役割（戦略的な取り組み）.
#[derive(Debug, Clone, Default, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// The role as one statement (the other common shape of sheet 3).
    #[serde(default)]
    pub statement: Option<Text>,
    /// Its explanation, printed under it as ＝….
    #[serde(default)]
    pub explanation: Option<Text>,
    /// Why this role reaches the vision.
    #[serde(default)]
    pub reasons: TextList,
    #[serde(default)]
    pub aim: Option<Text>,
    #[serde(deserialize_with = "bounded_list", default)]
    pub groups: Vec<InitiativeGroup>,
    /// Capabilities the organisation needs (●…する力).
    #[serde(default)]
    pub capabilities: TextList,
    #[serde(deserialize_with = "bounded_list", default)]
    pub extra: Vec<ExtraBox>,
}

#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InitiativeGroup {
    /// e.g. ＤＸ化の加速 (printed as ＜ＤＸ化の加速＞).
    pub heading: Text,
    #[serde(default)]
    pub items: TextList,
}

/// Sheet 4: 人・組織づくりのあるべき姿.
#[derive(Debug, Clone, Default, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IdealState {
    /// A lead sentence before the viewpoints.
    #[serde(default)]
    pub lead: Option<Text>,
    #[serde(deserialize_with = "bounded_list", default)]
    pub viewpoints: Vec<Viewpoint>,
    /// States from the goal down to the foundation; each needs the one below it
    /// (read bottom-up: そのためには). A link is a state, or `state:` with the
    /// `means:` to reach it.
    #[serde(deserialize_with = "bounded_list", default)]
    pub chain: Vec<ChainLink>,
    /// 取り組むアクション.
    #[serde(default)]
    pub actions: TextList,
    /// The team's own observation or question (a speech bubble on the sheet).
    #[serde(default)]
    pub observation: Option<Text>,
    /// A closing slogan.
    #[serde(default)]
    pub slogan: Option<Text>,
    #[serde(deserialize_with = "bounded_list", default)]
    pub extra: Vec<ExtraBox>,
}

/// A link of the chain: a state, and the means to reach it (そのためには …).
#[derive(Debug, Clone, Serialize)]
pub struct ChainLink {
    pub state: Text,
    pub means: Option<Text>,
}

#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Viewpoint {
    pub heading: Text,
    #[serde(default)]
    pub text: Option<Text>,
}

/// Sheet 5: 人・組織づくりの現状と問題点.
#[derive(Debug, Clone, Default, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Problems {
    /// Named periods on a time axis, e.g. H9～H18 人口減少期.
    #[serde(deserialize_with = "bounded_list", default)]
    pub periods: Vec<Period>,
    /// ■過去からの経緯
    #[serde(deserialize_with = "bounded_list", default)]
    pub history: Vec<Finding>,
    /// ■現状把握 (the form says to fill this column first).
    #[serde(deserialize_with = "bounded_list", default)]
    pub current: Vec<Finding>,
    /// ■原因分析
    #[serde(deserialize_with = "bounded_list", default)]
    pub causes: Vec<Finding>,
    /// 本音: honest voices heard in interviews.
    #[serde(default)]
    pub honest_voice: TextList,
    /// The causes in one line, often a question.
    #[serde(default)]
    pub summary: Option<Text>,
    /// The sources findings refer to, as a legend (◆ 区の取組 …).
    #[serde(deserialize_with = "bounded_list", default)]
    pub legend: Vec<LegendEntry>,
    #[serde(deserialize_with = "bounded_list", default)]
    pub extra: Vec<ExtraBox>,
}

#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LegendEntry {
    /// The mark findings carry as their `source`, e.g. ◆ or A.
    pub mark: Text,
    /// What it stands for, e.g. 職員アンケート.
    pub text: Text,
}

#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Period {
    /// e.g. H9～H18
    pub span: Text,
    /// e.g. 人口減少期
    pub name: Text,
}

/// One numbered finding; items with the same number correspond across columns.
/// Written as plain text, or as `{text, source}` to name where it was found.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub text: Text,
    pub source: Option<Text>,
}

/// Sheet 6: フォースフィールド分析.
#[derive(Debug, Clone, Default, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ForceField {
    /// The change to achieve, drawn in the middle.
    #[serde(default)]
    pub change: Option<Text>,
    #[serde(deserialize_with = "bounded_list", default)]
    pub driving: Vec<DrivingForce>,
    #[serde(deserialize_with = "bounded_list", default)]
    pub restraining: Vec<RestrainingForce>,
    /// One countermeasure for all the restraining forces together (then no
    /// force needs its own).
    #[serde(default)]
    pub countermeasure: Option<Text>,
    #[serde(deserialize_with = "bounded_list", default)]
    pub extra: Vec<ExtraBox>,
}

#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DrivingForce {
    pub force: Text,
    /// How to use it (それをどう活かすか).
    #[serde(default)]
    pub how: Option<Text>,
    #[serde(default)]
    pub strength: Option<Strength>,
}

#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RestrainingForce {
    pub force: Text,
    /// The countermeasure (それに対する対策).
    #[serde(default)]
    pub countermeasure: Option<Text>,
    #[serde(default)]
    pub strength: Option<Strength>,
}

/// Sheet 7: the three-stage action plan (まず / 次に / さらに), and/or its
/// roadmap variant.
#[derive(Debug, Clone, Default, Serialize)]
pub struct StageDiagram {
    #[serde(deserialize_with = "bounded_list")]
    pub stages: Vec<Stage>,
    pub roadmap: Option<Roadmap>,
    #[serde(deserialize_with = "bounded_list")]
    pub extra: Vec<ExtraBox>,
}

/// The roadmap variant of sheet 7: named actions as bars on a multi-year axis.
#[derive(Debug, Clone, Serialize)]
pub struct Roadmap {
    /// The first fiscal year on the axis (1年目).
    pub start: FiscalYear,
    /// How many years the axis shows (normally 10).
    pub years: u32,
    #[serde(deserialize_with = "bounded_list")]
    pub actions: Vec<RoadmapAction>,
    /// Every fiscal year on the axis, in order (computed, not written).
    #[serde(deserialize_with = "bounded_list")]
    pub axis: Vec<FiscalYear>,
}

#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RoadmapAction {
    /// e.g. 対話会の開催 (numbered ①② … on the sheet)
    pub name: Text,
    /// 目的
    #[serde(default)]
    pub purpose: Option<Text>,
    /// 内容
    #[serde(default)]
    pub content: Option<Text>,
    /// 対象者: one or several audiences.
    #[serde(default)]
    pub audience: TextList,
    /// 数値目標: one or several targets, each plain or tied to a year
    /// (`when: R5`, `text: 月1回`).
    #[serde(default)]
    pub target: Targets,
    /// First fiscal year it runs (default: the roadmap's start).
    #[serde(default)]
    pub from: Option<FiscalYear>,
    /// Last fiscal year it runs (default: the roadmap's last year).
    #[serde(default)]
    pub to: Option<FiscalYear>,
}

/// The targets of a roadmap action: one, or a list.
#[derive(Debug, Clone, Default, Serialize)]
#[serde(transparent)]
pub struct Targets(pub Vec<Target>);

/// A numeric target: text, or `when:` (a year or period) with `text:`.
#[derive(Debug, Clone, Serialize)]
pub struct Target {
    pub when: Option<Text>,
    pub text: Text,
}

#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Stage {
    /// e.g. R3年度
    #[serde(default)]
    pub period: Option<Text>,
    /// e.g. 研究生の周囲を変えていく
    #[serde(default)]
    pub headline: Option<Text>,
    #[serde(default)]
    pub actions: TextList,
    /// アウトプット: what the actions produce.
    #[serde(default)]
    pub output: TextList,
    /// アウトカム: the change they cause.
    #[serde(default)]
    pub outcome: TextList,
    /// □目標設定: criteria to move on to the next stage.
    #[serde(default)]
    pub criteria: TextList,
}

/// Sheet 8: 一歩踏み出すシート, a table grouped by who acts.
#[derive(Debug, Clone, Default, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FirstStep {
    #[serde(deserialize_with = "bounded_list", default)]
    pub groups: Vec<ActorGroup>,
    #[serde(deserialize_with = "bounded_list", default)]
    pub extra: Vec<ExtraBox>,
}

#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActorGroup {
    /// 誰が: 3人で, マネ友と, みんなで, or a member's name.
    pub actor: Text,
    #[serde(deserialize_with = "bounded_list", default)]
    pub rows: Vec<FirstStepRow>,
}

#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct FirstStepRow {
    /// いつから
    #[serde(default)]
    pub from: Option<Text>,
    /// 誰と
    #[serde(default)]
    pub with: Option<Text>,
    /// 何を
    pub what: Text,
    /// どこまで・どのように・目指す変化は
    #[serde(default)]
    pub how: Option<Text>,
}
