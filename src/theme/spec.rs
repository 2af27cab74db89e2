//! `theme.yaml`: what one theme file may say, how a child merges over its parent,
//! and the resolved configuration the templates receive as `/data/theme.json`.
//!
//! Every key is optional in a file, so a municipality theme writes only what it
//! changes (`extends: default`, two colours, an emblem). The chain always ends at
//! the built-in `default`, which says everything.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize};

use crate::deck::Deck;
use crate::story::DeckCaps;
/// The sheets, as keyed in the story (`sheets.<key>`) and in themes: one list,
/// in the story's model.
pub use crate::story::SheetKey;

/// One theme.yaml as written.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeSpec {
    pub name: Option<String>,
    pub description: Option<String>,
    /// The parent theme: a built-in name, a sibling folder's name, or a path.
    pub extends: Option<String>,
    pub footer: Option<String>,
    #[serde(default)]
    pub colors: BTreeMap<String, Color>,
    #[serde(default)]
    pub fonts: FontSpec,
    pub emblem: Option<Emblem>,
    #[serde(default)]
    pub page: PageSpec,
    #[serde(default)]
    pub sizes: SizeSpec,
    /// The smallest text each deck may print, which the detector holds it to.
    #[serde(default)]
    pub floors: FloorsSpec,
    pub sheet_order: Option<Vec<SheetKey>>,
    /// Each slide deck's slides, in order.
    #[serde(default)]
    pub slides: SlidesSpec,
    #[serde(default)]
    pub sheets: BTreeMap<SheetKey, SheetSpec>,
    /// The year-end paper: its chapters in order, its text, its numbering.
    #[serde(default)]
    pub paper: PaperSpec,
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
}

/// theme.yaml `paper:`, as written (every key optional).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PaperSpec {
    pub page: Option<PaperPage>,
    /// The chapters, in order; one left out is not printed.
    pub sections: Option<Vec<PaperSection>>,
    /// Body text size in pt (a Japanese paper: 10.5).
    #[serde(default, deserialize_with = "text_size")]
    pub size: Option<f64>,
    /// Characters a line (a Japanese paper: 40): sets the text width.
    #[serde(default, deserialize_with = "measure")]
    pub measure: Option<u32>,
    /// The heading numbers, level by level: `１` (full-width), `1`, `（１）`,
    /// `(1)`, `ア`, `イ`, `a` …
    pub numbering: Option<Vec<String>>,
    /// The smallest printed text size, in pt, a sheet figure may have at the
    /// text's width; a sheet set smaller gets a landscape page of its own.
    #[serde(default, deserialize_with = "text_size")]
    pub figure_min: Option<f64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PaperPage {
    A4,
    B5,
}

/// The year-end paper's chapters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PaperSection {
    Cover,
    Contents,
    Introduction,
    Overview,
    Sessions,
    Story,
    Action,
    Outlook,
    Reflections,
    Closing,
    Appendix,
}

