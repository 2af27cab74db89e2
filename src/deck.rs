//! The kinds of deck a story renders into. Each is one entry file in the theme;
//! what it draws is entirely the theme's business.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Deck {
    /// The eight numbered sheets (変革ストーリーシート), A4 landscape.
    #[default]
    Sheets,
    /// The report to the mayor (首長報告), 16:9 slides for a busy reader.
    MayorReport,
    /// The presentation at the year's final session (第6回研究会), 16:9 slides.
    FinalSession,
    /// The year-end paper (共同論文), A4 portrait: chapters, the sheets as
    /// figures, the journey, the reflections.
    Paper,
}

impl Deck {
    pub const ALL: [Deck; 4] = [
        Deck::Sheets,
        Deck::MayorReport,
        Deck::FinalSession,
        Deck::Paper,
    ];

    /// The name used on the command line and in output file names.
    pub fn name(self) -> &'static str {
        match self {
            Deck::Sheets => "sheets",
            Deck::MayorReport => "mayor-report",
            Deck::FinalSession => "final-session",
            Deck::Paper => "paper",
        }
    }

    /// The theme file the deck is compiled from.
    pub fn entry(self) -> &'static str {
        match self {
            Deck::Sheets => "/sheets.typ",
            Deck::MayorReport => "/mayor-report.typ",
            Deck::FinalSession => "/final-session.typ",
            Deck::Paper => "/paper.typ",
        }
    }

    /// Slide decks are presented, so their speaker notes are worth exporting.
    pub fn is_slides(self) -> bool {
        matches!(self, Deck::MayorReport | Deck::FinalSession)
    }
}

impl fmt::Display for Deck {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
