use std::path::PathBuf;

use storydeck::diag::Result;
use storydeck::render::default_output;
use storydeck::{BuildOptions, build as build_deck};

use crate::args::{BuildArgs, DeckChoice, NotesFormat};

pub fn build(args: BuildArgs) -> Result<()> {
    let decks = args.deck.decks();
    for deck in decks {
        let output = match (&args.output, args.deck) {
            // With --deck all, -o names the folder: each deck keeps its own file name.
            (Some(dir), DeckChoice::All) => Some(folder_output(dir, &args.story, deck)),
            (output, _) => output.clone(),
        };
        let options = BuildOptions {
            deck,
            theme: args.theme.clone(),
            output,
            font_paths: args.font_paths.clone(),
            pdfpc: args.notes == Some(NotesFormat::Pdfpc) && deck.is_slides(),
        };
        let built = build_deck(&args.story, &options)?;
        for warning in &built.warnings {
            warning.emit();
        }
        println!(
            "wrote {} ({deck}, theme {}, {} pages)",
            built.output.display(),
            built.theme,
            built.pages
        );
        if let Some(notes) = &built.notes {
            println!("wrote {} (speaker notes)", notes.display());
        }
    }
    Ok(())
}

fn folder_output(dir: &std::path::Path, story: &std::path::Path, deck: storydeck::Deck) -> PathBuf {
    let name = default_output(story, deck);
    dir.join(name.file_name().expect("a default output has a file name"))
}
