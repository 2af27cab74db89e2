//! serde and the YAML parser speak English, in their own terms ("invalid type:
//! string \"４\", expected i64", "mapping values are not allowed in this
//! context"). This module recognises their messages and says each in the
//! user's language, in words a first-time YAML writer knows: the key and value
//! as typed, and what to write instead.

use crate::t;

/// The message to show for a parser or serde message `raw`. A message of our
/// own (from a field's check) is already in the user's language and is kept.
pub fn localise(raw: &str) -> String {
    if let Some(rest) = raw.strip_prefix("unknown field `") {
        let key = rest.split('`').next().unwrap_or_default();
        return t!("yaml-unknown-field", key = key);
    }
    if let Some(rest) = raw.strip_prefix("missing field `") {
        let key = rest.split('`').next().unwrap_or_default();
        return t!("yaml-missing-field", key = key);
    }
    if let Some(rest) = raw.strip_prefix("duplicate field `") {
        let key = rest.split('`').next().unwrap_or_default();
        return t!("yaml-duplicate-field", key = key);
    }
    if let Some(rest) = raw.strip_prefix("unknown variant `") {
        let (value, rest) = rest.split_once('`').unwrap_or((rest, ""));
        return t!(
            "yaml-unknown-variant",
            value = value,
            allowed = allowed(rest)
        );
    }
    for (prefix, id) in [
        ("invalid type: ", "yaml-invalid-type"),
        ("invalid value: ", "yaml-invalid-value"),
    ] {
        if let Some(rest) = raw.strip_prefix(prefix) {
            let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("found", found_words(found));
            args.set("expected", kind_words(expected));
            return crate::i18n::message(id, Some(&args));
        }
    }
    if raw.starts_with("duplicate entry with key") {
        let key = raw.split('"').nth(1).unwrap_or_default();
        return t!("yaml-duplicate-key", key = key);
    }
    if let Some(id) = syntax_id(raw) {
        return crate::i18n::message(id, None);
    }
    if raw.contains(", while ") || raw.starts_with("found ") || raw.starts_with("did not find") {
        return t!("yaml-syntax-other", detail = raw);
    }
    raw.to_owned()
}

/// The libyaml messages people meet, by what they mean.
fn syntax_id(raw: &str) -> Option<&'static str> {
    const KNOWN: &[(&str, &str)] = &[
        (
            "mapping values are not allowed",
            "yaml-syntax-colon-in-text",
        ),
        ("could not find expected ':'", "yaml-syntax-no-colon"),
        ("did not find expected key", "yaml-syntax-indentation"),
        (
            "did not find expected '-' indicator",
            "yaml-syntax-list-indentation",
        ),
        (
            "block sequence entries are not allowed",
            "yaml-syntax-list-here",
        ),
        ("found a tab character", "yaml-syntax-tab"),
        ("while scanning a quoted scalar", "yaml-syntax-open-quote"),
        ("found unexpected end of stream", "yaml-syntax-end"),
        ("while scanning an alias", "yaml-syntax-alias"),
        ("while scanning an anchor", "yaml-syntax-alias"),
        ("unknown anchor", "yaml-syntax-unknown-anchor"),
        ("found undefined tag handle", "yaml-syntax-tag"),
        ("while parsing a tag", "yaml-syntax-tag"),
        ("while scanning a tag", "yaml-syntax-tag"),
        (
            "found character that cannot start any token",
            "yaml-syntax-bad-start",
        ),
        ("did not find expected ',' or ']'", "yaml-syntax-flow-list"),
        ("did not find expected ',' or '}'", "yaml-syntax-flow-map"),
        ("did not find expected node content", "yaml-syntax-no-value"),
        ("found unknown escape character", "yaml-syntax-escape"),
        ("recursion limit exceeded", "yaml-syntax-too-deep"),
        ("repetition limit exceeded", "yaml-syntax-aliases"),
    ];
    KNOWN
        .iter()
        .find(|(needle, _)| raw.contains(needle))
        .map(|(_, id)| *id)
}

/// "one of `a`, `b`" or "`a` or `b`" → "`a`, `b`".
fn allowed(rest: &str) -> String {
    let names: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What serde found: `string "４"`, `integer `5``, `a sequence` …
fn found_words(found: &str) -> String {
    let value = || {
        found
            .split_once(['"', '`'])
            .map(|(_, v)| v.trim_end_matches(['"', '`']).to_owned())
            .unwrap_or_default()
    };
    if found.starts_with("string ") {
        t!("yaml-found-text", value = value())
    } else if found.starts_with("integer ") || found.starts_with("floating point ") {
        t!("yaml-found-number", value = value())
    } else if found.starts_with("boolean ") {
        t!("yaml-found-yes-no", value = value())
    } else {
        kind_words(found)
    }
}

/// A kind of value in serde's words (`i64`, `a sequence`, `struct Story`, our
/// own `text, e.g. …`) said plainly.
fn kind_words(kind: &str) -> String {
    let kind = kind.trim();
    let id = match kind {
        "a sequence" | "sequence" => "yaml-kind-list",
        "a map" | "map" => "yaml-kind-map",
        "unit value" | "null" => "yaml-kind-empty",
        "a string" | "string" | "text" => "yaml-kind-text",
        "a boolean" | "boolean" => "yaml-kind-yes-no",
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" | "isize"
        | "a whole number" => "yaml-kind-whole-number",
        "f32" | "f64" | "a number" => "yaml-kind-number",
        _ if kind.starts_with("struct ") => "yaml-kind-map",
        _ if kind.starts_with("text") => "yaml-kind-text",
        _ if kind.starts_with("a list") || kind.starts_with("a sequence") => "yaml-kind-list",
        _ => return kind.to_owned(),
    };
    crate::i18n::message(id, None)
}
