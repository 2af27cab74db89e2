//! YAML → typed value, with every failure turned into a diagnostic a first-time
//! YAML editor can act on: file:line:col, the field path, a snippet and a hint.
//! Used for stories and for theme.yaml alike.

use std::sync::Arc;

use serde::de::DeserializeOwned;

use crate::diag::{Diagnostic, Diagnostics, Location, Result};
use crate::t;

mod ime;
pub(crate) mod recover;
mod words;

use words::Said;

/// At most this many problems are reported at once; past that, fix and re-run.
pub const MAX_PROBLEMS: usize = 50;

/// Syntax errors reported at once: past a few, later ones are likely echoes.
const MAX_SYNTAX_ERRORS: usize = 5;

/// Parses `text` (named `name` in messages); `docs` is the guide topic that
/// describes the format (`storydeck guide <docs>`). Every problem is reported,
/// not just the first (see `recover`). Past a syntax error its line is blanked
/// and the search goes on, for another mistake elsewhere; a missing field
/// found after one is not reported (it may be the blanked line's).
pub fn parse<T: DeserializeOwned>(text: &str, name: &str, docs: &str) -> Result<T> {
    let mut working = text.as_bytes().to_vec();
    let mut problems: Vec<Diagnostic> = Vec::new();
    // Fields blanked for an error of their own: their "missing field" is no news.
    let mut blanked: Vec<String> = Vec::new();
    // List items blanked whole, as (list path, index in the user's file): later
    // items move up in the parse, so reported indices are mapped back.
    let mut removed_items: Vec<(String, usize)> = Vec::new();
    // Whether any parse failed: a stand-in or a blanked node must never pass for
    // the user's own text.
    let mut failed = false;
    // Syntax errors so far: a few are worth reporting, then the rest is noise.
    let mut syntax_errors = 0;
    // The last line (0-based) a syntax error's echo may be on.
    let mut echo_until: Option<usize> = None;
    for _ in 0..MAX_PROBLEMS * 4 {
        let current = String::from_utf8(working.clone()).expect("blanking keeps UTF-8");
        let err = match serde_path_to_error::deserialize::<_, T>(
            serde_yaml::Deserializer::from_str(&current),
        ) {
            Ok(value) if !failed => return Ok(value),
            Ok(_) => break,
            Err(err) => err,
        };
        failed = true;
        let parsed_path = clean_path(&err.path().to_string());
        let said = Said::of(&err.inner().to_string(), parsed_path.as_deref());
        let field = parsed_path.map(|f| user_indices(&f, &removed_items));
        let missing = said.missing_field().map(|m| join(field.as_deref(), m));
        let follow_on = missing.as_ref().is_some_and(|m| blanked.contains(m))
            || missing.is_some() && syntax_errors > 0;
        // A duplicate key is the second of the two; other errors point at their key.
        let second = said.duplicate_field().is_some();
        let offset = err.inner().location().map(|l| l.index()).map(|o| {
            // (A missing field's name is by definition not there to find.)
            let key = if second {
                said.duplicate_field()
            } else {
                field.as_deref().and_then(last_key)
            };
            // A duplicate in a flow mapping (`{ a: 1, a: 2 }`) is the last
            // copy on its line, not the block key before the brace.
            let flow = key
                .filter(|_| second)
                .and_then(|k| recover::flow_key_offset(&current, o, k));
            flow.or_else(|| key.and_then(|k| recover::key_offset(&current, o, k, second)))
                .unwrap_or(o)
        });
        // A list past its limit: point at its first item too many, and stop
        // (blanking items one by one would report each of thousands).
        let too_long = said.text == crate::story::too_many_message();
        let offset = if too_long {
            field
                .as_deref()
                .and_then(|f| {
                    recover::locate(text, &format!("{f}[{}]", crate::story::MAX_LIST_ITEMS))
                })
                .or(offset)
        } else {
            offset
        };
        let root_missing = missing.is_some() && field.is_none();
        // Stand-ins appended past the user's text (after its last byte) never make
        // news; an error at the very end (an unclosed quote) does.
        let in_text = root_missing || offset.is_none_or(|o| o <= text.len());
        let syntax = serde_yaml::from_str::<serde_yaml::Value>(&current).is_err();
        // Past a syntax error, one on the lines just after the blanked ones, or
        // an alias whose anchor was blanked, is its echo, not a new mistake.
        let line = offset.map(|o| recover::line_of(&working, o.min(working.len())));
        let echo = syntax
            && (line.zip(echo_until).is_some_and(|(l, until)| l <= until)
                || said.unknown_anchor() && !problems.is_empty());
        if !follow_on && in_text && !echo {
            // A top-level key that is missing belongs at the top of the file.
            let at = if missing.is_some() && field.is_none() {
                Some(0)
            } else {
                offset
            };
            problems.push(yaml_diagnostic(&said, at, field.clone(), text, name, docs));
        }
        // A misspelt key with a suggestion: the suggested key's absence is the
        // same mistake, not a second one.
        if let (Some(suggested), Some(field)) = (suggestion(&said), &field)
            && let Some((parent, _)) = field.rsplit_once('.')
        {
            blanked.push(format!("{parent}.{suggested}"));
        }
        let Some(offset) = offset else { break };
        if too_long || problems.len() >= MAX_PROBLEMS {
            break;
        }
        if syntax {
            syntax_errors += 1;
            // The node at fault, with its children; what follows is read again.
            let line = recover::line_of(&working, offset.min(working.len()));
            let current = String::from_utf8_lossy(&working).into_owned();
            let lines: Vec<&str> = current.lines().collect();
            if line >= lines.len() || syntax_errors >= MAX_SYNTAX_ERRORS {
                break;
            }
            let (first, last) = recover::node_block(&lines, line);
            echo_until = Some(echo_until.map_or(last + 1, |u: usize| u.max(last + 1)));
            if !recover::blank(&mut working, first, last) {
                break;
            }
            continue;
        }
        match step_past(&mut working, offset, missing.is_some(), field.is_none()) {
            Step::Stuck => break,
            Step::Blanked { whole_item } => {
                if whole_item && let Some(item) = field.as_deref().and_then(enclosing_item) {
                    removed_items.push(item);
                }
            }
            Step::Appended => {}
        }
        if missing.is_none()
            && let Some(field) = field
        {
            blanked.push(field);
        }
        if let Some(name) = said.missing_field().filter(|_| field_is_root(&missing)) {
            // A required top-level key: supply a stand-in (a number reads as text and
            // as a year) past the end of the text, so the rest can be checked.
            working.extend_from_slice(format!("\n{name}: 2000\n").as_bytes());
        }
    }
    if problems.is_empty() {
        // Every failure was a follow-on of another; still, never pass in silence.
        problems.push(
            Diagnostic::error(t!("yaml-unreadable", file = name))
                .hint(t!("yaml-hint-guide", topic = docs)),
        );
    }
    Err(Diagnostics(problems))
}