/// Characters a line: 20 to 60.
fn measure<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<u32>, D::Error> {
    let chars = u32::deserialize(deserializer)?;
    if (20..=60).contains(&chars) {
        Ok(Some(chars))
    } else {
        Err(de::Error::custom(crate::t!(
            "theme-paper-measure",
            chars = chars
        )))
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FontSpec {
    pub body: Option<Vec<String>>,
    pub heading: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PageSpec {
    pub sheets: Option<SheetPaper>,
    pub slides: Option<SlideRatio>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SizeSpec {
    #[serde(default, deserialize_with = "text_size")]
    pub largest: Option<f64>,
    #[serde(default, deserialize_with = "text_size")]
    pub smallest: Option<f64>,
    #[serde(default, deserialize_with = "text_size")]
    pub continued: Option<f64>,
}

/// theme.yaml `floors:`, as written: per deck, the smallest size of the
/// story's sentences (`body`) and of everything else (`labels`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FloorsSpec {
    #[serde(default)]
    pub slides: FloorSpec,
    #[serde(default)]
    pub sheets: FloorSpec,
    #[serde(default)]
    pub paper: FloorSpec,
}

#[derive(Debug, Clone, Copy, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FloorSpec {
    #[serde(default, deserialize_with = "text_size")]
    pub body: Option<f64>,
    #[serde(default, deserialize_with = "text_size")]
    pub labels: Option<f64>,
}

impl FloorSpec {
    fn over(self, parent: FloorSpec) -> FloorSpec {
        FloorSpec {
            body: self.body.or(parent.body),
            labels: self.labels.or(parent.labels),
        }
    }

    fn resolve(
        self,
        deck: &str,
        missing: &dyn Fn(&str) -> Incomplete,
    ) -> Result<Floor, Incomplete> {
        Ok(Floor {
            body: self
                .body
                .ok_or_else(|| missing(&format!("floors.{deck}.body")))?,
            labels: self
                .labels
                .ok_or_else(|| missing(&format!("floors.{deck}.labels")))?,
        })
    }
}

/// A text size in pt, 4 to 40: checked as theme.yaml is read, so the error
/// points at the line.
fn text_size<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<f64>, D::Error> {
    let size = f64::deserialize(deserializer)?;
    if (4.0..=40.0).contains(&size) {
        Ok(Some(size))
    } else {
        Err(de::Error::custom(crate::t!("theme-text-size", size = size)))
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SlidesSpec {
    pub mayor_report: Option<Vec<SlideEntry>>,
    pub final_session: Option<Vec<SlideEntry>>,
    /// Lists each deck's slides keep short (see [`DeckCaps`]).
    #[serde(default)]
    pub caps: DeckCaps,
}

/// One entry of a deck's slide list: a part of the deck, or one sheet's slide
/// (`vision`, `stage_diagram` …; `sheets` is every sheet the theme prints, in
/// `sheet_order`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlideEntry {
    Part(SlidePart),
    Sheet(SheetKey),
}

/// The parts of the slide decks besides the sheets' slides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SlidePart {
    Cover,
    Summary,
    Sheets,
    Team,
    Journey,
    Sessions,
    Mood,
    Interviews,
    Learnings,
    FirstChange,
    Outlook,
    Asks,
    NextSteps,
    Reflections,
    Closing,
}

impl SlidePart {
    pub const ALL: [SlidePart; 15] = [
        SlidePart::Cover,
        SlidePart::Summary,
        SlidePart::Sheets,
        SlidePart::Team,
        SlidePart::Journey,
        SlidePart::Sessions,
        SlidePart::Mood,
        SlidePart::Interviews,
        SlidePart::Learnings,
        SlidePart::FirstChange,
        SlidePart::Outlook,
        SlidePart::Asks,
        SlidePart::NextSteps,
        SlidePart::Reflections,
        SlidePart::Closing,
    ];
}

impl Serialize for SlideEntry {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            SlideEntry::Part(part) => part.serialize(serializer),
            SlideEntry::Sheet(key) => key.serialize(serializer),
        }
    }
}

impl<'de> Deserialize<'de> for SlideEntry {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        let value = serde_json::Value::from(name.as_str());
        if let Ok(part) = serde_json::from_value::<SlidePart>(value.clone()) {
            return Ok(SlideEntry::Part(part));
        }
        if let Ok(key) = serde_json::from_value::<SheetKey>(value) {
            return Ok(SlideEntry::Sheet(key));
        }
        let known: Vec<String> = SlidePart::ALL
            .iter()
            .map(key_name_of)
            .chain(SheetKey::ALL.iter().map(|k| key_name(*k)))
            .collect();
        Err(de::Error::custom(crate::t!(
            "theme-not-a-slide",
            name = name.as_str(),
            slides = known.join(", ")
        )))
    }
}

