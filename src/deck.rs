//! The kinds of deck a story renders into. Each is one entry file in the theme;
//! what it draws is entirely the theme's business.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Deck {
    /// The eight numbered sheets (変革ストーリーシート), A4 landscape.
    Sheets,
}

impl Deck {
    /// The name used on the command line and in output file names.
    pub fn name(self) -> &'static str {
        match self {
            Deck::Sheets => "sheets",
        }
    }

    /// The theme file the deck is compiled from.
    pub fn entry(self) -> &'static str {
        match self {
            Deck::Sheets => "/sheets.typ",
        }
    }
}

impl fmt::Display for Deck {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
