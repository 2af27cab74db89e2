use storydeck::BuildOptions;
use storydeck::diag::Result;
use storydeck::emit::emit_project;

use crate::args::EmitArgs;

pub fn emit(args: EmitArgs) -> Result<()> {
    let options = BuildOptions {
        deck: args.deck,
        theme: args.theme,
        font_paths: args.font_paths,
        ..BuildOptions::default()
    };
    let files = emit_project(&args.story, &options, &args.output)?;
    let dir = args.output.display();
    println!("wrote {} files to {dir} ({} deck)", files.len(), args.deck);
    println!("compile it with:");
    println!("  typst compile --font-path {dir}/fonts --ignore-system-fonts {dir}/main.typ");
    Ok(())
}
