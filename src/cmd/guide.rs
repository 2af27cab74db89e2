//! `storydeck guide [topic]`: the guide in the user's language, on stdout.

use storydeck::diag::{Diagnostic, Result};
use storydeck::guide::{topic, topics};
use storydeck::{i18n, t};

use crate::args::GuideArgs;

pub fn guide(args: GuideArgs) -> Result<()> {
    let lang = i18n::lang();
    let Some(name) = args.topic else {
        print!("{}", index(lang));
        return Ok(());
    };
    // `sheets.vision`, `vision` and `Vision` all find the vision sheet.
    let wanted = name.trim().to_lowercase();
    let found = topic(lang, &wanted).or_else(|| topic(lang, &format!("sheets.{wanted}")));
    match found {
        Some(topic) => {
            print!("{}", topic.text);
            Ok(())
        }
        None => {
            let names: Vec<String> = topics(lang).into_iter().map(|t| t.name).collect();
            let mut error = Diagnostic::error(t!("guide-no-topic", topic = name.as_str()));
            if let Some(near) = names
                .iter()
                .max_by(|a, b| {
                    strsim::jaro_winkler(a, &wanted).total_cmp(&strsim::jaro_winkler(b, &wanted))
                })
                .filter(|near| strsim::jaro_winkler(near, &wanted) > 0.8)
            {
                error = error.hint(t!("guide-did-you-mean", topic = near.as_str()));
            }
            Err(error.hint(t!("guide-list-hint")).into())
        }
    }
}

/// Every topic, indented by its level, with its title.
fn index(lang: i18n::Lang) -> String {
    let all = topics(lang);
    let width = all
        .iter()
        .map(|t| t.name.len() + 2 * t.level)
        .max()
        .unwrap_or(0);
    let mut out = format!("{}\n\n", t!("guide-index-heading"));
    for topic in &all {
        let name = format!("{}{}", "  ".repeat(topic.level - 1), topic.name);
        out.push_str(&format!(
            "  {name:<width$}  {}\n",
            topic.title.replace('`', "")
        ));
    }
    out.push_str(&format!("\n{}\n", t!("guide-index-footer")));
    out
}
