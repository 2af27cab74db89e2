//! What storydeck may write over. A build writes PDF, PNG, SVG and .pdfpc
//! files; `-o` names where. Nothing else is ever replaced: not the story
//! (`build s.yaml -o s.yaml`), not a theme's files, not a folder, a device
//! node (`-o /dev/null` as root) or a link, not a file of another kind.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Result};
use crate::t;

/// How storydeck's temporary files are named (`.storydeck-XXXX.tmp`): written
/// beside an output, then renamed over it.
pub const TEMP_PREFIX: &str = ".storydeck-";
pub const TEMP_SUFFIX: &str = ".tmp";

/// Whether `name` is one of storydeck's temporary files.
pub fn is_temp(name: &str) -> bool {
    name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)
}

/// Whether `extension` names a kind of file storydeck writes.
pub fn is_product(extension: &str) -> bool {
    PRODUCTS
        .iter()
        .any(|(ext, _)| ext.eq_ignore_ascii_case(extension))
}

/// The extensions of the files storydeck writes, with how each begins.
const PRODUCTS: [(&str, &[u8]); 5] = [
    ("pdf", b"%PDF"),
    // A .pptx is a zip; storydeck's own says so in its first part, stored
    // uncompressed (one PowerPoint saved says another application).
    ("pptx", crate::pptx::SIGNATURE),
    ("png", b"\x89PNG"),
    ("svg", b"<svg"),
    ("pdfpc", b"{"),
];

/// Refuses `target` unless writing it can only replace a file of storydeck's
/// own kind. `story` is the story being built; `theme_folders` its theme's.
pub fn check_target(target: &Path, story: &Path, theme_folders: &[PathBuf]) -> Result<()> {
    let refuse = |why: String, hint: String| -> Result<()> {
        Err(Diagnostic::error(crate::t!(
            "output-refused",
            file = target.display().to_string(),
            why = why
        ))
        .hint(hint)
        .into())
    };
    let other_name = || crate::t!("output-other-name");
    let Ok(meta) = std::fs::symlink_metadata(target) else {
        // Nothing there yet: a new file replaces nothing.
        return Ok(());
    };
    if meta.file_type().is_symlink() {
        return refuse(crate::t!("output-is-link"), other_name());
    }
    if meta.is_dir() {
        return refuse(crate::t!("output-is-folder"), other_name());
    }
    if !meta.is_file() {
        return refuse(crate::t!("output-is-device"), other_name());
    }
    if same_file(target, story) {
        return refuse(crate::t!("output-is-story"), other_name());
    }
    let extension = target
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let Some((_, magic)) = PRODUCTS.iter().find(|(ext, _)| *ext == extension) else {
        return refuse(crate::t!("output-other-kind"), other_name());
    };
    if !starts_like(target, magic) {
        return refuse(
            crate::t!("output-foreign", extension = extension.as_str()),
            crate::t!("output-foreign-hint"),
        );
    }
    // A theme's own images (its emblem) are .svg and .png files too.
    let in_theme = theme_folders.iter().any(|folder| inside(target, folder));
    if in_theme && matches!(extension.as_str(), "svg" | "png") {
        return refuse(
            crate::t!("output-in-theme"),
            crate::t!("output-in-theme-hint"),
        );
    }
    Ok(())
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

fn inside(path: &Path, folder: &Path) -> bool {
    match (path.canonicalize(), folder.canonicalize()) {
        (Ok(path), Ok(folder)) => path.starts_with(folder),
        _ => false,
    }
}

/// Whether the file's first bytes (of its first 1 KiB, for an SVG's XML
/// prologue, a .pptx's first part) show it is of the kind `magic` begins.
pub fn starts_like(path: &Path, magic: &[u8]) -> bool {
    use std::io::Read;
    let mut head = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| f.take(1024).read_to_end(&mut head));
    if read.is_err() {
        return false;
    }
    if head.is_empty() {
        // An empty file holds nothing to lose.
        return true;
    }
    if magic.starts_with(b"<") {
        return head.windows(magic.len()).any(|w| w == magic);
    }
    head.starts_with(magic)
}

