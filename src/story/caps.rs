//! Slide caps: a theme (theme.yaml `slides.caps`) or a story (`caps`) may keep a
//! slide to the first items of a list, per deck. The slide then says what it
//! left out (ほか 3 件 → シート1) and `build` warns naming the field and count,
//! so a capped list is never lost silently.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::deck::Deck;

/// The lists a slide may cap, named by their field path in the story.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, schemars::JsonSchema,
)]
pub enum CapField {
    #[serde(rename = "sheets.vision.images")]
    VisionImages,
    #[serde(rename = "sheets.drift_future.topics")]
    DriftTopics,
    #[serde(rename = "sheets.role.groups")]
    RoleGroups,
    #[serde(rename = "sheets.problems.current")]
    ProblemsCurrent,
    #[serde(rename = "sheets.problems.causes")]
    ProblemsCauses,
    #[serde(rename = "sheets.force_field.driving")]
    ForcesDriving,
    #[serde(rename = "sheets.force_field.restraining")]
    ForcesRestraining,
    #[serde(rename = "sheets.stage_diagram.roadmap.actions")]
    RoadmapActions,
    #[serde(rename = "sheets.first_step.rows")]
    FirstStepRows,
    #[serde(rename = "journey.interviews")]
    Interviews,
    #[serde(rename = "journey.feedback")]
    Feedback,
    #[serde(rename = "journey.learnings")]
    Learnings,
}

impl CapField {
    pub const ALL: [CapField; 12] = [
        CapField::VisionImages,
        CapField::DriftTopics,
        CapField::RoleGroups,
        CapField::ProblemsCurrent,
        CapField::ProblemsCauses,
        CapField::ForcesDriving,
        CapField::ForcesRestraining,
        CapField::RoadmapActions,
        CapField::FirstStepRows,
        CapField::Interviews,
        CapField::Feedback,
        CapField::Learnings,
    ];

    /// The field path as written in YAML and printed in warnings.
    pub fn path(self) -> String {
        crate::theme::key_name_of(&self)
    }
}

/// At most this many items of each capped list.
pub type Caps = BTreeMap<CapField, u32>;

/// Each slide deck's caps.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeckCaps {
    #[serde(default)]
    pub mayor_report: Caps,
    #[serde(default)]
    pub final_session: Caps,
}

impl DeckCaps {
    /// `self` over `base`, field by field.
    pub fn over(self, base: &DeckCaps) -> DeckCaps {
        let merge = |mine: Caps, theirs: &Caps| {
            let mut all = theirs.clone();
            all.extend(mine);
            all
        };
        DeckCaps {
            mayor_report: merge(self.mayor_report, &base.mayor_report),
            final_session: merge(self.final_session, &base.final_session),
        }
    }

    /// The caps of one deck (none for the sheets and the paper: they print
    /// everything).
    pub fn of(&self, deck: Deck) -> Caps {
        match deck {
            Deck::Sheets | Deck::Paper => Caps::new(),
            Deck::MayorReport => self.mayor_report.clone(),
            Deck::FinalSession => self.final_session.clone(),
        }
    }
}
