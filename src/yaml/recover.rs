//! Finding every problem of a YAML file, not just the first.
//!
//! serde stops at the first error. To go on, the node at fault is blanked in a
//! working copy of the text — each byte of its lines becomes `#` or a space, so a
//! comment of the same length and every other byte offset stays where it was — and
//! the text is parsed again. Positions in later errors therefore point into the
//! user's file unchanged.

/// The lines `[first, last]` (0-based) of the node whose line is `line`: the line
/// itself and every following line indented deeper (its children). For a list
/// item (`- key: …`) that is the whole item.
pub fn node_block(lines: &[&str], line: usize) -> (usize, usize) {
    let indent = indentation(lines[line]);
    let mut last = line;
    for (i, text) in lines.iter().enumerate().skip(line + 1) {
        if is_blank(text) {
            continue;
        }
        if indentation(text) <= indent {
            break;
        }
        last = i;
    }
    (line, last)
}

/// The block of the mapping entry that holds the node at `line`: the nearest line
/// above it indented less, with its children. `None` at the top level.
pub fn parent_block(lines: &[&str], line: usize) -> Option<(usize, usize)> {
    let indent = indentation(lines[line]);
    let parent = (0..line)
        .rev()
        .find(|&i| !is_blank(lines[i]) && indentation(lines[i]) < indent)?;
    Some(node_block(lines, parent))
}

/// Blanks lines `[first, last]` of `text` in place, byte for byte: `#` then spaces.
/// Returns false when there was nothing left to blank (no progress possible).
pub fn blank(text: &mut [u8], first: usize, last: usize) -> bool {
    let mut changed = false;
    let mut line = 0;
    let mut at_line_start = true;
    for byte in text.iter_mut() {
        if *byte == b'\n' {
            line += 1;
            at_line_start = true;
            continue;
        }
        if (first..=last).contains(&line) {
            let replacement = if at_line_start { b'#' } else { b' ' };
            changed |= *byte != replacement && *byte != b' ';
            *byte = replacement;
        }
        at_line_start = false;
    }
    changed
}

/// Where `key` is written in the mapping that starts at `offset`, if it is there.
///
/// serde_yaml places errors raised by a type's own checks (a date that does not
/// exist, a strength of 7) at the start of the enclosing mapping; the user needs
/// the line of the field itself.
/// With `last`, the last of several (a duplicate key's second appearance).
pub fn key_offset(text: &str, offset: usize, key: &str, last: bool) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let line = line_of(text.as_bytes(), offset);
    if line >= lines.len() {
        return None;
    }
    // The mapping's own lines: from its first key to the end of its block, at the
    // indentation of that first key (children of other keys are deeper).
    let first = lines[line];
    let key_column = first.len() - first.trim_start_matches([' ', '-']).len();
    let start = if line == 0 {
        0
    } else {
        parent_block(&lines, line).map_or(0, |(p, _)| p)
    };
    let end = if line == 0 {
        lines.len().saturating_sub(1)
    } else {
        node_block(&lines, start).1
    };
    let mut at = lines[..start].iter().map(|l| l.len() + 1).sum::<usize>();
    let mut found = None;
    for text_line in &lines[start..=end.max(start)] {
        // (The column is the first key's; on another line it may fall inside a
        // multi-byte character, and then that line holds no key there.)
        let body = text_line.get(key_column..).unwrap_or("");
        let lead = text_line.len() - text_line.trim_start_matches([' ', '-']).len();
        let is_key = body
            .strip_prefix(key)
            .is_some_and(|rest| rest.trim_start().starts_with(':'));
        if lead == key_column && is_key {
            found = Some(at + key_column);
            if !last {
                break;
            }
        }
        at += text_line.len() + 1;
    }
    found
}

/// In a flow mapping on the line of `offset` (`vision: { a: 1, a: 2 }`), the
/// offset of the last `key:` written in it.
pub fn flow_key_offset(text: &str, offset: usize, key: &str) -> Option<usize> {
    let offset = offset.min(text.len());
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    let line = &text[line_start..line_end];
    let brace = line.find('{')?;
    let mut found = None;
    for (i, _) in line.match_indices(key).filter(|(i, _)| *i > brace) {
        let before = line[..i].trim_end().chars().last();
        let after = line[i + key.len()..].trim_start();
        if matches!(before, Some('{' | ',')) && after.starts_with(':') {
            found = Some(line_start + i);
        }
    }
    found
}

