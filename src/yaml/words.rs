//! serde and the YAML parser speak English, in their own terms ("invalid type:
//! string \"４\", expected i64", "mapping values are not allowed in this
//! context"). This module is the one place that reads their words: [`Said`]
//! recognises a message once, and the rest of the YAML pass asks it what was
//! said; [`localise`] says it in the user's language, in words a first-time
//! YAML writer knows: the key and value as typed, and what to write instead.
//!
//! serde_yaml is frozen upstream at 0.9.34 (with the libyaml port and serde's
//! wording it builds on), so the patterns hold; each is pinned below by a
//! test that provokes the real message.

use crate::t;

/// A message of serde or the YAML parser, recognised.
pub struct Said {
    /// The message without serde_yaml's location (" at line 4 column 9") and
    /// its path prefix (`sheets: …`), which the diagnostic shows its own way.
    pub text: String,
}

impl Said {
    /// `raw` as serde_yaml displays an error; `field` the path serde found.
    pub fn of(raw: &str, field: Option<&str>) -> Said {
        Said {
            text: strip_path(&strip_location(raw), field),
        }
    }

    /// A field a mapping lacks: `missing field `x``.
    pub fn missing_field(&self) -> Option<&str> {
        self.text.strip_prefix("missing field `")?.split('`').next()
    }

    /// A key written twice: `duplicate field `x``, with the key.
    pub fn duplicate_field(&self) -> Option<&str> {
        self.text
            .strip_prefix("duplicate field `")?
            .split('`')
            .next()
    }

    /// A key the mapping does not have: the key, and every key it allows.
    pub fn unknown_field(&self) -> Option<(&str, Vec<&str>)> {
        let rest = self.text.strip_prefix("unknown field `")?;
        let (unknown, rest) = rest.split_once('`')?;
        Some((unknown, rest.split('`').skip(1).step_by(2).collect()))
    }

    /// Any mention of a missing field, wherever serde put it.
    pub fn mentions_missing_field(&self) -> bool {
        self.text.contains("missing field")
    }

    /// A value of the wrong kind: `invalid type: …`.
    pub fn invalid_type(&self) -> bool {
        self.text.starts_with("invalid type")
    }

    /// An alias (`*x`) whose anchor (`&x`) is nowhere.
    pub fn unknown_anchor(&self) -> bool {
        self.text.contains("unknown anchor")
    }

    /// A key line without its `:`.
    pub fn expects_colon(&self) -> bool {
        self.text.contains("could not find expected ':'")
    }

    /// A quoted text whose quote is never closed.
    pub fn unclosed_quote(&self) -> bool {
        self.text.contains("while scanning a quoted scalar")
    }

    /// A list was wanted (serde's `expected a sequence`, or one of our own
    /// fields' `a list of …`).
    pub fn expects_list(&self) -> bool {
        self.text.contains("expected a sequence") || self.text.contains("a list of")
    }

    /// The parser lost the structure: indentation, or a `: ` inside a text.
    pub fn lost_structure(&self) -> bool {
        self.text.contains("did not find expected")
            || self.text.contains("mapping values are not allowed")
    }
}

/// serde_yaml appends " at line L column C" (and sometimes a path prefix);
/// the diagnostic shows both in its own way.
fn strip_location(message: &str) -> String {
    let mut out = message.to_owned();
    while let Some(start) = out.find(" at line ") {
        // " at line 4 column 9" — possibly followed by ", while scanning …".
        let rest = &out[start + " at line ".len()..];
        let digits = |s: &str| s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let mut end = start + " at line ".len() + digits(rest);
        if let Some(col) = out[end..].strip_prefix(" column ") {
            end += " column ".len() + digits(col);
        }
        out.replace_range(start..end, "");
    }
    out.trim().to_owned()
}

/// serde_yaml starts messages with its own path (`sheets: unknown field …`);
/// the diagnostic names the field on a line of its own.
fn strip_path(message: &str, field: Option<&str>) -> String {
    match (message.split_once(": "), field) {
        (Some((head, rest)), Some(field)) if field.starts_with(head) => rest.to_owned(),
        _ => message.to_owned(),
    }
}

/// The message to show for what serde or the parser said. A message of our
/// own (from a field's check) is already in the user's language and is kept.
pub fn localise(said: &Said) -> String {
    let raw = said.text.as_str();
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

/// Each pattern [`Said`] recognises, in the message serde_yaml 0.9.34 really
/// gives: a change of wording (a new serde or libyaml) fails here first.
#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Form {
        name: String,
        #[serde(default)]
        count: i32,
        #[serde(default)]
        items: Vec<i32>,
        #[serde(default)]
        nested: Option<Box<Form>>,
    }

    /// What the YAML pass sees: serde_path_to_error's path beside the message.
    fn said(yaml: &str) -> Said {
        let err =
            serde_path_to_error::deserialize::<_, Form>(serde_yaml::Deserializer::from_str(yaml))
                .expect_err("the YAML is wrong on purpose");
        let path = err.path().to_string();
        Said::of(&err.inner().to_string(), Some(path.as_str()))
    }

    #[test]
    fn serde_field_messages_are_recognised() {
        assert_eq!(said("count: 1\n").missing_field(), Some("name"));
        assert!(said("count: 1\n").mentions_missing_field());
        assert_eq!(said("name: a\nname: b\n").duplicate_field(), Some("name"));
        let unknown = said("name: a\ncuont: 1\n");
        let (key, expected) = unknown.unknown_field().expect("an unknown field");
        assert_eq!(key, "cuont");
        assert_eq!(expected, ["name", "count", "items", "nested"]);
        assert!(said("name: a\ncount: many\n").invalid_type());
        assert!(said("name: a\nitems: 3\n").expects_list());
    }

    #[test]
    fn parser_messages_are_recognised() {
        assert!(said("name: *nowhere\n").unknown_anchor());
        assert!(said("name: \"open\ncount: 1\n").unclosed_quote());
        assert!(said("name: a: b\n").lost_structure());
        assert!(said("name: a\n  count: 1\n").lost_structure());
        assert!(said("name: a\nnested:\n  name: b\n  count\n  items: []\n").expects_colon());
    }

    #[test]
    fn the_location_and_path_serde_yaml_adds_are_taken_off() {
        let err = serde_yaml::from_str::<Form>("name: a\ncount: many\n").unwrap_err();
        let raw = err.to_string();
        assert!(raw.contains(" at line 2 column "), "{raw}");
        let said = Said::of(&raw, None);
        assert!(!said.text.contains(" at line "), "{}", said.text);
        assert_eq!(
            Said::of("nested: unknown field `x`, expected `name`", Some("nested")).text,
            "unknown field `x`, expected `name`"
        );
    }

    #[test]
    fn a_message_of_our_own_is_none_of_theirs() {
        let ours = Said::of("１ (weak) to 5 (strong)", None);
        assert!(ours.missing_field().is_none() && ours.unknown_field().is_none());
        assert!(!ours.lost_structure() && !ours.expects_colon() && !ours.invalid_type());
    }
}