enum Step {
    /// The node's lines were blanked; `whole_item` when they were a list item.
    Blanked { whole_item: bool },
    /// A stand-in for a missing top-level key will be appended.
    Appended,
    /// No way past: stop looking.
    Stuck,
}

/// Blanks the node at fault so the next parse gets past it. A missing field is the
/// fault of the mapping that lacks it: its list item, or its whole entry.
fn step_past(working: &mut [u8], offset: usize, missing: bool, at_root: bool) -> Step {
    if missing && at_root {
        return Step::Appended;
    }
    let current = String::from_utf8_lossy(working).into_owned();
    let lines: Vec<&str> = current.lines().collect();
    let line = recover::line_of(working, offset);
    if line >= lines.len() {
        return Step::Stuck;
    }
    let item = lines[line].trim_start().starts_with("- ");
    let block = if missing && !item {
        recover::parent_block(&lines, line)
    } else {
        Some(recover::node_block(&lines, line))
    };
    match block {
        Some((first, last)) if recover::blank(working, first, last) => {
            Step::Blanked { whole_item: item }
        }
        _ => Step::Stuck,
    }
}

/// The list item a path is in: `("a.list", 2)` for `a.list[2].key` or `a.list[2]`.
fn enclosing_item(path: &str) -> Option<(String, usize)> {
    let end = path.rfind(']')?;
    let start = path[..end].rfind('[')?;
    Some((path[..start].to_owned(), path[start + 1..end].parse().ok()?))
}

