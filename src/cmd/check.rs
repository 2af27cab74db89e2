use storydeck::check::{Source, warnings};
use storydeck::diag::{Diagnostic, Result};
use storydeck::story::load_story_with_text;
use storydeck::theme::Theme;
use storydeck::{BuildOptions, Deck, Session, t};

use crate::args::CheckArgs;
use crate::cmd::stories::single;

pub fn check(mut args: CheckArgs) -> Result<()> {
    args.story = single(&args.story)?;
    let (story, text) = load_story_with_text(&args.story)?;
    let theme = Theme::for_story(args.theme.as_deref(), story.theme.as_deref(), &args.story)?;
    let name = args.story.display().to_string();
    let mut found = warnings(
        &story,
        &theme.config,
        &Source {
            text: &text,
            name: &name,
        },
    );
    found.extend(layout_warnings(&args)?);
    for warning in &found {
        warning.emit();
    }
    if args.deny_warnings && !found.is_empty() {
        return Err(Diagnostic::error(t!("check-warnings-denied", count = found.len())).into());
    }
    println!(
        "{}",
        t!(
            "check-ok",
            story = args.story.display().to_string(),
            municipality = story.municipality.as_str(),
            year = story.fiscal_year.japanese(),
            theme = theme.config.name.as_str(),
            count = found.len()
        )
    );
    Ok(())
}

/// Lays out every deck, writing nothing, for what only the layout shows:
/// something drawn over something, a sheet that runs past its page, a glyph no
/// font has. Each warning names its deck.
fn layout_warnings(args: &CheckArgs) -> Result<Vec<Diagnostic>> {
    let session = Session::new();
    let mut out = Vec::new();
    for deck in Deck::ALL {
        let options = BuildOptions {
            deck,
            theme: args.theme.clone(),
            ..BuildOptions::default()
        };
        let compiled = session.compile_deck(&args.story, &options)?;
        out.extend(compiled.warnings.into_iter().map(|w| Diagnostic {
            message: format!("{deck}: {}", w.message),
            ..w
        }));
        session.trim_caches();
    }
    Ok(out)
}