/// A key's name as written in YAML.
pub fn key_name_of<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SheetSpec {
    pub number: Option<String>,
    pub title: Option<String>,
    pub guide: Option<Vec<String>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SheetPaper {
    A4,
    A3,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum SlideRatio {
    #[serde(rename = "16:9")]
    Wide,
    #[serde(rename = "4:3")]
    Standard,
}

/// The municipality's emblem (市章): a file in the theme folder, and where it shows.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Emblem {
    pub file: String,
    #[serde(default = "default_places")]
    pub places: Vec<EmblemPlace>,
}

fn default_places() -> Vec<EmblemPlace> {
    vec![EmblemPlace::Header, EmblemPlace::Cover]
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EmblemPlace {
    /// Beside the sheet title.
    Header,
    /// Beside the programme line at the foot of the page.
    Footer,
    /// On the cover slide of the decks.
    Cover,
}

/// `#rrggbb` (or `#rgb`, `#rrggbbaa`), checked when read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Color(pub String);

impl<'de> Deserialize<'de> for Color {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        let hex = value.strip_prefix('#').unwrap_or("");
        if matches!(hex.len(), 3 | 6 | 8) && hex.chars().all(|c| c.is_ascii_hexdigit()) {
            Ok(Color(value))
        } else if value.trim().is_empty() {
            // `primary: #2d6a4f` unquoted: YAML reads `#…` as a comment.
            Err(de::Error::custom(crate::t!("theme-colour-unquoted")))
        } else {
            Err(de::Error::custom(crate::t!(
                "theme-colour",
                value = value.as_str()
            )))
        }
    }
}

impl ThemeSpec {
    /// `self` (the child) over `parent`: the child's values win, maps merge key by key.
    pub fn over(self, parent: ThemeSpec) -> ThemeSpec {
        let mut colors = parent.colors;
        colors.extend(self.colors);
        let mut labels = parent.labels;
        labels.extend(self.labels);
        let mut sheets = parent.sheets;
        for (key, child) in self.sheets {
            let base = sheets.remove(&key).unwrap_or_default();
            sheets.insert(
                key,
                SheetSpec {
                    number: child.number.or(base.number),
                    title: child.title.or(base.title),
                    guide: child.guide.or(base.guide),
                },
            );
        }
        ThemeSpec {
            // Identity is never inherited: a theme without `name` is named after
            // its folder (see `resolve`).
            name: self.name,
            description: self.description,
            extends: None,
            footer: self.footer.or(parent.footer),
            colors,
            fonts: FontSpec {
                body: self.fonts.body.or(parent.fonts.body),
                heading: self.fonts.heading.or(parent.fonts.heading),
            },
            emblem: self.emblem.or(parent.emblem),
            page: PageSpec {
                sheets: self.page.sheets.or(parent.page.sheets),
                slides: self.page.slides.or(parent.page.slides),
            },
            sizes: SizeSpec {
                largest: self.sizes.largest.or(parent.sizes.largest),
                smallest: self.sizes.smallest.or(parent.sizes.smallest),
                continued: self.sizes.continued.or(parent.sizes.continued),
            },
            floors: FloorsSpec {
                slides: self.floors.slides.over(parent.floors.slides),
                sheets: self.floors.sheets.over(parent.floors.sheets),
                paper: self.floors.paper.over(parent.floors.paper),
            },
            sheet_order: self.sheet_order.or(parent.sheet_order),
            slides: SlidesSpec {
                mayor_report: self.slides.mayor_report.or(parent.slides.mayor_report),
                final_session: self.slides.final_session.or(parent.slides.final_session),
                caps: self.slides.caps.over(&parent.slides.caps),
            },
            sheets,
            paper: PaperSpec {
                page: self.paper.page.or(parent.paper.page),
                sections: self.paper.sections.or(parent.paper.sections),
                size: self.paper.size.or(parent.paper.size),
                measure: self.paper.measure.or(parent.paper.measure),
                numbering: self.paper.numbering.or(parent.paper.numbering),
                figure_min: self.paper.figure_min.or(parent.paper.figure_min),
            },
            labels,
        }
    }
}

/// The merged theme, complete: what the templates read as `/data/theme.json`.
#[derive(Debug, Clone, Serialize)]
pub struct ThemeConfig {
    pub name: String,
    pub description: Option<String>,
    pub footer: String,
    pub colors: BTreeMap<String, Color>,
    pub fonts: Fonts,
    pub emblem: Option<Emblem>,
    pub page: Page,
    pub sizes: Sizes,
    pub floors: TextFloors,
    /// In print order.
    pub sheets: Vec<SheetLabel>,
    pub slides: Slides,
    pub paper: Paper,
    pub labels: BTreeMap<String, String>,
}

/// The year-end paper's settings, complete.
#[derive(Debug, Clone, Serialize)]
pub struct Paper {
    pub page: PaperPage,
    pub sections: Vec<PaperSection>,
    pub size: f64,
    pub measure: u32,
    pub numbering: Vec<String>,
    pub figure_min: f64,
}

/// Each slide deck's slides, in order.
#[derive(Debug, Clone, Serialize)]
pub struct Slides {
    pub mayor_report: Vec<SlideEntry>,
    pub final_session: Vec<SlideEntry>,
    /// The theme's caps; the templates read the deck's own, with the story's
    /// over them, as a map of field path to count (see `render`).
    pub caps: DeckCaps,
}

#[derive(Debug, Clone, Serialize)]
pub struct Fonts {
    pub body: Vec<String>,
    pub heading: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Page {
    pub sheets: SheetPaper,
    pub slides: SlideRatio,
}

#[derive(Debug, Clone, Serialize)]
pub struct Sizes {
    pub largest: f64,
    pub smallest: f64,
    pub continued: f64,
}

/// The smallest sizes, in pt, a deck prints the story's sentences at and
/// everything else at.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Floor {
    pub body: f64,
    pub labels: f64,
}

/// A deck's floors: its pages', and its figures' when the deck draws sheets
/// as figures (the paper: a sheet shrunk into the text width, or on a
/// landscape page of its own, is held to the sheets deck's floor).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Floors {
    pub page: Floor,
    pub figures: Option<Floor>,
}

/// Each deck's floors, complete.
#[derive(Debug, Clone, Serialize)]
pub struct TextFloors {
    pub slides: Floor,
    pub sheets: Floor,
    pub paper: Floor,
}

