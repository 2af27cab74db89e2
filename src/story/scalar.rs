//! Scalar field types that are forgiving where a hand-editing user would expect it
//! (a number where text is wanted, one item where a list is wanted) and strict
//! where a silent default would hide a mistake (a strength of 7, a 13th month).

use std::fmt;

use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

/// Inside a `Visitor` impl: numbers are read as the text YAML saw (`30` → "30"),
/// through the visitor's own `visit_str`.
macro_rules! numbers_as_text {
    ($value:ty) => {
        fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<$value, E> {
            self.visit_str(&v.to_string())
        }
        fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<$value, E> {
            self.visit_str(&v.to_string())
        }
        fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<$value, E> {
            self.visit_str(&v.to_string())
        }
    };
}
pub(crate) use numbers_as_text;

/// The longest text a field may hold, in characters: a whole sheet's worth. Longer
/// is a pasted document by mistake, which would only overflow the layout.
pub const MAX_TEXT_CHARS: usize = 5_000;

fn bounded<E: de::Error>(text: String) -> Result<String, E> {
    let chars = text.chars().count();
    if chars > MAX_TEXT_CHARS {
        return Err(E::custom(format_args!(
            "this text is {chars} characters long; a field holds at most {MAX_TEXT_CHARS} — split it or shorten it"
        )));
    }
    Ok(text)
}

/// Free text from the story. YAML turns `target: 30` into a number; users mean the
/// text "30", so integers and decimals are accepted and kept as written by serde.
/// (A decimal's trailing zeros are lost by YAML itself: docs/story.md says to quote.)
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Text(pub String);

impl Text {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor).map(Text)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = String;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("text, e.g. `職員が挑戦できる組織`")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<String, E> {
        bounded(v.to_owned())
    }
    fn visit_string<E: de::Error>(self, v: String) -> Result<String, E> {
        bounded(v)
    }
    numbers_as_text!(String);
}

/// A list of texts that may also be written as a single text (`output: 対話会3回`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct TextList(pub Vec<Text>);

impl TextList {
    pub fn iter(&self) -> impl Iterator<Item = &Text> {
        self.0.iter()
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl<'de> Deserialize<'de> for TextList {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ListVisitor;
        impl<'de> Visitor<'de> for ListVisitor {
            type Value = TextList;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a list of texts (lines starting with `- `), or one text")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<TextList, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element::<Text>()? {
                    items.push(item);
                }
                Ok(TextList(items))
            }
            fn visit_unit<E: de::Error>(self) -> Result<TextList, E> {
                Ok(TextList::default())
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<TextList, E> {
                Ok(TextList(vec![Text(bounded(v.to_owned())?)]))
            }
            numbers_as_text!(TextList);
        }
        deserializer.deserialize_any(ListVisitor)
    }
}

/// Strength of a force in the force-field analysis, 1 (weak) to 5 (strong).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Strength(pub u8);

impl<'de> Deserialize<'de> for Strength {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = i64::deserialize(deserializer)?;
        match u8::try_from(value) {
            Ok(v @ 1..=5) => Ok(Strength(v)),
            _ => Err(de::Error::custom(format_args!(
                "strength must be a whole number from 1 (weak) to 5 (strong), found {value}"
            ))),
        }
    }
}
