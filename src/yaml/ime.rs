//! Slips a Japanese input method makes in YAML, and what to type instead.
//!
//! The parser reports them in its own terms, often a line late ("could not find
//! expected ':'" on the line after a `ー` typed for the list dash). Looking at
//! the line the parser stopped on and the one before it finds the real place.

use crate::t;

/// The slip on the line holding `offset` or the line before it: where it is,
/// and a hint saying what to type instead.
pub fn slip_near(text: &str, offset: usize) -> Option<(usize, String)> {
    let offset = offset.min(text.len());
    let mut at = offset;
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let previous_start =
        (line_start > 0).then(|| text[..line_start - 1].rfind('\n').map_or(0, |i| i + 1));
    std::iter::once(line_start)
        .chain(previous_start)
        .find_map(|start| {
            let line = text[start..].split('\n').next().unwrap_or_default();
            slip_in_line(line).map(|(column, hint)| (start + column, hint))
        })
}

/// Characters typed for the list dash `-`.
const DASHES: [char; 6] = ['ー', '－', '・', '•', '‐', '−'];

/// Characters YAML gives a meaning at the start of a value.
const INDICATORS: [char; 6] = ['*', '&', '!', '%', '@', '`'];

fn slip_in_line(line: &str) -> Option<(usize, String)> {
    let body = line.trim_start_matches([' ', '\u{3000}']);
    let indent = &line[..line.len() - body.len()];
    if let Some(wide) = indent.find('\u{3000}') {
        return Some((wide, t!("yaml-hint-full-width-space")));
    }
    if body.starts_with('#') || body.is_empty() {
        return None;
    }
    let indent_len = indent.len();
    if let Some(dash) = body.chars().next().filter(|c| DASHES.contains(c)) {
        return Some((
            indent_len,
            t!("yaml-hint-list-dash", dash = dash.to_string()),
        ));
    }
    // The value: after `- ` or after `key: `.
    let (value_at, value) = match body.strip_prefix("- ") {
        Some(item) => {
            let item_at = indent_len + 2;
            match split_key(item) {
                Some((key_len, _)) if !is_plain_key(&item[..key_len]) => {
                    // `- 課題: …`: a text with `: ` in it, read as a key.
                    return Some((item_at + key_len, t!("yaml-hint-quote-colon")));
                }
                Some((key_len, value)) => (item_at + key_len + 2, value),
                None => (item_at, item),
            }
        }
        None => match split_key(body) {
            Some((key_len, value)) => (indent_len + key_len + 2, value),
            None => return None,
        },
    };
    let trimmed = value.trim_start();
    let value_at = value_at + (value.len() - trimmed.len());
    if let Some(c) = trimmed.chars().next().filter(|c| INDICATORS.contains(c)) {
        return Some((
            value_at,
            t!("yaml-hint-quote-indicator", character = c.to_string()),
        ));
    }
    if trimmed.starts_with('[') && trimmed.contains(['、', '，', '：']) {
        let at = trimmed.find(['、', '，', '：']).unwrap_or(0);
        return Some((value_at + at, t!("yaml-hint-flow-punctuation")));
    }
    if !trimmed.starts_with(['"', '\'', '[', '{', '|', '>'])
        && let Some(colon) = trimmed.find(": ")
    {
        return Some((value_at + colon, t!("yaml-hint-quote-colon")));
    }
    None
}

/// `key: value` → (length of `key`, `value`), for a line holding a key.
fn split_key(text: &str) -> Option<(usize, &str)> {
    if text.starts_with(['"', '\'']) {
        return None;
    }
    let colon = text
        .find(": ")
        .or_else(|| text.ends_with(':').then(|| text.len() - 1))?;
    let value = text.get(colon + 2..).unwrap_or_default();
    Some((colon, value))
}

/// The keys of a story and a theme are ASCII words (`force_field`, `how`).
fn is_plain_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(line: &str) -> Option<usize> {
        slip_in_line(line).map(|(c, _)| line[..c].chars().count() + 1)
    }

    #[test]
    fn slips_are_found_where_they_are() {
        assert_eq!(column("\u{3000}\u{3000}source: x"), Some(1));
        assert_eq!(column("    ー 課題を書く"), Some(5));
        assert_eq!(column("  ・課題"), Some(3));
        assert_eq!(column("    - 課題: 人が足りない"), Some(9));
        assert_eq!(column("  statement: *大切なこと"), Some(14));
        assert_eq!(column("  - @市長"), Some(5));
        assert_eq!(column("  items: [a、b]"), Some(12));
        assert_eq!(column("  statement: 目標: 住みよいまち"), Some(16));
        assert_eq!(column("  statement: 住みよいまち"), None);
        assert_eq!(column("  - force: 人手不足"), None);
        assert_eq!(column("  - \"課題: 人\""), None);
        assert_eq!(column("# ー comment"), None);
    }
}
