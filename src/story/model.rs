//! The change story: what a team writes once, and every deck is drawn from.
//!
//! Field names are English (they are the YAML keys, documented in docs/story.md);
//! the values are the team's Japanese text. Every struct rejects unknown keys so a
//! misspelt key is an error, never silently ignored content.

use serde::{Deserialize, Serialize};

use super::era::{Date, FiscalYear};
use super::journey::{Ask, FirstChange, Journey, Notes, Outlook, Reflection};
use super::scalar::{Strength, Text, TextList};

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
    #[serde(default = "default_horizon")]
    pub horizon_years: u32,
    #[serde(default)]
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
    #[serde(default)]
    pub asks: Vec<Ask>,
    /// Each member's reflection (所感).
    #[serde(default)]
    pub reflections: Vec<Reflection>,
    /// Speaker notes by slide section.
    #[serde(default)]
    pub notes: Notes,
}

fn default_horizon() -> u32 {
    10
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
    #[serde(default)]
    pub indicators: Vec<Indicator>,
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
    #[serde(default)]
    pub topics: Vec<Topic>,
    #[serde(default)]
    pub population: Option<Population>,
}

#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    /// e.g. 財政状況はどうなる？
    pub question: Text,
    #[serde(default)]
    pub statements: TextList,
    #[serde(default)]
    pub evidence: Vec<Evidence>,
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
    pub years: Vec<i32>,
    /// The last year whose figures are actual (実績), not projected.
    pub base_year: Option<i32>,
    pub series: Vec<Series>,
}

#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Series {
    pub label: Text,
    pub values: Vec<f64>,
}

/// Sheet 3: これから自治体の果たすべき役割（戦略的な取り組み）.
#[derive(Debug, Clone, Default, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Role {
    #[serde(default)]
    pub aim: Option<Text>,
    #[serde(default)]
    pub groups: Vec<InitiativeGroup>,
    /// Capabilities the organisation needs (●…する力).
    #[serde(default)]
    pub capabilities: TextList,
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
    #[serde(default)]
    pub viewpoints: Vec<Viewpoint>,
    /// States from the goal down to the foundation; each needs the one below it
    /// (read bottom-up: そのためには).
    #[serde(default)]
    pub chain: TextList,
    /// 取り組むアクション.
    #[serde(default)]
    pub actions: TextList,
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
    #[serde(default)]
    pub periods: Vec<Period>,
    /// ■過去からの経緯
    #[serde(default)]
    pub history: Vec<Finding>,
    /// ■現状把握 (the form says to fill this column first).
    #[serde(default)]
    pub current: Vec<Finding>,
    /// ■原因分析
    #[serde(default)]
    pub causes: Vec<Finding>,
    /// 本音: honest voices heard in interviews.
    #[serde(default)]
    pub honest_voice: TextList,
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
    #[serde(default)]
    pub driving: Vec<DrivingForce>,
    #[serde(default)]
    pub restraining: Vec<RestrainingForce>,
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
    pub stages: Vec<Stage>,
    pub roadmap: Option<Roadmap>,
}

/// The roadmap variant of sheet 7: named actions as bars on a multi-year axis.
#[derive(Debug, Clone, Serialize)]
pub struct Roadmap {
    /// The first fiscal year on the axis (1年目).
    pub start: FiscalYear,
    /// How many years the axis shows (normally 10).
    pub years: u32,
    pub actions: Vec<RoadmapAction>,
    /// Every fiscal year on the axis, in order (computed, not written).
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
    /// 対象者
    #[serde(default)]
    pub audience: Option<Text>,
    /// 数値目標
    #[serde(default)]
    pub target: Option<Text>,
    /// First fiscal year it runs (default: the roadmap's start).
    #[serde(default)]
    pub from: Option<FiscalYear>,
    /// Last fiscal year it runs (default: the roadmap's last year).
    #[serde(default)]
    pub to: Option<FiscalYear>,
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
    #[serde(default)]
    pub groups: Vec<ActorGroup>,
}

#[derive(Debug, Clone, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ActorGroup {
    /// 誰が: 3人で, マネ友と, みんなで, or a member's name.
    pub actor: Text,
    #[serde(default)]
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
