use storydeck::diag::Result;
use storydeck::story::load_story;

use crate::args::CheckArgs;

pub fn check(args: CheckArgs) -> Result<()> {
    let story = load_story(&args.story)?;
    let sheets = &story.sheets;
    let filled = [
        sheets.vision.is_some(),
        sheets.drift_future.is_some(),
        sheets.role.is_some(),
        sheets.ideal_state.is_some(),
        sheets.problems.is_some(),
        sheets.force_field.is_some(),
        sheets.stage_diagram.is_some(),
        sheets.first_step.is_some(),
    ]
    .iter()
    .filter(|&&f| f)
    .count();
    println!(
        "ok: {} — {} {}, {filled} of 8 sheets filled",
        args.story.display(),
        story.municipality,
        story.fiscal_year.japanese()
    );
    Ok(())
}
