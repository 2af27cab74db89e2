//! Story data + theme + fonts + deck → the laid-out deck, and what the
//! detector and the checks over the layout say of it. Nothing is read from
//! disk here but the theme's files and the files the story names (through the
//! [`DeckWorld`]), and nothing is written: [`crate::project`] loads and writes.
//!
//! ```text
//! StoryData (/data/story.json) ─┐
//! theme (files, /data/theme.json) ┼─▶ DeckWorld ─compile─▶ pages ─▶ detector, checks ─▶ Compiled
//! deck kind (entry file) ────────┘
//! ```

use std::sync::Arc;

use typst::WorldExt;
use typst::diag::{Severity as TypstSeverity, SourceDiagnostic};
use typst_kit::fonts::FontStore;
use typst_layout::PagedDocument;

use crate::collisions::{BreakScope, collision_warnings};
use crate::data::{StoryData, theme_json};
use crate::deck::Deck;
use crate::diag::{Diagnostic, Diagnostics, Location, Result};
use crate::glyphs::missing_glyphs;
use crate::nobreak;
use crate::overflow::{capped_warnings, overflow_warnings};
use crate::t;
use crate::theme::Theme;
use crate::world::{DeckWorld, SourceCache};

/// A deck laid out, ready to export.
pub struct Compiled {
    pub document: PagedDocument,
    pub warnings: Vec<Diagnostic>,
    /// The theme used, by name.
    pub theme: String,
    pub(crate) world: DeckWorld,
    pub(crate) ident: String,
}

/// The most pages a deck may have: a story within its limits (4 MiB, 200 items
/// a list) lays out in fewer; more means a runaway theme or story.
pub const MAX_DECK_PAGES: usize = 2000;

/// Lays out `deck` of a story with a resolved theme and loaded fonts. `sources`
/// keeps the theme's parsed files for the next build.
pub fn compile(
    story: &Arc<StoryData>,
    theme: &Arc<Theme>,
    fonts: Arc<FontStore>,
    sources: Arc<SourceCache>,
    deck: Deck,
) -> Result<Compiled> {
    let world = DeckWorld::new(
        theme.clone(),
        fonts,
        sources,
        deck.entry(),
        story.clone(),
        theme_json(theme, story, deck),
    );

    let compiled = typst::compile::<PagedDocument>(&world);
    let mut warnings: Vec<Diagnostic> = compiled
        .warnings
        .iter()
        .map(|w| typst_diagnostic(&world, w))
        .collect();
    let document = compiled
        .output
        .map_err(|errors| to_diagnostics(&world, &errors))
        .map(nobreak::strip_joiners)?;
    if document.pages().len() > MAX_DECK_PAGES {
        return Err(Diagnostic::error(t!(
            "render-too-many-pages",
            deck = deck.name(),
            pages = document.pages().len(),
            max = MAX_DECK_PAGES
        ))
        .hint(t!("render-too-many-pages-hint"))
        .into());
    }
    warnings.extend(overflow_warnings(&document));
    warnings.extend(capped_warnings(&document, deck));
    // The paper's justified body breaks between any two characters, as a
    // Japanese paper is set; its headings, as every deck's text, do not.
    let scope = if deck == Deck::Paper {
        BreakScope::Headings
    } else {
        BreakScope::All
    };
    warnings.extend(collision_warnings(
        &document,
        story.texts(),
        scope,
        theme.config.floors.of(deck),
    ));
    for (c, page) in missing_glyphs(&document) {
        let mut warning = Diagnostic::warning(t!(
            "render-missing-glyph",
            character = c.to_string(),
            code = format!("U+{:04X}", c as u32),
            page = page
        ))
        .hint(t!("render-missing-glyph-hint"));
        if let Some(field) = story.field_holding(&c.to_string()) {
            warning = warning.field(field.to_owned());
        }
        warnings.push(warning);
    }
    Ok(Compiled {
        document,
        warnings,
        theme: theme.config.name.clone(),
        ident: story.ident(deck),
        world,
    })
}

impl Compiled {
    /// The story-folder files the layout read (emblem, images), inside the folder.
    pub fn story_reads(&self) -> Vec<String> {
        self.world.story_reads()
    }

    /// The resolved theme the deck was laid out with.
    pub fn resolved_theme(&self) -> &Theme {
        self.world.theme()
    }

    /// The story the deck was laid out from.
    pub fn story(&self) -> &StoryData {
        self.world.story()
    }

    /// A data file exactly as the templates read it (`data::STORY_JSON`, …).
    pub fn data_file(&self, path: &str) -> Vec<u8> {
        self.world
            .data(path)
            .expect("the world serves its data files")
            .to_vec()
    }
}

pub(crate) fn to_diagnostics(world: &DeckWorld, errors: &[SourceDiagnostic]) -> Diagnostics {
    Diagnostics(errors.iter().map(|e| typst_diagnostic(world, e)).collect())
}

/// A Typst error points into a theme file (a layout bug) or a data file.
fn typst_diagnostic(world: &DeckWorld, d: &SourceDiagnostic) -> Diagnostic {
    let mut diag = match d.severity {
        // Typst's own words, inside a sentence in the user's language.
        TypstSeverity::Error => Diagnostic::error(t!("render-typst", detail = d.message.as_str())),
        TypstSeverity::Warning => {
            Diagnostic::warning(t!("render-typst", detail = d.message.as_str()))
        }
    };
    if let Some(id) = d.span.id()
        && let Some(range) = world.range(d.span)
        && let Ok(source) = typst::World::source(world, id)
    {
        diag = diag.at(Location {
            file: world.display_path(id),
            source: Arc::from(source.text()),
            range,
        });
    }
    for hint in &d.hints {
        diag = diag.hint(hint.v.to_string());
    }
    diag
}
