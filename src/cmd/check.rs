use storydeck::check::{Source, warnings};
use storydeck::diag::{Diagnostic, Result};
use storydeck::story::load_story_with_text;
use storydeck::theme::Theme;

use crate::args::CheckArgs;

pub fn check(args: CheckArgs) -> Result<()> {
    let (story, text) = load_story_with_text(&args.story)?;
    let theme = Theme::for_story(args.theme.as_deref(), story.theme.as_deref(), &args.story)?;
    let name = args.story.display().to_string();
    let found = warnings(
        &story,
        &theme.config,
        &Source {
            text: &text,
            name: &name,
        },
    );
    for warning in &found {
        warning.emit();
    }
    if args.deny_warnings && !found.is_empty() {
        return Err(Diagnostic::error(format!(
            "{} warning(s) denied by --deny-warnings",
            found.len()
        ))
        .into());
    }
    println!(
        "ok: {} — {} {}, theme {}, {} warning(s)",
        args.story.display(),
        story.municipality,
        story.fiscal_year.japanese(),
        theme.config.name,
        found.len()
    );
    Ok(())
}
