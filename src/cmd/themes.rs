use std::path::PathBuf;

use storydeck::diag::Result;
use storydeck::story::story_dir;
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
        .map(|(name, _, _)| columns(name))
        .max()
        .unwrap_or(0);
    let origin_width = found
        .iter()
        .map(|(_, origin, _)| columns(origin))
        .max()
        .unwrap_or(0)
        .min(12);
    for (name, origin, description) in found {
        let description = description.unwrap_or_default();
        let description = storydeck::diag::printable(&description);
        let name_pad = " ".repeat(width.saturating_sub(columns(&name)));
        let origin_pad = " ".repeat(origin_width.saturating_sub(columns(&origin)));
        println!("{name}{name_pad}  {origin}{origin_pad}  {description}");
    }
    Ok(())
}

/// Terminal columns of `text`: a full-width (CJK) character takes two.
fn columns(text: &str) -> usize {
    text.chars()
        .map(|c| if (c as u32) >= 0x1100 { 2 } else { 1 })
        .sum()
}
