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

/// The most code points one character (grapheme) may have: a letter with its
/// accents, a family emoji. Thousands of combining marks on one letter are not
/// text, and cost gigabytes to lay out.
pub const MAX_CHARACTER_PARTS: usize = 32;

/// The most items a list may have (and a story's activities, interviews …):
/// a year of 70 activities is real, thousands are a mistake that would cost
/// gigabytes and thousands of pages.
pub const MAX_LIST_ITEMS: usize = 200;

fn bounded<E: de::Error>(text: String) -> Result<String, E> {
    use unicode_segmentation::UnicodeSegmentation;
    let chars = text.chars().count();
    if chars > MAX_TEXT_CHARS {
        return Err(E::custom(crate::t!(
            "story-text-too-long",
            chars = chars,
            max = MAX_TEXT_CHARS
        )));
    }
    if let Some(heavy) = text
        .graphemes(true)
        .find(|g| g.chars().count() > MAX_CHARACTER_PARTS)
    {
        return Err(E::custom(crate::t!(
            "story-combining-marks",
            marks = heavy.chars().count() - 1,
            max = MAX_CHARACTER_PARTS
        )));
    }
    Ok(text)
}

/// Free text from the story. YAML would turn `target: 30` into a number; users
/// mean the text "30", so a text field takes its scalar exactly as written
/// (`1.50`, `0x10` and `.nan` stay as typed). Numbers reaching a visitor some
/// other way (one item written for a list) are printed as YAML read them.
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
        // Asked for as a string, YAML gives a scalar exactly as written:
        // `1.50` keeps its zero, `0x10` is not 16, `.nan` is not NaN.
        deserializer.deserialize_str(TextVisitor).map(Text)
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
                    if items.len() == MAX_LIST_ITEMS {
                        return Err(too_many());
                    }
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
            _ => Err(de::Error::custom(crate::t!(
                "story-strength",
                value = value.to_string()
            ))),
        }
    }
}

/// The message for a list longer than [`MAX_LIST_ITEMS`] (the YAML reader
/// recognises it, to point at the first item too many and stop there).
pub fn too_many_message() -> String {
    crate::t!("story-too-many-items", max = MAX_LIST_ITEMS)
}

/// The error for a list longer than [`MAX_LIST_ITEMS`].
pub fn too_many<E: de::Error>() -> E {
    E::custom(too_many_message())
}

/// A list of at most [`MAX_LIST_ITEMS`] items, for `#[serde(deserialize_with)]`.
pub fn bounded_list<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct Bounded<T>(std::marker::PhantomData<T>);
    impl<'de, T: Deserialize<'de>> Visitor<'de> for Bounded<T> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a sequence")
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut items = Vec::new();
            while let Some(item) = seq.next_element::<T>()? {
                if items.len() == MAX_LIST_ITEMS {
                    return Err(too_many());
                }
                items.push(item);
            }
            Ok(items)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Vec<T>, E> {
            Ok(Vec::new())
        }
    }
    deserializer.deserialize_seq(Bounded(std::marker::PhantomData))
}
