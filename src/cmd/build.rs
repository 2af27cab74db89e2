use storydeck::diag::Result;
use storydeck::{BuildOptions, build as build_deck};

use crate::args::BuildArgs;

pub fn build(args: BuildArgs) -> Result<()> {
    let options = BuildOptions {
        deck: args.deck,
        theme: args.theme,
        output: args.output,
        font_paths: args.font_paths,
    };
    let built = build_deck(&args.story, &options)?;
    for warning in &built.warnings {
        warning.emit();
    }
    println!(
        "wrote {} ({}, theme {}, {} pages)",
        built.output.display(),
        args.deck,
        built.theme,
        built.pages
    );
    Ok(())
}
