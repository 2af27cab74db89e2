//! Cross-sheet checks: things that are valid YAML and a valid story, but that an
//! adviser would point out — a restraining force with no countermeasure, stages
//! whose periods go backwards, an indicator without a target, a sheet left empty.
//! They are warnings (`storydeck check --deny-warnings` makes them errors).

use std::sync::Arc;

use crate::diag::{Diagnostic, Location};
use crate::story::{FiscalYear, Story};
use crate::t;
use crate::theme::{PaperSection, SheetKey, SlideEntry, SlidePart, ThemeConfig, key_name};
use crate::yaml::recover;

/// Where the story's text is, for pointing at fields.
pub struct Source<'a> {
    pub text: &'a str,
    pub name: &'a str,
}

/// The slide parts that print the story's own words, with the field each
/// draws from, whether the story fills it, and the paper's chapter that
/// prints it too.
fn slide_parts(story: &Story) -> [(SlidePart, &'static str, bool, PaperSection); 9] {
    let journey = story.journey.as_ref();
    let activities = journey.map_or(&[][..], |j| &j.activities[..]);
    let described = activities.iter().any(|a| {
        [&a.summary, &a.assignment, &a.did, &a.learnt]
            .iter()
            .any(|t| t.is_some())
    });
    let mood = journey.is_some_and(|j| !j.mood.is_empty());
    let interviews = journey.is_some_and(|j| !j.interviews.is_empty());
    let learnings =
        journey.is_some_and(|j| j.learnings.iter().next().is_some() || !j.feedback.is_empty());
    use crate::theme::PaperSection as Chapter;
    [
        (
            SlidePart::Team,
            "team",
            !story.team.is_empty(),
            Chapter::Overview,
        ),
        (
            SlidePart::Journey,
            "journey.activities",
            !activities.is_empty(),
            Chapter::Overview,
        ),
        (
            SlidePart::Sessions,
            "journey.activities",
            described,
            Chapter::Sessions,
        ),
        (SlidePart::Mood, "journey.mood", mood, Chapter::Overview),
        (
            SlidePart::Interviews,
            "journey.interviews",
            interviews,
            Chapter::Appendix,
        ),
        (
            SlidePart::Learnings,
            "journey.learnings",
            learnings,
            Chapter::Sessions,
        ),
        (
            SlidePart::FirstChange,
            "first_change",
            story.first_change.is_some(),
            Chapter::Action,
        ),
        (
            SlidePart::Asks,
            "asks",
            !story.asks.is_empty(),
            Chapter::Action,
        ),
        (
            SlidePart::Reflections,
            "reflections",
            !story.reflections.is_empty(),
            Chapter::Reflections,
        ),
    ]
}

/// The paper's own prose, with the field and the chapter that prints it.
fn paper_parts(story: &Story) -> Vec<(String, PaperSection)> {
    let Some(paper) = &story.paper else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if paper.introduction.is_some() {
        out.push(("paper.introduction".to_owned(), PaperSection::Introduction));
    }
    for key in paper.sheets.keys() {
        out.push((
            format!("paper.sheets.{}", key_name(*key)),
            PaperSection::Story,
        ));
    }
    if paper.closing.is_some() {
        out.push(("paper.closing".to_owned(), PaperSection::Closing));
    }
    out
}

pub fn warnings(story: &Story, theme: &ThemeConfig, source: &Source) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let mut warn = |path: String, message: String, hint: String| {
        out.push(at(
            source,
            &path,
            Diagnostic::warning(message).field(path.clone()).hint(hint),
        ));
    };
    let sheets = &story.sheets;

    // What the story fills and the theme prints nowhere would be lost silently.
    let filled = filled_keys(story);
    for &key in &filled {
        if !theme.sheets.iter().any(|label| label.key == key) {
            let name = key_name(key);
            warn(
                format!("sheets.{name}"),
                t!(
                    "check-sheet-not-printed",
                    field = format!("sheets.{name}"),
                    theme = theme.name.as_str()
                ),
                t!("check-sheet-not-printed-hint"),
            );
        }
    }
    // The rules below warn alike by design: each names its own message and
    // arguments (the sheet, the slide part, the paper's chapter).
    // The year's parts are printed only on slides: one the theme lists in
    // neither deck's `slides:` is printed nowhere.
    for (part, path, filled, chapter) in slide_parts(story) {
        let listed = [&theme.slides.mayor_report, &theme.slides.final_session]
            .iter()
            .any(|deck| deck.contains(&SlideEntry::Part(part)))
            || theme.paper.sections.contains(&chapter);
        if filled && !listed {
            warn(
                path.to_owned(),
                t!(
                    "check-part-not-printed",
                    field = path,
                    theme = theme.name.as_str(),
                    slide = crate::theme::key_name_of(&part)
                ),
                t!("check-part-not-printed-hint"),
            );
        }
    }
    // The paper's prose is printed only in its chapter.
    for (path, chapter) in paper_parts(story) {
        if !theme.paper.sections.contains(&chapter) {
            warn(
                path.clone(),
                t!(
                    "check-paper-not-printed",
                    field = path,
                    theme = theme.name.as_str(),
                    chapter = crate::theme::key_name_of(&chapter)
                ),
                t!(
                    "check-paper-not-printed-hint",
                    chapter = crate::theme::key_name_of(&chapter)
                ),
            );
        }
    }
    for (i, custom) in sheets.custom.iter().enumerate() {
        if let Some(after) = custom.after
            && !theme.sheets.iter().any(|label| label.key == after)
        {
            warn(
                format!("sheets.custom[{i}].after"),
                t!(
                    "check-custom-after",
                    number = custom.number.to_string(),
                    after = key_name(after),
                    theme = theme.name.as_str()
                ),
                t!("check-custom-after-hint"),
            );
        }
    }
    for label in &theme.sheets {
        if !filled.contains(&label.key) {
            let title = label
                .title
                .replace("{horizon}", &story.horizon_years.to_string());
            let field = format!("sheets.{}", key_name(label.key));
            warn(
                field.clone(),
                t!(
                    "check-sheet-empty",
                    number = label.number.to_string(),
                    title = title
                ),
                t!("check-sheet-empty-hint", topic = field),
            );
        }
    }
    if let Some(vision) = &sheets.vision {
        for (i, indicator) in vision.indicators.iter().enumerate() {
            if indicator.target.is_none() {
                warn(
                    format!("sheets.vision.indicators[{i}]"),
                    t!(
                        "check-indicator-target",
                        indicator = indicator.label.to_string()
                    ),
                    t!("check-indicator-target-hint"),
                );
            }
        }
    }
    if let Some(forces) = &sheets.force_field {
        // One countermeasure for all of them answers every restraining force.
        let answered = forces.countermeasure.is_some();
        for (i, force) in forces.restraining.iter().enumerate() {
            if force.countermeasure.is_none() && !answered {
                warn(
                    format!("sheets.force_field.restraining[{i}]"),
                    t!("check-countermeasure", force = force.force.to_string()),
                    t!("check-countermeasure-hint"),
                );
            }
        }
        for (i, force) in forces.driving.iter().enumerate() {
            if force.how.is_none() {
                warn(
                    format!("sheets.force_field.driving[{i}]"),
                    t!("check-driving-how", force = force.force.to_string()),
                    t!("check-driving-how-hint"),
                );
            }
        }
    }
    if let Some(diagram) = &sheets.stage_diagram {
        let years: Vec<(usize, FiscalYear)> = diagram
            .stages
            .iter()
            .enumerate()
            .filter_map(|(i, s)| {
                s.period
                    .as_ref()
                    .and_then(|p| first_year(p.as_str()))
                    .map(|y| (i, y))
            })
            .collect();
        for pair in years.windows(2) {
            let ((_, before), (i, after)) = (pair[0], pair[1]);
            if after.0 <= before.0 {
                warn(
                    format!("sheets.stage_diagram.stages[{i}].period"),
                    t!(
                        "check-stage-order",
                        stage = i + 1,
                        year = after.short(),
                        before = before.short()
                    ),
                    t!("check-stage-order-hint"),
                );
            }
        }
    }
    if let Some(matrix) = &sheets.interviews {
        let questions = matrix.questions.0.len();
        for (i, person) in matrix.interviewees.iter().enumerate() {
            if person.answers.0.len() > questions {
                warn(
                    format!("sheets.interviews.interviewees[{i}].answers"),
                    t!(
                        "check-interview-answers",
                        who = person.who.to_string(),
                        answers = person.answers.0.len(),
                        questions = questions
                    ),
                    t!("check-interview-answers-hint"),
                );
            }
        }
    }
    if let Some(first) = &sheets.first_step
        && first.groups.iter().all(|g| g.rows.is_empty())
    {
        warn(
            "sheets.first_step".to_owned(),
            t!("check-first-step-rows"),
            t!("check-first-step-rows-hint"),
        );
    }
    // Text `storydeck init` wrote for the team to replace, never printed unnoticed.
    let story_json = serde_json::to_value(story).unwrap_or_default();
    for (path, text) in crate::nobreak::texts_with_paths(&story_json) {
        if is_placeholder(&text) {
            warn(
                path.clone(),
                t!("check-placeholder", text = text.trim()),
                t!("check-placeholder-hint"),
            );
        }
    }
    out.extend(crate::story::typing_warnings(source.text, source.name));
    out
}

