//! Every command-line type, in one place.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use storydeck::i18n::Lang;
use storydeck::story::FiscalYear;
use storydeck::{Deck, Format, PdfStandard, t};

/// `--deck`: one deck, or all of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DeckChoice {
    /// The eight numbered sheets, A4 landscape
    Sheets,
    /// The report to the mayor (首長報告), 16:9 slides
    MayorReport,
    /// The final-session presentation (第6回研究会), 16:9 slides
    FinalSession,
    /// The year-end paper (共同論文), A4 portrait
    Paper,
    /// Every deck in one run
    All,
}

impl DeckChoice {
    pub fn decks(self) -> Vec<Deck> {
        match self {
            DeckChoice::Sheets => vec![Deck::Sheets],
            DeckChoice::MayorReport => vec![Deck::MayorReport],
            DeckChoice::FinalSession => vec![Deck::FinalSession],
            DeckChoice::Paper => vec![Deck::Paper],
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

/// `--lang`: the language storydeck speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LangChoice {
    /// 日本語
    Ja,
    /// English
    En,
}

impl LangChoice {
    pub fn lang(self) -> Lang {
        match self {
            LangChoice::Ja => Lang::Ja,
            LangChoice::En => Lang::En,
        }
    }
}

/// The texts of every command and option are in `locales/<lang>/cli.ftl`
/// (see `cli_text`); the doc comments here say what each is for in the code.
#[derive(Debug, Parser)]
#[command(name = "storydeck", version)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// The language of messages and help [default: from LANG, else the system's]
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<LangChoice>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Render stories into PDF decks (or PNG / SVG pages)
    Build(BuildArgs),
    /// Rebuild a deck every time the story, its theme or an asset is saved
    Watch(WatchArgs),
    /// Write the deck as a plain Typst project (main.typ, data, theme, fonts)
    Emit(EmitArgs),
    /// Validate a story and lay out every deck, writing nothing
    Check(CheckArgs),
    /// Start a new story: every sheet, with the form's guide questions as comments
    Init(InitArgs),
    /// Print the guide to the story format and to themes
    Guide(GuideArgs),
    /// Print the JSON Schema of the story format
    Schema,
    /// List the themes you can name with --theme
    Themes(ThemesArgs),
    /// Work with theme folders
    #[command(subcommand)]
    Theme(ThemeCommand),
}

#[derive(Debug, Subcommand)]
pub enum ThemeCommand {
    /// Copy a theme into a new folder to customise it
    New(ThemeNewArgs),
}

#[derive(Debug, Args)]
pub struct GuideArgs {
    /// A topic (`storydeck guide` lists them): `story`, a field such as
    /// `sheets.force_field` or `journey`, `themes` …
    pub topic: Option<String>,
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
    /// Also copy the Typst layouts, to change them
    #[arg(long)]
    pub copy_layouts: bool,
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
    /// The story file (YAML), or a folder holding one
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
    /// Output format; several, comma-separated (pdf,pptx), are written from
    /// one layout, each with its own extension
    #[arg(long, value_enum, value_delimiter = ',', default_value = "pdf")]
    pub format: Vec<Format>,
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
        _ => Err(t!("cli-error-ppi", value = text)),
    }
}

#[derive(Debug, Args)]
pub struct EmitArgs {
    /// The story file (YAML), or a folder holding one
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
    /// The story file (YAML), or a folder holding one
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
    FiscalYear::parse(text).ok_or_else(|| t!("cli-error-fiscal-year", value = text))
}
