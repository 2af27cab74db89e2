//! `watch`: rebuild on every save, in one process that keeps the fonts and
//! Typst's memoised layout, so a rebuild redoes only what the edit touched.

use std::collections::{BTreeSet, HashSet};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use storydeck::diag::{Diagnostic, Diagnostics, Result};
use storydeck::t;
use storydeck::{Project, Session};

use crate::args::WatchArgs;
use crate::cmd::build::{check_format, deck_options, load_options, report};

/// Editors save in bursts (write a temp file, rename, touch): events this close
/// together are one save.
const DEBOUNCE: Duration = Duration::from_millis(30);

pub fn watch(mut args: WatchArgs) -> Result<()> {
    args.story = crate::cmd::stories::single(&args.story)?;
    check_format(&args.render)?;
    let timestamp = storydeck::export::source_date_epoch()?;
    let session = &Session::new();
    let (tx, rx) = mpsc::channel::<notify::Result<Event>>();
    let mut watcher = notify::recommended_watcher(tx)
        .map_err(|e| Diagnostic::error(t!("watch-cannot", detail = e.to_string())))?;
    let mut watched: BTreeSet<PathBuf> = BTreeSet::new();
    let mut outputs: HashSet<PathBuf> = HashSet::new();

    let rebuild = |outputs: &mut HashSet<PathBuf>| -> Vec<PathBuf> {
        let mut folders = vec![storydeck::story::story_dir(&args.story)];
        // A mistake in the story or theme fails every deck the same way: say it once.
        let mut shown: Option<Vec<String>> = None;
        let mut failed = |diagnostics: &Diagnostics, deck: storydeck::Deck| {
            let messages: Vec<String> = diagnostics.0.iter().map(|d| d.message.clone()).collect();
            if shown.as_ref() != Some(&messages) {
                for d in &diagnostics.0 {
                    d.emit();
                }
                shown = Some(messages);
            }
            println!("{}", t!("watch-failed", deck = deck.to_string()));
        };
        // The story and theme are read once a save, for every deck (the first
        // deck's time includes reading them).
        let mut started = Instant::now();
        let project = Project::open(session, &args.story, &load_options(&args.render));
        for deck in args.render.deck.decks() {
            let project = match &project {
                Ok(project) => project,
                Err(diagnostics) => {
                    failed(diagnostics, deck);
                    continue;
                }
            };
            let options = deck_options(&args.render, &args.story, deck, timestamp, None);
            let built = project.build(&options);
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            started = Instant::now();
            match built {
                Ok(built) => {
                    report(&built, deck);
                    println!(
                        "{}",
                        t!(
                            "watch-built",
                            deck = deck.to_string(),
                            ms = format!("{ms:.1}")
                        )
                    );
                    outputs.extend(built.outputs.iter().map(|p| absolute(p)));
                    outputs.extend(built.notes.iter().map(|p| absolute(p)));
                    folders.extend(built.theme_folders);
                }
                Err(diagnostics) => failed(&diagnostics, deck),
            }
        }
        if shown.is_some() {
            println!("{}", t!("watch-waiting"));
        }
        session.trim_caches();
        folders
    };

    let folders = rebuild(&mut outputs);
    watch_new(&mut watcher, &mut watched, folders)?;
    println!(
        "{}",
        t!("watch-watching", story = args.story.display().to_string())
    );
    while let Ok(event) = rx.recv() {
        if !is_edit(&event, &outputs) {
            continue;
        }
        // The rest of the same save.
        while rx.recv_timeout(DEBOUNCE).is_ok() {}
        let folders = rebuild(&mut outputs);
        watch_new(&mut watcher, &mut watched, folders)?;
    }
    Ok(())
}

/// A change to a file someone edited: not a read (the build's own reads would
/// trigger the next build), not a file storydeck itself wrote.
fn is_edit(event: &notify::Result<Event>, outputs: &HashSet<PathBuf>) -> bool {
    let Ok(event) = event else { return false };
    let changes = matches!(
        event.kind,
        EventKind::Create(_) | EventKind::Modify(_) | EventKind::Remove(_) | EventKind::Any
    );
    changes && event.paths.iter().any(|p| !is_own_output(p, outputs))
}

/// Starts watching folders not watched yet (a story may switch to another theme).
fn watch_new(
    watcher: &mut RecommendedWatcher,
    watched: &mut BTreeSet<PathBuf>,
    folders: Vec<PathBuf>,
) -> Result<()> {
    for folder in folders {
        let folder = absolute(&folder);
        if watched.contains(&folder) {
            continue;
        }
        watcher
            .watch(&folder, RecursiveMode::Recursive)
            .map_err(|e| {
                Diagnostic::error(t!(
                    "watch-cannot-folder",
                    dir = folder.display().to_string(),
                    detail = e.to_string()
                ))
            })?;
        watched.insert(folder);
    }
    Ok(())
}

/// The files storydeck itself writes (and their temporary files) are not edits.
fn is_own_output(path: &Path, outputs: &HashSet<PathBuf>) -> bool {
    let temp = path
        .file_name()
        .is_some_and(|n| storydeck::output::is_temp(&n.to_string_lossy()));
    temp || outputs.contains(&absolute(path))
}

fn absolute(path: &Path) -> PathBuf {
    path.canonicalize()
        .or_else(|_| std::path::absolute(path))
        .unwrap_or_else(|_| path.to_owned())
}