/// Removes temporary files an earlier build left when it was killed mid-write
/// (`.storydeck-*.tmp`, see `write_atomically`) from `dir`, once they are old
/// enough that no build still running can own them.
pub fn clean_stale_temps(dir: &Path) {
    const STALE: std::time::Duration = std::time::Duration::from_secs(15 * 60);
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !is_temp(&name) {
            continue;
        }
        let old = entry
            .metadata()
            .ok()
            .filter(|m| m.is_file())
            .and_then(|m| m.modified().ok())
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > STALE);
        if old {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// After a set of page images is written for `output` (`deck.png` →
/// `deck-01.png` …, or a `{p}` placeholder), removes the pages of an earlier,
/// longer set that the new one lacks: a shorter deck must not leave a stale
/// `deck-10.png` beside it. Only files named by the deck's own pattern (its
/// prefix, two or more digits, its suffix) and of the format's kind go.
pub fn remove_stale_pages(output: &Path, extension: &str, kept: &[&Path]) {
    let Some(name) = output.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return;
    };
    let (prefix, suffix) = match name.split_once("{p}") {
        Some((before, after)) => (before.to_owned(), after.to_owned()),
        None => {
            let stem = output
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let suffix = output
                .extension()
                .map(|e| format!(".{}", e.to_string_lossy()))
                .unwrap_or_default();
            (format!("{stem}-"), suffix)
        }
    };
    let Some((_, magic)) = PRODUCTS.iter().find(|(ext, _)| *ext == extension) else {
        return;
    };
    let dir = match output.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    };
    let Ok(entries) = std::fs::read_dir(&dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        let Some(number) = file
            .strip_prefix(prefix.as_str())
            .and_then(|rest| rest.strip_suffix(suffix.as_str()))
        else {
            continue;
        };
        let path = entry.path();
        let page = number.len() >= 2 && number.bytes().all(|b| b.is_ascii_digit());
        let is_file = entry.file_type().is_ok_and(|t| t.is_file());
        if page && is_file && !kept.iter().any(|k| same_file(k, &path)) && starts_like(&path, magic)
        {
            let _ = std::fs::remove_file(&path);
        }
    }
}

/// Writes a deck's files (a PDF and its notes, or a set of page images): all
/// of them to temporary files first, then each renamed into place. A failure
/// while writing (a full disk at page 4) leaves every earlier file as it was,
/// never a set of new pages 1–3 and old pages 4–8.
pub fn write_set(files: &[(PathBuf, Vec<u8>)]) -> Result<()> {
    let mut staged = Vec::with_capacity(files.len());
    for (path, bytes) in files {
        // On an error the temporaries staged so far are removed as they drop.
        staged.push((path, stage(path, bytes)?));
    }
    for (path, temp) in staged {
        persist(temp, path)?;
    }
    Ok(())
}

/// Writes beside the target, then renames: a failed or killed build never leaves
/// a half-written PDF, and the previous one survives until the new one is whole.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    persist(stage(path, bytes)?, path)
}

/// A staged file renamed over `path`.
fn persist(temp: tempfile::NamedTempFile, path: &Path) -> Result<()> {
    temp.persist(path).map_err(|e| {
        Diagnostic::error(t!(
            "output-cannot-replace",
            file = path.display().to_string(),
            detail = e.error.to_string()
        ))
        .hint(t!("output-writable-hint"))
    })?;
    Ok(())
}

/// `bytes` in a temporary file beside `path`, whole and synced, to be renamed
/// over it.
fn stage(path: &Path, bytes: &[u8]) -> Result<tempfile::NamedTempFile> {
    let fail = |what: &str, err: std::io::Error| {
        Diagnostic::error(t!(
            "output-cannot-write",
            file = path.display().to_string(),
            detail = format!("{what}: {err}")
        ))
        .hint(t!("output-writable-hint"))
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    // `-o out/x.pdf` on a fresh checkout: make `out/` rather than fail.
    std::fs::create_dir_all(dir).map_err(|e| fail("create the folder for", e))?;
    clean_stale_temps(dir);
    let mut temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(TEMP_SUFFIX)
        .permissions(output_permissions(path))
        .tempfile_in(dir)
        .map_err(|e| fail("write", e))?;
    temp.write_all(bytes).map_err(|e| fail("write", e))?;
    temp.as_file().sync_all().map_err(|e| fail("write", e))?;
    Ok(temp)
}

/// A temporary file is private (0600), but the PDF it becomes is a document to
/// share: it keeps the permissions of the file it replaces, or gets the usual
/// 0666 less the umask.
fn output_permissions(path: &Path) -> std::fs::Permissions {
    if let Ok(meta) = std::fs::metadata(path) {
        return meta.permissions();
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::Permissions::from_mode(0o666)
    }
    #[cfg(not(unix))]
    {
        let mut permissions = std::fs::metadata(".")
            .map(|m| m.permissions())
            .expect("the working folder exists");
        permissions.set_readonly(false);
        permissions
    }
}
