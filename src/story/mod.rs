//! The change story: its model, how it is read from YAML, and how it is checked.

mod caps;
mod checked;
mod era;
mod journey;
mod load;
mod model;
mod scalar;
mod schema;
mod typing;

pub use caps::{CapField, Caps, DeckCaps};
pub use checked::MAX_STAGES;
pub use era::{Date, FiscalYear};
pub use journey::*;
pub use load::{
    MAX_STORY_BYTES, StoryFile, parse_story, read_bounded, read_story, story_dir, story_from_bytes,
    unix_lines,
};
pub use model::*;
pub use scalar::{
    MAX_CHARACTER_PARTS, MAX_LIST_ITEMS, MAX_TEXT_CHARS, Strength, Text, TextList, too_many_message,
};
pub use schema::story_schema;
pub use typing::typing_warnings;
