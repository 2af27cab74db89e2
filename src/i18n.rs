//! What storydeck says, in the user's language.
//!
//! Every sentence a user reads comes from a Fluent catalogue, `locales/<lang>/*.ftl`,
//! compiled into the binary: English and Japanese hold the same message ids with the
//! same variables (a test compares them). Code names a message by its id with
//! [`t!`](crate::t); field paths, YAML keys and file names are passed as variables
//! and printed as the user typed them.
//!
//! The language is `--lang`, else the first of `LC_ALL`, `LC_MESSAGES`, `LANG`
//! that is set, else the system's (Windows has no `LANG`): Japanese when it starts
//! with `ja`, English otherwise.

use std::borrow::Cow;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use include_dir::{Dir, include_dir};

static CATALOGUES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Ja,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ja];

    /// The catalogue folder and language tag.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    /// `ja`, `ja_JP.UTF-8`, `ja-JP` → Japanese; anything else → English.
    pub fn from_locale(locale: &str) -> Lang {
        if locale
            .get(..2)
            .is_some_and(|p| p.eq_ignore_ascii_case("ja"))
        {
            Lang::Ja
        } else {
            Lang::En
        }
    }
}

const UNSET: u8 = 0;
static CHOSEN: AtomicU8 = AtomicU8::new(UNSET);

/// Fixes the language for the rest of the run (`--lang`).
pub fn set_lang(lang: Lang) {
    CHOSEN.store(encode(lang), Ordering::Relaxed);
}

fn encode(lang: Lang) -> u8 {
    match lang {
        Lang::En => 1,
        Lang::Ja => 2,
    }
}

/// The language messages are printed in.
pub fn lang() -> Lang {
    match CHOSEN.load(Ordering::Relaxed) {
        1 => Lang::En,
        2 => Lang::Ja,
        _ => {
            let lang = from_environment();
            CHOSEN.store(encode(lang), Ordering::Relaxed);
            lang
        }
    }
}

/// POSIX order: `LC_ALL` over `LC_MESSAGES` over `LANG`; an empty one is unset.
fn from_environment() -> Lang {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(value) = std::env::var_os(name).filter(|v| !v.is_empty()) {
            return Lang::from_locale(&value.to_string_lossy());
        }
    }
    sys_locale::get_locale().map_or(Lang::En, |l| Lang::from_locale(&l))
}

/// Every `.ftl` file of one language, as (file name, text).
pub fn catalogue_files(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let mut files: Vec<_> = CATALOGUES
        .get_dir(lang.code())
        .into_iter()
        .flat_map(|dir| dir.files())
        .filter_map(|f| Some((f.path().to_str()?, f.contents_utf8()?)))
        .filter(|(path, _)| path.ends_with(".ftl"))
        .collect();
    files.sort();
    files
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 2] =
        [OnceLock::new(), OnceLock::new()];
    let index = match lang {
        Lang::En => 0,
        Lang::Ja => 1,
    };
    BUNDLES[index].get_or_init(|| {
        let tag = lang.code().parse().expect("a valid language tag");
        let mut bundle = FluentBundle::new_concurrent(vec![tag]);
        // No Unicode isolation marks around variables: terminals print them as
        // stray characters, and paths and keys are never right-to-left here.
        bundle.set_use_isolating(false);
        for (path, text) in catalogue_files(lang) {
            let resource = FluentResource::try_new(text.to_owned())
                .unwrap_or_else(|(_, errors)| panic!("{path}: {errors:?}"));
            bundle
                .add_resource(resource)
                .unwrap_or_else(|errors| panic!("{path}: {errors:?}"));
        }
        bundle
    })
}

/// Whether the catalogue of `lang` has a message `id` (for ids made at run time).
pub fn has_message(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id)
}

/// A message's text in `lang`. An id missing from the catalogue (a test rules
/// that out) prints as the id itself rather than nothing.
pub fn message_in(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_owned();
    };
    let mut errors = Vec::new();
    let text: Cow<str> = bundle.format_pattern(pattern, args, &mut errors);
    text.into_owned()
}

/// A message's text in the user's language.
pub fn message(id: &str, args: Option<&FluentArgs>) -> String {
    message_in(lang(), id, args)
}

/// A variable of a message: text as it is, numbers as numbers (for plurals).
pub fn arg<'a>(value: impl Into<FluentValue<'a>>) -> FluentValue<'a> {
    value.into()
}

/// `t!("id")` or `t!("id", name = value, …)`: the message in the user's language.
/// Values are anything `FluentValue` takes: `&str`, `String`, numbers.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::message($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = ::fluent_bundle::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::arg($value)); )+
        $crate::i18n::message($id, Some(&args))
    }};
}
