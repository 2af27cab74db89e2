//! The message catalogues: every message storydeck can print exists in English
//! and Japanese, with the same variables, and every id the code names exists.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use storydeck::i18n::{Lang, catalogue_files};

/// id → the variables its text uses, over every catalogue file of `lang`.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let variable = regex::Regex::new(r"\$([A-Za-z_][A-Za-z0-9_-]*)").unwrap();
    let mut messages: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, text) in catalogue_files(lang) {
        let mut current: Option<String> = None;
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            if !line.starts_with([' ', '\t']) {
                let (id, _) = line
                    .split_once('=')
                    .unwrap_or_else(|| panic!("{path}: not a message: {line}"));
                let id = id.trim().to_owned();
                assert!(
                    messages.insert(id.clone(), BTreeSet::new()).is_none(),
                    "{path}: `{id}` is defined twice"
                );
                current = Some(id);
            }
            let id = current.as_ref().expect("a message");
            let vars = messages.get_mut(id).unwrap();
            vars.extend(variable.captures_iter(line).map(|c| c[1].to_owned()));
        }
    }
    messages
}

#[test]
fn every_message_exists_in_both_languages_with_the_same_variables() {
    let en = messages(Lang::En);
    let ja = messages(Lang::Ja);
    assert!(en.len() > 3, "the English catalogue is read");
    let only_en: Vec<_> = en.keys().filter(|k| !ja.contains_key(*k)).collect();
    let only_ja: Vec<_> = ja.keys().filter(|k| !en.contains_key(*k)).collect();
    assert!(only_en.is_empty(), "English only: {only_en:?}");
    assert!(only_ja.is_empty(), "Japanese only: {only_ja:?}");
    for (id, vars) in &en {
        assert_eq!(vars, &ja[id], "`{id}` uses other variables in Japanese");
    }
}

/// Every id named by `t!` in src/ (but i18n.rs, which defines it).
fn ids_in_code() -> BTreeSet<String> {
    let call = regex::Regex::new(r#"t!\(\s*"([a-z0-9-]+)""#).unwrap();
    let mut ids = BTreeSet::new();
    let mut stack = vec![Path::new(env!("CARGO_MANIFEST_DIR")).join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n.rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                ids.extend(call.captures_iter(&text).map(|c| c[1].to_owned()));
            }
        }
    }
    ids
}

#[test]
fn every_message_the_code_names_exists() {
    let en = messages(Lang::En);
    let missing: Vec<_> = ids_in_code()
        .into_iter()
        .filter(|id| !en.contains_key(id))
        .collect();
    assert!(
        missing.is_empty(),
        "named in src/ but in no catalogue: {missing:?}"
    );
}

#[test]
fn japanese_is_chosen_by_the_locale_and_english_otherwise() {
    for (locale, lang) in [
        ("ja_JP.UTF-8", Lang::Ja),
        ("ja", Lang::Ja),
        ("ja-JP", Lang::Ja),
        ("C.UTF-8", Lang::En),
        ("en_US.UTF-8", Lang::En),
        ("", Lang::En),
    ] {
        assert_eq!(Lang::from_locale(locale), lang, "{locale}");
    }
}
