use storydeck::diag::Result;
use storydeck::emit::emit_project;
use storydeck::t;
use storydeck::{LoadOptions, Project, Session};

use crate::args::EmitArgs;

pub fn emit(mut args: EmitArgs) -> Result<()> {
    args.story = crate::cmd::stories::single(&args.story)?;
    let options = LoadOptions {
        theme: args.theme,
        font_paths: args.font_paths,
    };
    let project = Project::open(&Session::new(), &args.story, &options)?;
    let files = emit_project(&project, args.deck, &args.output)?;
    let dir = args.output.display();
    println!(
        "{}",
        t!(
            "emit-wrote",
            count = files.len(),
            dir = dir.to_string(),
            deck = args.deck.to_string()
        )
    );
    println!("{}", t!("emit-compile-with"));
    println!("  typst compile --font-path {dir}/fonts --ignore-system-fonts {dir}/main.typ");
    Ok(())
}