impl TextFloors {
    /// The floors a deck's text is held to: the paper draws sheets as
    /// figures, held to the sheets' floors.
    pub fn of(&self, deck: Deck) -> Floors {
        match deck {
            Deck::Sheets => Floors {
                page: self.sheets,
                figures: None,
            },
            Deck::MayorReport | Deck::FinalSession => Floors {
                page: self.slides,
                figures: None,
            },
            Deck::Paper => Floors {
                page: self.paper,
                figures: Some(self.sheets),
            },
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct SheetLabel {
    pub key: SheetKey,
    pub number: String,
    pub title: String,
    pub guide: Vec<String>,
}

/// A key the merged chain still lacks (only possible when `default` itself is broken
/// or a theme sets a size out of range).
#[derive(Debug)]
pub struct Incomplete(pub String);

impl fmt::Display for Incomplete {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The colours every layout uses; a theme may add more for its own files.
pub const REQUIRED_COLORS: [&str; 8] = [
    "primary", "accent", "ink", "muted", "line", "panel", "drive", "restrain",
];

impl ThemeSpec {
    pub fn resolve(self, name: &str) -> Result<ThemeConfig, Incomplete> {
        let missing =
            |what: &str| Incomplete(crate::t!("theme-incomplete", theme = name, key = what));
        for color in REQUIRED_COLORS {
            if !self.colors.contains_key(color) {
                return Err(missing(&format!("colors.{color}")));
            }
        }
        let order = self.sheet_order.ok_or_else(|| missing("sheet_order"))?;
        let mut sheets = Vec::with_capacity(order.len());
        for key in order {
            let spec = self.sheets.get(&key).cloned().unwrap_or_default();
            let field = |f: &str| format!("sheets.{}.{f}", key_name(key));
            sheets.push(SheetLabel {
                key,
                number: spec.number.ok_or_else(|| missing(&field("number")))?,
                title: spec.title.ok_or_else(|| missing(&field("title")))?,
                guide: spec.guide.unwrap_or_default(),
            });
        }
        // Every merged key is required by name, alike by design: the message
        // names the key the default theme lacks.
        let sizes = Sizes {
            largest: self.sizes.largest.ok_or_else(|| missing("sizes.largest"))?,
            smallest: self
                .sizes
                .smallest
                .ok_or_else(|| missing("sizes.smallest"))?,
            continued: self
                .sizes
                .continued
                .ok_or_else(|| missing("sizes.continued"))?,
        };
        if !(4.0..=40.0).contains(&sizes.smallest)
            || sizes.largest < sizes.smallest
            || sizes.largest > 40.0
            || !(4.0..=40.0).contains(&sizes.continued)
        {
            return Err(Incomplete(crate::t!("theme-sizes", theme = name)));
        }
        Ok(ThemeConfig {
            name: self.name.unwrap_or_else(|| name.to_owned()),
            description: self.description,
            footer: self.footer.ok_or_else(|| missing("footer"))?,
            colors: self.colors,
            fonts: Fonts {
                body: self.fonts.body.ok_or_else(|| missing("fonts.body"))?,
                heading: self.fonts.heading.ok_or_else(|| missing("fonts.heading"))?,
            },
            emblem: self.emblem,
            page: Page {
                sheets: self.page.sheets.ok_or_else(|| missing("page.sheets"))?,
                slides: self.page.slides.ok_or_else(|| missing("page.slides"))?,
            },
            sizes,
            floors: TextFloors {
                slides: self.floors.slides.resolve("slides", &missing)?,
                sheets: self.floors.sheets.resolve("sheets", &missing)?,
                paper: self.floors.paper.resolve("paper", &missing)?,
            },
            sheets,
            slides: Slides {
                mayor_report: self
                    .slides
                    .mayor_report
                    .ok_or_else(|| missing("slides.mayor_report"))?,
                final_session: self
                    .slides
                    .final_session
                    .ok_or_else(|| missing("slides.final_session"))?,
                caps: self.slides.caps,
            },
            paper: Paper {
                page: self.paper.page.ok_or_else(|| missing("paper.page"))?,
                sections: self
                    .paper
                    .sections
                    .ok_or_else(|| missing("paper.sections"))?,
                size: self.paper.size.ok_or_else(|| missing("paper.size"))?,
                measure: self.paper.measure.ok_or_else(|| missing("paper.measure"))?,
                numbering: self
                    .paper
                    .numbering
                    .ok_or_else(|| missing("paper.numbering"))?,
                figure_min: self
                    .paper
                    .figure_min
                    .ok_or_else(|| missing("paper.figure_min"))?,
            },
            labels: self.labels,
        })
    }
}

pub fn key_name(key: SheetKey) -> String {
    key_name_of(&key)
}