/// The byte offset where the field at `path` (`sheets.force_field.restraining[1]`)
/// is written, for block-style YAML: each key is looked for among its parent's
/// keys, each `[n]` is the parent's n-th `- ` item. `None` when not found (flow
/// style, or the field is absent) — callers then point at the nearest ancestor.
pub fn locate(text: &str, path: &str) -> Option<usize> {
    let lines: Vec<&str> = text.lines().collect();
    let starts: Vec<usize> = lines
        .iter()
        .scan(0, |at, l| {
            let start = *at;
            *at += l.len() + 1;
            Some(start)
        })
        .collect();
    // The block being searched: lines (from, to) and the column its keys sit at.
    let (mut from, mut to, mut column) = (0, lines.len().saturating_sub(1), 0usize);
    let mut found = None;
    for segment in path.split('.') {
        let (key, indices) = match segment.find('[') {
            Some(i) => (&segment[..i], &segment[i..]),
            None => (segment, ""),
        };
        if !key.is_empty() {
            let line = (from..=to).find(|&i| {
                let l = lines[i];
                let lead = l.len() - l.trim_start_matches([' ', '-']).len();
                lead == column
                    && l[lead..]
                        .strip_prefix(key)
                        .is_some_and(|r| r.trim_start().starts_with(':'))
            })?;
            found = Some(starts[line] + column);
            let (_, last) = node_block(&lines, line);
            // Children start on the next line; their column is the first one's.
            // (A leaf has none: any further segment then finds nothing.)
            match (line + 1..=last).find(|&i| !is_blank(lines[i])) {
                Some(child) => (from, to, column) = (child, last, indentation(lines[child])),
                None => (from, to, column) = (line + 1, line, usize::MAX),
            }
        }
        for index in indices.split(']').filter(|s| s.starts_with('[')) {
            let n: usize = index[1..].parse().ok()?;
            let items: Vec<usize> = (from..=to)
                .filter(|&i| {
                    indentation(lines[i]) == column && lines[i].trim_start().starts_with('-')
                })
                .collect();
            let line = *items.get(n)?;
            found = Some(starts[line] + column);
            let (_, last) = node_block(&lines, line);
            let l = lines[line];
            (from, to, column) = (line, last, l.len() - l.trim_start_matches([' ', '-']).len());
        }
    }
    found
}

/// The 0-based line of a byte offset.
pub fn line_of(text: &[u8], offset: usize) -> usize {
    text[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

fn indentation(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

fn is_blank(line: &str) -> bool {
    let trimmed = line.trim();
    trimmed.is_empty() || trimmed.starts_with('#')
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "a: 1\nsheets:\n  vision:\n    statment: x\n    images:\n      - one\n\n      - two\n  role: {}\nb: 2\n";

    #[test]
    fn a_node_block_holds_its_children() {
        let lines: Vec<&str> = TEXT.lines().collect();
        assert_eq!(node_block(&lines, 3), (3, 3));
        assert_eq!(node_block(&lines, 4), (4, 7));
        assert_eq!(node_block(&lines, 2), (2, 7));
        assert_eq!(parent_block(&lines, 3), Some((2, 7)));
        assert_eq!(parent_block(&lines, 0), None);
    }

    #[test]
    fn paths_are_found_in_block_yaml() {
        let text = "a: 1\nsheets:\n  force_field:\n    restraining:\n      - force: x\n      - force: y\n        countermeasure: z\n";
        let at = |path| locate(text, path).map(|o| &text[o..o + 5]);
        assert_eq!(at("sheets.force_field"), Some("force"));
        assert_eq!(at("sheets.force_field.restraining[1]"), Some("- for"));
        assert_eq!(
            at("sheets.force_field.restraining[1].countermeasure"),
            Some("count")
        );
        assert_eq!(at("sheets.force_field.restraining[0].force"), Some("force"));
        assert_eq!(at("sheets.role"), None);
    }

    #[test]
    fn blanking_keeps_every_offset() {
        let mut bytes = "k: 値\nx: 1\n".as_bytes().to_vec();
        let before = bytes.len();
        assert!(blank(&mut bytes, 0, 0));
        assert_eq!(bytes.len(), before);
        let text = String::from_utf8(bytes).unwrap();
        assert!(text.starts_with('#') && text.ends_with("\nx: 1\n"));
        assert_eq!(line_of(text.as_bytes(), text.find('x').unwrap()), 1);
    }
}
