//! Every command-line type, in one place.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use storydeck::Deck;

#[derive(Debug, Parser)]
#[command(
    name = "storydeck",
    version,
    about = "Render a change story (変革ストーリー) written in YAML into the 人材マネジメント部会 sheets, through Typst",
    after_help = "Examples:\n  storydeck build decks/sample/story.yaml\n  storydeck check decks/sample/story.yaml\n\nThe story format is described in docs/story.md."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Render a story into a PDF deck
    #[command(after_help = "Examples:\n  \
        storydeck build decks/sample/story.yaml\n      \
        writes decks/sample/story-sheets.pdf\n  \
        storydeck build my/story.yaml --deck sheets -o out/x.pdf\n  \
        storydeck build my/story.yaml --theme themes/my-town")]
    Build(BuildArgs),
    /// Validate a story without rendering anything
    #[command(after_help = "Examples:\n  \
        storydeck check decks/sample/story.yaml\n\n\
        Exit status: 0 when the story is valid, 1 when it is not (each problem is\n\
        printed with file:line:column, the field and a hint).")]
    Check(CheckArgs),
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// The story file (YAML)
    pub story: PathBuf,
    /// Which deck to render
    #[arg(long, value_enum, default_value_t = Deck::Sheets)]
    pub deck: Deck,
    /// Theme: `default` (built in) or a theme folder holding a theme.yaml
    #[arg(long, default_value = "default", value_name = "NAME|DIR")]
    pub theme: String,
    /// Output PDF [default: <story stem>-<deck>.pdf beside the story]
    #[arg(short, long, value_name = "PDF")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The story file (YAML)
    pub story: PathBuf,
}
