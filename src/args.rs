//! Every command-line type, in one place.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use storydeck::Deck;
use storydeck::story::FiscalYear;

/// `--deck`: one deck, or all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DeckChoice {
    /// The eight numbered sheets, A4 landscape
    Sheets,
    /// The report to the mayor (首長報告), 16:9 slides
    MayorReport,
    /// The final-session presentation (第6回研究会), 16:9 slides
    FinalSession,
    /// All three decks in one run
    All,
}

impl DeckChoice {
    pub fn decks(self) -> Vec<Deck> {
        match self {
            DeckChoice::Sheets => vec![Deck::Sheets],
            DeckChoice::MayorReport => vec![Deck::MayorReport],
            DeckChoice::FinalSession => vec![Deck::FinalSession],
            DeckChoice::All => Deck::ALL.to_vec(),
        }
    }
}

/// `--notes`: how speaker notes are exported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum NotesFormat {
    /// A .pdfpc file beside each slide deck's PDF (pdfpc, Touying)
    Pdfpc,
}

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
        storydeck build my/story.yaml --deck all --notes pdfpc\n      \
        writes story-sheets.pdf, story-mayor-report.pdf, story-final-session.pdf\n      \
        and a .pdfpc speaker-notes file beside each slide deck\n  \
        storydeck build my/story.yaml --theme themes/my-town")]
    Build(BuildArgs),
    /// Validate a story without rendering anything
    #[command(after_help = "Examples:\n  \
        storydeck check decks/sample/story.yaml\n\n\
        storydeck check decks/sample/story.yaml --deny-warnings\n\n\
        Every problem is printed at once, with file:line:column, the field and a hint.\n\
        Warnings point at what an adviser would: an empty sheet, a restraining force\n\
        without countermeasure, stages out of order, an indicator without a target.\n\
        Exit status: 0 when the story is valid (warnings allowed unless\n\
        --deny-warnings), 1 when it is not.")]
    Check(CheckArgs),
    /// Start a new story: every sheet, with the form's guide questions as comments
    #[command(after_help = "Examples:\n  \
        storydeck init decks/my-town --municipality 架空市\n  \
        storydeck init decks/my-town --municipality 架空市 --fiscal-year 令和4年度\n\n\
        Writes <DIR>/story.yaml (placeholders in （…） to replace) and\n\
        <DIR>/story.schema.json, which editors with YAML support (VS Code's YAML\n\
        extension) use to complete and check fields as you type.")]
    Init(InitArgs),
    /// Print the JSON Schema of the story format
    #[command(after_help = "Examples:\n  \
        storydeck schema > story.schema.json\n\n\
        Start a story with `# yaml-language-server: $schema=story.schema.json` and\n\
        editors complete and check its fields.")]
    Schema,
    /// List the themes you can name with --theme
    #[command(after_help = "Examples:\n  \
        storydeck themes\n  \
        storydeck themes --story decks/minaseno/story.yaml   # also the story's own themes/")]
    Themes(ThemesArgs),
    /// Work with theme folders
    #[command(subcommand)]
    Theme(ThemeCommand),
}

#[derive(Debug, Subcommand)]
pub enum ThemeCommand {
    /// Copy a theme into a new folder to customise it
    #[command(after_help = "Examples:\n  \
        storydeck theme new decks/my-town/themes/my-town --from default\n  \
        storydeck theme new themes/my-town --from minaseno\n\n\
        Then edit theme.yaml (colours, emblem, labels) and build with\n  \
        storydeck build decks/my-town/story.yaml --theme my-town")]
    New(ThemeNewArgs),
}

#[derive(Debug, Args)]
pub struct ThemesArgs {
    /// Also list the themes in this story's `themes/` folder
    #[arg(long, value_name = "STORY")]
    pub story: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ThemeNewArgs {
    /// The folder to create (must not exist, or be empty)
    pub dir: PathBuf,
    /// The theme to start from: a built-in name or a theme folder
    #[arg(long, default_value = "default", value_name = "THEME")]
    pub from: String,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    /// The story file (YAML)
    pub story: PathBuf,
    /// Which deck to render
    #[arg(long, value_enum, default_value_t = DeckChoice::Sheets)]
    pub deck: DeckChoice,
    /// Theme: a built-in name (see `storydeck themes`), a folder under the story's
    /// `themes/`, or a theme folder [default: the story's `theme:`, else `default`]
    #[arg(long, value_name = "NAME|DIR")]
    pub theme: Option<String>,
    /// Output PDF [default: <story stem>-<deck>.pdf beside the story]; with
    /// --deck all, the folder the PDFs are written to
    #[arg(short, long, value_name = "PDF|DIR")]
    pub output: Option<PathBuf>,
    /// Also export speaker notes (for slide decks)
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub notes: Option<NotesFormat>,
    /// Another folder of fonts (repeatable); the theme's fonts/ is always used
    #[arg(long = "font-path", value_name = "DIR")]
    pub font_paths: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The story file (YAML)
    pub story: PathBuf,
    /// Treat warnings (an empty sheet, a force without countermeasure …) as errors
    #[arg(long)]
    pub deny_warnings: bool,
    /// The theme whose sheets are checked [default: the story's `theme:`, else `default`]
    #[arg(long, value_name = "NAME|DIR")]
    pub theme: Option<String>,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder for the new story (created if needed)
    pub dir: PathBuf,
    /// The municipality's name, as printed on every sheet
    #[arg(long)]
    pub municipality: String,
    /// The programme year, e.g. 2022 or 令和4年度 [default: the current fiscal year]
    #[arg(long, value_parser = parse_fiscal_year)]
    pub fiscal_year: Option<FiscalYear>,
}

fn parse_fiscal_year(text: &str) -> Result<FiscalYear, String> {
    FiscalYear::parse(text)
        .ok_or_else(|| format!("`{text}` is not a fiscal year; write it as 2022 or 令和4年度"))
}
