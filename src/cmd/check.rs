use storydeck::diag::{Diagnostic, Result};
use storydeck::{Deck, LoadOptions, Project, Session, t};

use crate::args::CheckArgs;
use crate::cmd::stories::single;

pub fn check(mut args: CheckArgs) -> Result<()> {
    args.story = single(&args.story)?;
    let session = Session::new();
    let options = LoadOptions {
        theme: args.theme.clone(),
        ..LoadOptions::default()
    };
    let project = Project::open(&session, &args.story, &options)?;
    let mut found = project.content_warnings();
    found.extend(layout_warnings(&session, &project)?);
    for warning in &found {
        warning.emit();
    }
    if args.deny_warnings && !found.is_empty() {
        return Err(Diagnostic::error(t!("check-warnings-denied", count = found.len())).into());
    }
    let story = project.story();
    println!(
        "{}",
        t!(
            "check-ok",
            story = args.story.display().to_string(),
            municipality = story.municipality.as_str(),
            year = story.fiscal_year.japanese(),
            theme = project.theme().config.name.as_str(),
            count = found.len()
        )
    );
    Ok(())
}

/// Lays out every deck, writing nothing, for what only the layout shows:
/// something drawn over something, a sheet that runs past its page, a glyph no
/// font has. Each warning names its deck.
fn layout_warnings(session: &Session, project: &Project) -> Result<Vec<Diagnostic>> {
    let mut out = Vec::new();
    for deck in Deck::ALL {
        let compiled = project.compile(deck, None)?;
        out.extend(compiled.warnings.into_iter().map(|w| Diagnostic {
            message: format!("{deck}: {}", w.message),
            ..w
        }));
        session.trim_caches();
    }
    Ok(out)
}