/// A placeholder of `storydeck init`: a text wholly in full-width brackets,
/// （今年度の研究会テーマ）, with no other bracket inside.
pub fn is_placeholder(text: &str) -> bool {
    let text = text.trim();
    text.strip_prefix('（')
        .and_then(|rest| rest.strip_suffix('）'))
        .is_some_and(|inner| !inner.is_empty() && !inner.contains(['（', '）']))
}

/// Every sheet the story writes (`sheets.<key>`), in the model's order: read
/// from the story as the templates get it, so a new sheet needs no change here.
fn filled_keys(story: &Story) -> Vec<SheetKey> {
    let sheets = serde_json::to_value(&story.sheets).unwrap_or_default();
    SheetKey::ALL
        .into_iter()
        .filter(|&key| sheets.get(key_name(key)).is_some_and(|v| !v.is_null()))
        .collect()
}

/// The first fiscal year a period mentions: `R5～R6年度` → R5, `2023年度から` → 2023.
pub fn first_year(period: &str) -> Option<FiscalYear> {
    let chars: Vec<char> = period.chars().collect();
    for start in 0..chars.len() {
        for end in (start + 1..=chars.len().min(start + 6)).rev() {
            let candidate: String = chars[start..end].iter().collect();
            let is_token =
                candidate.starts_with(['R', 'H', 'r', 'h', '令', '平']) || candidate.len() == 4;
            let next_is_digit = chars.get(end).is_some_and(|c| c.is_ascii_digit());
            if is_token
                && !next_is_digit
                && let Some(year) = FiscalYear::parse(&candidate)
            {
                return Some(year);
            }
        }
    }
    None
}

/// Points the diagnostic at `path`, or at its nearest ancestor the text shows.
/// `diag` located at the story field `path` (or its nearest written ancestor).
pub fn at(source: &Source, path: &str, diag: Diagnostic) -> Diagnostic {
    let mut candidate = path;
    loop {
        if let Some(offset) = recover::locate(source.text, candidate) {
            let end = source.text[offset..]
                .find('\n')
                .map_or(source.text.len(), |i| offset + i);
            return diag.at(Location {
                file: source.name.to_owned(),
                source: Arc::from(source.text),
                range: offset..end,
            });
        }
        match candidate.rfind(['.', '[']) {
            Some(i) => candidate = &candidate[..i],
            None => {
                return diag.at(Location {
                    file: source.name.to_owned(),
                    source: Arc::from(source.text),
                    range: 0..0,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn periods_name_their_first_year() {
        assert_eq!(first_year("R4年度"), Some(FiscalYear(2022)));
        assert_eq!(first_year("R5～R6年度"), Some(FiscalYear(2023)));
        assert_eq!(first_year("令和7年度～"), Some(FiscalYear(2025)));
        assert_eq!(first_year("2024年度から"), Some(FiscalYear(2024)));
        assert_eq!(first_year("来年度"), None);
    }
}
