//! The guide that travels with the binary (`storydeck guide [topic]`): the story
//! format and the theme guide, `docs/*.md` in English and `docs/ja/*.md` in
//! Japanese, compiled in. A topic is a section marked `<!-- topic: NAME -->`
//! before its heading; both languages mark the same topics.

use include_dir::{Dir, include_dir};

use crate::i18n::Lang;

static DOCS: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/docs");

/// The guides, in the order `storydeck guide` lists them.
const GUIDES: [&str; 2] = ["story.md", "themes.md"];

const MARKER: &str = "<!-- topic:";

/// One section of a guide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Topic {
    pub name: String,
    /// The heading's text, without its `#`s.
    pub title: String,
    /// 1 for a guide's title, 2 for its sections, 3 for their parts.
    pub level: usize,
    /// The section's Markdown: its heading, its text and its parts.
    pub text: String,
}

fn guide_text(lang: Lang, file: &str) -> &'static str {
    let path = match lang {
        Lang::En => file.to_owned(),
        Lang::Ja => format!("ja/{file}"),
    };
    DOCS.get_file(&path)
        .and_then(|f| f.contents_utf8())
        .unwrap_or_default()
}

/// Every topic of every guide in `lang`, in order.
pub fn topics(lang: Lang) -> Vec<Topic> {
    GUIDES
        .iter()
        .flat_map(|file| topics_of(guide_text(lang, file)))
        .collect()
}

fn topics_of(text: &str) -> Vec<Topic> {
    let lines: Vec<&str> = text.lines().collect();
    // (line of the marker, name, level, title)
    let mut starts = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(rest) = line.trim().strip_prefix(MARKER) else {
            continue;
        };
        let name = rest.trim_end_matches("-->").trim().to_owned();
        let Some(heading) = lines[i + 1..].iter().find(|l| l.starts_with('#')) else {
            continue;
        };
        let level = heading.chars().take_while(|c| *c == '#').count();
        let title = heading[level..].trim().to_owned();
        starts.push((i, name, level, title));
    }
    starts
        .iter()
        .enumerate()
        .map(|(k, (line, name, level, title))| {
            let end = starts[k + 1..]
                .iter()
                .find(|(_, _, l, _)| l <= level)
                .map_or(lines.len(), |(next, _, _, _)| *next);
            let text = lines[*line..end]
                .iter()
                .filter(|l| !l.trim().starts_with(MARKER))
                .map(|l| format!("{l}\n"))
                .collect::<String>()
                .trim_end()
                .to_owned();
            Topic {
                name: name.clone(),
                title: title.clone(),
                level: *level,
                text: format!("{text}\n"),
            }
        })
        .collect()
}

/// The topic `name` in `lang`.
pub fn topic(lang: Lang, name: &str) -> Option<Topic> {
    topics(lang).into_iter().find(|t| t.name == name)
}
