//! `storydeck theme new`: a theme of one's own. By default a theme.yaml that
//! extends its parent and shows, commented, every key it may change — a theme
//! writes only what it changes; `--copy-layouts` also copies the parent's files
//! (the Typst layouts) for those who want to change them.

use std::path::{Path, PathBuf};

use storydeck::diag::{Diagnostic, Result};
use storydeck::output::write_atomically;
use storydeck::t;
use storydeck::theme::{Theme, builtin, copy_theme};

use crate::args::ThemeNewArgs;

pub fn theme_new(args: ThemeNewArgs) -> Result<()> {
    let occupied = std::fs::read_dir(&args.dir).is_ok_and(|mut entries| entries.next().is_some());
    if occupied {
        return Err(Diagnostic::error(t!(
            "theme-new-not-empty",
            dir = args.dir.display().to_string()
        ))
        .hint(t!("theme-new-not-empty-hint"))
        .into());
    }
    // The parent must exist and load before anything is written.
    let parent = Theme::resolve(&args.from, None)?;
    let dir = args.dir.display().to_string();
    if args.copy_layouts {
        let written = copy_theme(&args.from, &args.dir)?;
        println!(
            "{}",
            t!(
                "theme-new-copied",
                dir = dir.as_str(),
                from = args.from.as_str(),
                count = written
            )
        );
    } else {
        let yaml = theme_yaml(&args.dir, &args.from, &parent);
        std::fs::create_dir_all(&args.dir).map_err(|e| {
            Diagnostic::error(t!(
                "theme-new-cannot-write",
                dir = dir.as_str(),
                detail = e.to_string()
            ))
        })?;
        write_atomically(&args.dir.join("theme.yaml"), yaml.as_bytes())?;
        Theme::resolve(&dir, None)?;
        println!(
            "{}",
            t!(
                "theme-new-created",
                dir = dir.as_str(),
                from = args.from.as_str()
            )
        );
    }
    println!("{}", t!("theme-new-next", dir = dir.as_str()));
    Ok(())
}

/// `extends:` the parent, `name:` the folder's, then every key a theme may set,
/// commented: the parent's own theme.yaml (if it is not `default`), then the
/// built-in default's, which says everything.
fn theme_yaml(dir: &Path, from: &str, parent: &Theme) -> String {
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut out = format!(
        "{}\nextends: {}\nname: {}\n",
        comment(&t!("theme-new-yaml-head", from = from)),
        quoted(&extends_value(dir, from)),
        quoted(&name)
    );
    // A chain of one layer is `default` itself, whose keys follow anyway.
    let own = (parent.layers().len() > 1)
        .then(|| parent.file("theme.yaml"))
        .flatten();
    if let Some(own) = own {
        out += &format!(
            "\n{}\n{}",
            comment(&t!("theme-new-yaml-parent", from = from)),
            comment(&String::from_utf8_lossy(own.as_slice()))
        );
    }
    let default = builtin::get(builtin::DEFAULT)
        .and_then(|d| builtin::file(d, "theme.yaml"))
        .map(|b| String::from_utf8_lossy(b).into_owned())
        .unwrap_or_default();
    // Its opening comment is about the default itself: the keys start after it.
    let keys: String = default
        .lines()
        .skip_while(|l| l.starts_with('#'))
        .filter(|l| !l.starts_with("name:") && !l.starts_with("description:"))
        .map(|l| format!("{l}\n"))
        .collect();
    out += &format!(
        "\n{}\n{}",
        comment(&t!("theme-new-yaml-keys")),
        comment(&keys)
    );
    out
}

/// How the new theme names its parent: a built-in's name, a sibling folder's
/// name, else the parent folder's full path.
fn extends_value(dir: &Path, from: &str) -> String {
    let from_path = PathBuf::from(from);
    if !from_path.exists() && builtin::get(from).is_some() {
        return from.to_owned();
    }
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let from_abs = absolute(&from_path);
    let dir_abs = absolute(dir);
    if from_abs.parent() == dir_abs.parent()
        && let Some(name) = from_abs.file_name()
    {
        return name.to_string_lossy().into_owned();
    }
    from_abs.display().to_string()
}

/// Every line as a YAML comment (`# `), blank lines kept blank.
fn comment(text: &str) -> String {
    text.lines()
        .map(|l| {
            if l.trim().is_empty() {
                "#\n".to_owned()
            } else if l.starts_with('#') {
                format!("#{l}\n")
            } else {
                format!("# {l}\n")
            }
        })
        .collect::<String>()
        .trim_end()
        .to_owned()
}

/// A YAML scalar written safely: a plain name as it is, anything else (a path
/// with spaces or `:`, a name YAML would read as a number) quoted and escaped.
fn quoted(text: &str) -> String {
    let plain = text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '/' | '.'))
        && text.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/');
    if plain
        && !matches!(
            text,
            "true" | "false" | "null" | "yes" | "no" | "on" | "off"
        )
    {
        text.to_owned()
    } else {
        serde_json::to_string(text).expect("a string serialises")
    }
}
