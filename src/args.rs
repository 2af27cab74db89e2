//! Every command-line type, in one place.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use storydeck::story::FiscalYear;
use storydeck::{Deck, Format, PdfStandard};

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
    after_help = "Examples:\n  storydeck build decks/minaseno/story.yaml\n  storydeck check decks/minaseno/story.yaml\n\nThe story format is described in docs/story.md."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Render stories into PDF decks (or PNG / SVG pages)
    #[command(after_help = "Examples:\n  \
        storydeck build decks/minaseno/story.yaml\n      \
        writes decks/minaseno/story-sheets.pdf\n  \
        storydeck build my/story.yaml --deck sheets -o out/x.pdf\n  \
        storydeck build my/story.yaml --deck all --notes pdfpc\n      \
        writes story-sheets.pdf, story-mayor-report.pdf, story-final-session.pdf\n      \
        and a .pdfpc speaker-notes file beside each slide deck\n  \
        storydeck build my/story.yaml --theme themes/my-town\n  \
        storydeck build my/story.yaml --format png --ppi 96\n      \
        writes story-sheets-01.png … one image per page\n  \
        storydeck build my/story.yaml --pdf-standard a-2b\n      \
        an archival PDF/A-2b (SOURCE_DATE_EPOCH sets its date, if set)\n  \
        storydeck build decks/ --deck all -j 2 -o out/\n      \
        every story under decks/, two at a time; failures are listed at the end")]
    Build(BuildArgs),
    /// Rebuild a deck every time the story, its theme or an asset is saved
    #[command(after_help = "Examples:\n  \
        storydeck watch decks/minaseno/story.yaml\n  \
        storydeck watch decks/minaseno/story.yaml --deck all\n\n\
        Open the PDF in a viewer that reloads on change (Okular, Evince, SumatraPDF,\n\
        VS Code) and save the story: each build's time is printed. A build that fails\n\
        prints the problem and leaves the last good PDF in place. Stop with Ctrl-C.")]
    Watch(WatchArgs),
    /// Write the deck as a plain Typst project (main.typ, data, theme, fonts)
    #[command(after_help = "Examples:\n  \
        storydeck emit decks/minaseno/story.yaml --deck sheets -o sheets-project\n  \
        typst compile --font-path sheets-project/fonts --ignore-system-fonts sheets-project/main.typ\n\n\
        The project renders what `storydeck build` renders, in any Typst editor.\n\
        Its story is data (data/story.json): edit the YAML and emit again, rather\n\
        than editing the JSON.")]
    Emit(EmitArgs),
    /// Validate a story and lay out every deck, writing nothing
    #[command(after_help = "Examples:\n  \
        storydeck check decks/minaseno/story.yaml\n\n\
        storydeck check decks/minaseno/story.yaml --deny-warnings\n\n\
        Every problem is printed at once, with file:line:column, the field and a hint.\n\
        Warnings point at what an adviser would: an empty sheet, a restraining force\n\
        without countermeasure, stages out of order, an indicator without a target;\n\
        and at what the layout shows: a sheet that runs past its page, text drawn\n\
        over text, over a line or out of its box, anything off the page.\n\
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
    /// Story files (YAML), folders of stories, or glob patterns ("stories/*.yaml");
    /// a folder stands for every .yaml/.yml file under it, outside themes/ folders
    #[arg(required = true, value_name = "STORY")]
    pub stories: Vec<PathBuf>,
    #[command(flatten)]
    pub render: RenderArgs,
    /// With several stories: how many to build at once [default: one per core]
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
}

#[derive(Debug, Args)]
pub struct WatchArgs {
    /// The story file (YAML)
    pub story: PathBuf,
    #[command(flatten)]
    pub render: RenderArgs,
}

/// What to render and how: shared by `build` and `watch`.
#[derive(Debug, Args)]
pub struct RenderArgs {
    /// Which deck to render
    #[arg(long, value_enum, default_value_t = DeckChoice::Sheets)]
    pub deck: DeckChoice,
    /// Theme: a built-in name (see `storydeck themes`), a folder under the story's
    /// `themes/`, or a theme folder [default: the story's `theme:`, else `default`]
    #[arg(long, value_name = "NAME|DIR")]
    pub theme: Option<String>,
    /// Output file [default: <story stem>-<deck>.<format> beside the story]; with
    /// --deck all or several stories, the folder the files are written to. For
    /// png and svg each page's number is added (or replaces `{p}` in the name)
    #[arg(short, long, value_name = "FILE|DIR")]
    pub output: Option<PathBuf>,
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Pdf)]
    pub format: Format,
    /// Resolution of PNG pages, in pixels per inch
    #[arg(long, default_value_t = 144.0, value_parser = parse_ppi)]
    pub ppi: f32,
    /// Write a PDF that conforms to this standard (repeatable: a-2b and ua-1
    /// combine); the build fails, naming the element at fault, if it can't
    #[arg(
        long = "pdf-standard",
        value_enum,
        value_name = "STANDARD",
        value_delimiter = ','
    )]
    pub pdf_standards: Vec<PdfStandard>,
    /// Also export speaker notes (for slide decks)
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub notes: Option<NotesFormat>,
    /// Another folder of fonts (repeatable); the theme's fonts/ is always used
    #[arg(long = "font-path", value_name = "DIR")]
    pub font_paths: Vec<PathBuf>,
    /// Treat warnings (something drawn over something, a sheet that runs past
    /// its page, a missing glyph) as errors: nothing is written
    #[arg(long)]
    pub deny_warnings: bool,
    /// Seconds a deck's layout may take before the build is stopped (a
    /// theme's code that loops forever)
    #[arg(long, value_name = "SECONDS", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub timeout: u64,
}

fn parse_ppi(text: &str) -> Result<f32, String> {
    match text.parse::<f32>() {
        Ok(ppi) if (1.0..=2400.0).contains(&ppi) => Ok(ppi),
        _ => Err(format!(
            "`{text}` is not a resolution; give pixels per inch between 1 and 2400, e.g. 144"
        )),
    }
}

#[derive(Debug, Args)]
pub struct EmitArgs {
    /// The story file (YAML)
    pub story: PathBuf,
    /// Which deck the project renders
    #[arg(long, value_enum, default_value_t = Deck::Sheets)]
    pub deck: Deck,
    /// Theme, as for `build`
    #[arg(long, value_name = "NAME|DIR")]
    pub theme: Option<String>,
    /// The folder to write the project into (created; must be empty if it exists)
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
    /// Another folder of fonts (repeatable), as for `build`
    #[arg(long = "font-path", value_name = "DIR")]
    pub font_paths: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The story file (YAML)
    pub story: PathBuf,
    /// Treat warnings (an empty sheet, a force without countermeasure, text drawn
    /// over text …) as errors
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
