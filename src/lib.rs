//! storydeck: a municipality's change story, written once as YAML, rendered through
//! Typst into the 人材マネジメント部会 sheet set and decks.
//!
//! The flow is one-directional: [`story`] reads and validates the YAML, [`theme`]
//! finds the layouts, [`data`] is what the templates read of both, [`world`] is
//! the sandbox Typst compiles in, [`render`] lays a deck out and [`export`]
//! turns it into files. [`project::Project`] is the one way through all of them,
//! opened in a [`Session`] that keeps fonts and parsed layouts between builds.
//! The CLI (`src/main.rs`) only parses arguments and reports.

pub mod budget;
pub mod check;
pub mod collisions;
pub mod data;
pub mod deck;
pub mod diag;
pub mod emit;
pub mod export;
pub mod fonts;
pub mod frames;
pub mod geometry;
pub mod glyphs;
pub mod guide;
pub mod i18n;
pub mod marks;
pub mod nobreak;
pub mod notes;
pub mod output;
pub mod overflow;
pub mod pptx;
pub mod project;
pub mod render;
pub mod session;
pub mod story;
pub mod theme;
pub mod world;
mod yaml;

pub use deck::Deck;
pub use diag::{Diagnostic, Diagnostics};
pub use export::{ExportOptions, Format, PdfStandard};
pub use project::{BuildOptions, Built, LoadOptions, Project};
pub use render::Compiled;
pub use session::Session;
