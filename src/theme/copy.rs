//! `storydeck theme new`: copy a theme's own files out to customise them.

use std::path::Path;

use super::{Layer, Source, Theme, builtin, locate, not_found};
use crate::diag::{Diagnostic, Result};

/// Copies the files of theme `from` (its own layer: what it inherits stays
/// inherited) into `dir`, names the copy after the folder, and checks it loads.
/// The built-in fonts are not copied: every theme has them anyway.
pub fn copy_theme(from: &str, dir: &Path) -> Result<usize> {
    let layer = locate(from, &[]).ok_or_else(|| not_found(from, &[]))?;
    let files = own_files(&layer, false)?;
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let fail = |err: std::io::Error| {
        Diagnostic::error(crate::t!(
            "theme-new-cannot-write",
            dir = dir.display().to_string(),
            detail = err.to_string()
        ))
    };
    for (relative, bytes) in &files {
        let target = dir.join(relative);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(fail)?;
        }
        let bytes = if relative == "theme.yaml" {
            rename(bytes, &name)
        } else {
            bytes.clone()
        };
        std::fs::write(&target, bytes).map_err(fail)?;
    }
    Theme::resolve(&dir.display().to_string(), None)?;
    Ok(files.len())
}

/// Every file of the theme as a build sees it: each path from the most specific
/// layer that has it, the fonts of all layers under `fonts/` (`storydeck emit`).
pub fn merged_files(theme: &Theme) -> Result<Vec<(String, Vec<u8>)>> {
    let mut merged = std::collections::BTreeMap::new();
    for layer in theme.layers().iter().rev() {
        merged.extend(own_files(layer, true)?);
    }
    Ok(merged.into_iter().collect())
}

/// A layer's own files; the built-in fonts only with `default_fonts`.
fn own_files(layer: &Layer, default_fonts: bool) -> Result<Vec<(String, Vec<u8>)>> {
    match &layer.source {
        Source::Builtin(dir) => Ok(builtin::files(dir)
            .into_iter()
            .filter(|(path, _)| {
                default_fonts || !(layer.is_default() && path.starts_with("fonts/"))
            })
            .map(|(path, bytes)| (path, bytes.to_vec()))
            .collect()),
        Source::Folder(root) => {
            let mut out = Vec::new();
            walk(root, root, &mut out).map_err(|err| {
                Diagnostic::error(crate::t!(
                    "theme-cannot-read",
                    dir = root.display().to_string(),
                    detail = err.to_string()
                ))
            })?;
            out.sort();
            Ok(out)
        }
    }
}

/// Regular files only: a symlink in a theme folder is not followed out of it.
fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        let path = entry.path();
        if kind.is_dir() {
            walk(root, &path, out)?;
        } else if kind.is_file()
            && let Ok(relative) = path.strip_prefix(root)
        {
            out.push((
                relative.to_string_lossy().replace('\\', "/"),
                std::fs::read(&path)?,
            ));
        }
    }
    Ok(())
}

/// Sets the `name:` line of a theme.yaml, keeping everything else as written.
fn rename(yaml: &[u8], name: &str) -> Vec<u8> {
    let text = String::from_utf8_lossy(yaml);
    let mut renamed = false;
    let lines: Vec<String> = text
        .lines()
        .map(|line| {
            if !renamed && line.starts_with("name:") {
                renamed = true;
                format!("name: {name}")
            } else {
                line.to_owned()
            }
        })
        .collect();
    let mut out = lines.join("\n");
    if !renamed {
        out = format!("name: {name}\n{out}");
    }
    out.push('\n');
    out.into_bytes()
}
