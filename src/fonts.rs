//! Which fonts a deck can use, found in this order:
//!
//! 1. the theme chain's `fonts/` folders (the built-in default holds BIZ UDPGothic,
//!    so a machine with no Japanese fonts renders correctly);
//! 2. each `--font-path` folder;
//! 3. the system's fonts — scanned only when a family the theme names was not
//!    found in 1 and 2, because the scan costs more than the rest of a build.
//!
//! A family the theme names that is nowhere to be found is an error naming it and
//! the places looked in: Typst itself would silently fall back (or draw □).

use std::collections::BTreeSet;
use std::path::PathBuf;

use typst::text::Font;
use typst_kit::fonts;
pub use typst_kit::fonts::FontStore;

use crate::diag::{Diagnostic, Result};
use crate::theme::Theme;

pub fn load_fonts(theme: &Theme, font_paths: &[PathBuf]) -> Result<FontStore> {
    let mut store = FontStore::new();
    for (name, bytes) in theme.font_files()? {
        let fonts: Vec<(Font, _)> = Font::iter(bytes)
            .map(|font| {
                let info = font.info().clone();
                (font, info)
            })
            .collect();
        // A damaged file would otherwise surface as "family not found".
        if fonts.is_empty() {
            return Err(
                Diagnostic::error(crate::t!("fonts-unreadable", file = name.as_str()))
                    .hint(crate::t!("fonts-unreadable-hint"))
                    .into(),
            );
        }
        store.extend(fonts);
    }
    for path in font_paths {
        if !path.is_dir() {
            return Err(Diagnostic::error(crate::t!(
                "fonts-path-not-folder",
                path = path.display().to_string()
            ))
            .hint(crate::t!("fonts-path-not-folder-hint"))
            .into());
        }
        store.extend(fonts::scan(path));
    }
    let wanted: BTreeSet<&str> = theme
        .config
        .fonts
        .body
        .iter()
        .chain(&theme.config.fonts.heading)
        .map(String::as_str)
        .collect();
    let missing = |store: &FontStore| -> Vec<String> {
        wanted
            .iter()
            .filter(|family| !store.book().contains_family(&family.to_lowercase()))
            .map(|family| family.to_string())
            .collect()
    };
    if missing(&store).is_empty() {
        return Ok(store);
    }
    store.extend(fonts::system());
    let still_missing = missing(&store);
    if let Some(family) = still_missing.first() {
        let mut places = theme.font_places();
        places.extend(font_paths.iter().map(|p| p.display().to_string()));
        places.push("the system's fonts".to_owned());
        return Err(Diagnostic::error(crate::t!(
            "fonts-family-missing",
            family = family.as_str(),
            theme = theme.config.name.as_str()
        ))
        .hint(crate::t!("fonts-looked-in", places = places.join(", ")))
        .hint(crate::t!("fonts-family-missing-hint"))
        .into());
    }
    Ok(store)
}
