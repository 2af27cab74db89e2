use std::path::PathBuf;

use storydeck::diag::Result;
use storydeck::render::story_dir;
use storydeck::theme;

use crate::args::ThemesArgs;

pub fn themes(args: ThemesArgs) -> Result<()> {
    let dirs: Vec<PathBuf> = args
        .story
        .iter()
        .map(|s| story_dir(s).join("themes"))
        .collect();
    let found = theme::available(&dirs);
    let width = found
        .iter()
        .map(|(name, _, _)| name.chars().count())
        .max()
        .unwrap_or(0);
    for (name, origin, description) in found {
        let description = description.unwrap_or_default();
        let description = storydeck::diag::printable(&description);
        println!("{name:<width$}  {origin:<10}  {description}");
    }
    Ok(())
}
