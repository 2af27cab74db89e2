//! Forgiving a Japanese input method: numbers typed with full-width digits
//! (`strength: ４`) are read as the numbers they are, and the list separators
//! `、` and `，` inside `[ ]` (which YAML takes as part of one item) are named.
//! Either way `check` and `build` say so, at the place, so the team can fix it.

use std::ops::Range;
use std::sync::Arc;

use crate::diag::{Diagnostic, Location};
use crate::t;

/// Keys whose values are numbers (a text's digits are kept as written).
const NUMBER_KEYS: [&str; 6] = [
    "strength",
    "horizon_years",
    "value",
    "base_year",
    "years",
    "values",
];

#[derive(Debug, PartialEq)]
enum Slip {
    /// Full-width digits of a number: the half-width text to read instead,
    /// padded with spaces to the same length in bytes (so every later place
    /// in the file stays where it is).
    Number { read_as: String },
    /// `、` or `，` between the items of a `[ ]` list of texts.
    ListComma,
}

fn slips(text: &str) -> Vec<(Range<usize>, Slip)> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        scan_line(line, start, &mut out);
        start += line.len() + 1;
    }
    out
}

fn scan_line(line: &str, at: usize, out: &mut Vec<(Range<usize>, Slip)>) {
    let body = line.trim_start_matches(' ');
    let body = body
        .strip_prefix("- ")
        .unwrap_or(body)
        .trim_start_matches(' ');
    let Some((key, value)) = body.split_once(':') else {
        return;
    };
    let value_at = at + line.len() - body.len() + key.len() + 1;
    let value = value.split(" #").next().unwrap_or_default();
    if NUMBER_KEYS.contains(&key) {
        let mut offset = value_at;
        for token in value.split_inclusive([' ', '[', ']', ',', '，']) {
            let word = token.trim_end_matches([' ', '[', ']', ',', '，']);
            if word.chars().any(is_wide_digit) && word.chars().all(is_number_char) {
                let read_as: String = word.chars().map(half_width).collect();
                let padded = format!("{read_as:<width$}", width = word.len());
                out.push((
                    offset..offset + word.len(),
                    Slip::Number { read_as: padded },
                ));
            }
            offset += token.len();
        }
        // `，` between numbers: a comma, padded to its length.
        for (i, _) in value.match_indices('，') {
            let at = value_at + i;
            out.push((
                at..at + '，'.len_utf8(),
                Slip::Number {
                    read_as: ",  ".to_owned(),
                },
            ));
        }
        return;
    }
    let trimmed = value.trim_start();
    if trimmed.starts_with('[')
        && let Some(i) = trimmed.find(['、', '，', '：'])
    {
        let at = value_at + (value.len() - trimmed.len()) + i;
        out.push((at..at + 3, Slip::ListComma));
    }
}

fn is_wide_digit(c: char) -> bool {
    ('０'..='９').contains(&c)
}

fn is_number_char(c: char) -> bool {
    c.is_ascii_digit() || is_wide_digit(c) || matches!(c, '.' | '-' | '．' | '－' | 'ー')
}

fn half_width(c: char) -> char {
    match c {
        '０'..='９' | '．' | '－' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        'ー' => '-',
        _ => c,
    }
}

/// The story's text as the parser should read it: full-width digits of
/// numbers half-width, every byte offset unchanged.
pub fn readable_numbers(text: &str) -> String {
    let mut out = text.to_owned();
    // From the end, so earlier ranges stay valid (lengths are kept anyway).
    for (range, slip) in slips(text).into_iter().rev() {
        if let Slip::Number { read_as } = slip {
            out.replace_range(range, &read_as);
        }
    }
    out
}

/// A warning at each slip, for `check` and `build`.
pub fn typing_warnings(text: &str, name: &str) -> Vec<Diagnostic> {
    slips(text)
        .into_iter()
        .map(|(range, slip)| {
            let typed = &text[range.clone()];
            let diagnostic = match slip {
                Slip::Number { read_as } => Diagnostic::warning(t!(
                    "story-full-width-number",
                    typed = typed,
                    read_as = read_as.trim_end()
                ))
                .hint(t!("story-full-width-number-hint")),
                Slip::ListComma => Diagnostic::warning(t!("story-list-comma", typed = typed))
                    .hint(t!("story-list-comma-hint")),
            };
            diagnostic.at(Location {
                file: name.to_owned(),
                source: Arc::from(text),
                range,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_numbers_are_read_half_width_in_place() {
        let text = "x:\n  - force: 人手\n    strength: ４\nhorizon_years: １０ # 年\nyears: [２０２０，２０２５]\n";
        let read = readable_numbers(text);
        assert_eq!(read.len(), text.len());
        let value: serde_yaml::Value = serde_yaml::from_str(&read).unwrap();
        assert_eq!(value["x"][0]["strength"], 4);
        assert_eq!(value["horizon_years"], 10);
        assert_eq!(value["years"][1], 2025);
        // A text keeps its digits.
        assert_eq!(
            readable_numbers("statement: ２０４０年\n"),
            "statement: ２０４０年\n"
        );
    }

    #[test]
    fn list_commas_are_found() {
        let found = slips("  actions: [住民対話、職員研修]\n");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].1, Slip::ListComma);
    }
}