/// Maps the list indices of a path in the blanked text back to the user's file.
fn user_indices(path: &str, removed: &[(String, usize)]) -> String {
    let mut out = String::new();
    let mut rest = path;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find(']').map(|c| open + c) else {
            break;
        };
        out.push_str(&rest[..open]);
        let Ok(mut index) = rest[open + 1..close].parse::<usize>() else {
            break;
        };
        let mut gone: Vec<usize> = removed
            .iter()
            .filter(|(list, _)| *list == out)
            .map(|&(_, i)| i)
            .collect();
        gone.sort_unstable();
        for i in gone {
            if i <= index {
                index += 1;
            }
        }
        out.push_str(&format!("[{index}]"));
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The key a path ends in (`c` for `a.b[2].c`); none for a list item.
fn last_key(path: &str) -> Option<&str> {
    let last = path.rsplit('.').next()?;
    (!last.ends_with(']')).then_some(last)
}

fn field_is_root(missing: &Option<String>) -> bool {
    missing.as_ref().is_some_and(|m| !m.contains(['.', '[']))
}

/// serde_path_to_error's path, without the `?` it uses for a segment the parser
/// had not named yet (a syntax error).
fn clean_path(path: &str) -> Option<String> {
    let field = path.trim_end_matches(".?").trim_end_matches('?');
    (!field.is_empty() && field != ".").then(|| field.to_owned())
}

fn join(parent: Option<&str>, field: &str) -> String {
    match parent {
        Some(parent) => format!("{parent}.{field}"),
        None => field.to_owned(),
    }
}

fn yaml_diagnostic(
    said: &Said,
    offset: Option<usize>,
    field: Option<String>,
    text: &str,
    name: &str,
    docs: &str,
) -> Diagnostic {
    // A tab in a line's indentation: the parser blames the token before it,
    // often on the line above. Point at the tab itself and say what it is.
    let tab = offset.and_then(|o| indenting_tab(text, o));
    let mut diag = if tab.is_some() {
        Diagnostic::error(t!("yaml-syntax-tab")).hint(t!("yaml-hint-tab"))
    } else {
        Diagnostic::error(words::localise(said))
    };
    // Slips of a Japanese input method, found on the line at fault or the one
    // before it (the parser often stops a line late).
    let slip = if tab.is_none() {
        offset.and_then(|o| ime::slip_near(text, o))
    } else {
        None
    };
    if let Some((_, hint)) = &slip {
        diag = diag.hint(hint.clone());
    }
    // A key written with the full-width colon, where the parser looked for `:`:
    // the colon is the place, not the line after it where the parser stopped.
    let colon = full_width_colon(text)
        .filter(|_| said.expects_colon())
        .and_then(|line| {
            let start: usize = text.split('\n').take(line).map(|l| l.len() + 1).sum();
            text.split('\n').nth(line)?.find('：').map(|i| start + i)
        });
    let offset = tab.or(slip.map(|(at, _)| at)).or(colon).or(offset);
    if let Some(offset) = offset {
        let mut start = offset.min(text.len());
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        diag = diag.at(Location {
            file: name.to_owned(),
            source: Arc::from(text),
            range: start..token_end(text, start),
        });
    }
    if let Some(line) = full_width_colon(text) {
        diag = diag.hint(t!("yaml-hint-full-width-colon", line = line + 1));
    }
    if said.missing_field().is_some() && field.is_none() {
        diag = diag.hint(t!("yaml-hint-top-level"));
    }
    let field_path = field.clone();
    if let Some(field) = field {
        diag = diag.field(field);
    }
    for hint in hints_for(said, &guide_topic(field_path.as_deref(), docs)) {
        diag = diag.hint(hint);
    }
    diag
}

/// The guide topic for a field: its sheet or part when the guide has one
/// (`sheets.force_field.driving[0]` → `sheets.force_field`), else `docs`.
fn guide_topic(field: Option<&str>, docs: &str) -> String {
    let Some(field) = field else {
        return docs.to_owned();
    };
    let head: Vec<&str> = field.split(['.', '[']).take(2).collect();
    let candidates = [head.join("."), head[0].to_owned()];
    candidates
        .into_iter()
        .find(|topic| crate::guide::topic(crate::i18n::Lang::En, topic).is_some())
        .unwrap_or_else(|| docs.to_owned())
}

/// The offset of a tab in the indentation of the line holding `offset` or of
/// the line after it (where the parser, having read ahead, stopped).
fn indenting_tab(text: &str, offset: usize) -> Option<usize> {
    let offset = offset.min(text.len());
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let mut start = line_start;
    for _ in 0..2 {
        let line = text[start..].split('\n').next()?;
        let indent = line.len() - line.trim_start_matches([' ', '\t']).len();
        if let Some(tab) = line[..indent].find('\t') {
            return Some(start + tab);
        }
        start += line.len() + 1;
        if start > text.len() {
            break;
        }
    }
    None
}

/// A line like `sheets：` that uses the full-width colon where YAML needs `:`.
fn full_width_colon(text: &str) -> Option<usize> {
    text.lines().position(|line| {
        let Some((key, _)) = line.split_once('：') else {
            return false;
        };
        let key = key.trim_start_matches([' ', '-']);
        !key.is_empty()
            && !line.contains(':')
            && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
    })
}

/// The marked span: the key or scalar starting at `start`, up to the end of the line.
fn token_end(text: &str, start: usize) -> usize {
    let rest = &text[start..];
    let len = rest
        .find(['\n', ':'])
        .unwrap_or(rest.len())
        .max(rest.chars().next().map_or(0, char::len_utf8));
    start + len
}

fn hints_for(said: &Said, topic: &str) -> Vec<String> {
    let mut hints = Vec::new();
    if said.unclosed_quote() {
        hints.push(t!("yaml-hint-close-quote"));
    }
    if let Some(suggestion) = did_you_mean(said) {
        hints.push(suggestion);
    }
    if said.expects_list() {
        hints.push(t!("yaml-hint-list"));
    }
    if said.mentions_missing_field() {
        hints.push(t!("yaml-hint-add-field", topic = topic));
    }
    if said.lost_structure() {
        hints.push(t!("yaml-hint-indentation-or-quote"));
    }
    if said.unknown_field().is_some() || said.invalid_type() {
        hints.push(t!("yaml-hint-guide", topic = topic));
    }
    hints
}

/// The key `did_you_mean` would suggest, if any.
fn suggestion(said: &Said) -> Option<String> {
    closest_key(said)?.0
}

/// For serde's "unknown field `x`, expected one of `a`, `b`": the closest known
/// key if one is close, and every allowed key.
fn closest_key(said: &Said) -> Option<(Option<String>, Vec<&str>)> {
    let (unknown, expected) = said.unknown_field()?;
    // Edit distance with transpositions as one edit: `hwo` → `how`, `visoin` → `vision`.
    let (distance, best) = expected
        .iter()
        .map(|&known| (strsim::osa_distance(unknown, known), known))
        .min_by_key(|&(d, _)| d)?;
    let close = distance <= (unknown.chars().count() / 3).max(1);
    Some((close.then(|| best.to_owned()), expected))
}

fn did_you_mean(said: &Said) -> Option<String> {
    let (best, expected) = closest_key(said)?;
    Some(match best {
        Some(best) => t!("yaml-hint-did-you-mean", key = best),
        None => t!("yaml-hint-allowed-keys", keys = expected.join(", ")),
    })
}
