//! The guide that travels with the binary: both languages have the same
//! topics, and every `storydeck guide <topic>` a message or a guide names exists.

use std::collections::BTreeSet;

use storydeck::guide::topics;
use storydeck::i18n::{Lang, catalogue_files};

fn names(lang: Lang) -> Vec<String> {
    topics(lang).into_iter().map(|t| t.name).collect()
}

#[test]
fn both_languages_have_the_same_topics_in_the_same_order() {
    let en = names(Lang::En);
    assert!(en.len() > 20, "{en:?}");
    assert_eq!(en, names(Lang::Ja));
    let unique: BTreeSet<_> = en.iter().collect();
    assert_eq!(unique.len(), en.len(), "a topic is named twice: {en:?}");
    for lang in Lang::ALL {
        for topic in topics(lang) {
            assert!(
                topic.text.trim().lines().count() > 1,
                "{lang:?} `{}` is empty",
                topic.name
            );
        }
    }
}

#[test]
fn every_guide_topic_named_anywhere_exists() {
    let named = regex::Regex::new(r"storydeck guide ([a-z][a-z0-9_.-]*[a-z0-9_])").unwrap();
    let known: BTreeSet<String> = names(Lang::En).into_iter().collect();
    let mut texts: Vec<(String, String)> = Vec::new();
    for lang in Lang::ALL {
        for (path, text) in catalogue_files(lang) {
            texts.push((format!("locales/{}", path), text.to_owned()));
        }
        for topic in topics(lang) {
            texts.push((format!("guide {:?} {}", lang, topic.name), topic.text));
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for file in ["README.md", "README.ja.md", "src/init_story.yaml"] {
        texts.push((
            file.to_owned(),
            std::fs::read_to_string(root.join(file)).unwrap(),
        ));
    }
    let mut unknown = Vec::new();
    for (place, text) in &texts {
        for found in named.captures_iter(text) {
            let topic = &found[1];
            let known_as_sheet = known.contains(&format!("sheets.{topic}"));
            if !known.contains(topic) && !known_as_sheet {
                unknown.push(format!("{place}: {topic}"));
            }
        }
    }
    assert!(unknown.is_empty(), "no such guide topic: {unknown:#?}");
}
