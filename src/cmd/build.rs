//! `build`: one story, or a batch of them built in parallel.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressStyle};

use storydeck::diag::{Diagnostics, Result, printable};
use storydeck::project::default_output;
use storydeck::t;
use storydeck::{
    BuildOptions, Built, Deck, Diagnostic, ExportOptions, Format, LoadOptions, PdfStandard,
    Project, Session,
};

use crate::args::{BuildArgs, NotesFormat, RenderArgs};
use crate::cmd::stories;

/// Worker threads get a large stack: Typst's layout and PDF export recurse
/// deeply, beyond a spawned thread's 2 MiB default (the main thread has 8 MiB).
const WORKER_STACK: usize = 16 << 20;

pub fn build(args: BuildArgs) -> Result<()> {
    check_format(&args.render)?;
    let stories = stories::expand(&args.stories)?;
    let timestamp = storydeck::export::source_date_epoch()?;
    if let [story] = stories.as_slice() {
        let session = Session::new();
        return build_story(&session, story, &args.render, timestamp, None, &report).map(|_| ());
    }
    batch(&stories, &args, timestamp)
}

/// `--pdf-standard` with PNG or SVG output would be silently ignored: refuse it.
/// So would `-o x.pdf` with several decks (it would become a folder named
/// x.pdf), and `--notes` with only the sheets deck (it has no notes): refuse
/// the first, say the second.
pub fn check_format(render: &RenderArgs) -> Result<()> {
    let decks = render.deck.decks();
    if let Some(out) = &render.output
        && decks.len() > 1
        && !out.is_dir()
        && out
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(storydeck::output::is_product)
    {
        return Err(Diagnostic::error(t!(
            "build-output-is-a-file",
            output = out.display().to_string(),
            decks = decks.len()
        ))
        .hint(t!("build-output-is-a-file-hint"))
        .into());
    }
    if render.notes.is_some() && !decks.iter().any(|d| d.is_slides()) {
        Diagnostic::warning(t!("build-notes-without-slides"))
            .hint(t!("build-notes-without-slides-hint"))
            .emit();
    }
    if decks.contains(&Deck::Paper) && render.format.contains(&Format::Pptx) {
        Diagnostic::warning(t!("build-paper-not-pptx"))
            .hint(t!("build-paper-not-pptx-hint"))
            .emit();
    }
    if let Some(other) = render.format.iter().find(|f| **f != Format::Pdf)
        && !render.pdf_standards.is_empty()
        && !render.format.contains(&Format::Pdf)
    {
        return Err(
            Diagnostic::error(t!("build-standard-not-pdf", format = other.extension()))
                .hint(t!("build-standard-not-pdf-hint"))
                .into(),
        );
    }
    Ok(())
}

/// The options for one deck of `story`. `dir` is the batch's output folder, if
/// any; `-o` names a file only when one deck of one story is built.
pub fn deck_options(
    render: &RenderArgs,
    story: &Path,
    deck: Deck,
    timestamp: Option<typst::foundations::Datetime>,
    dir: Option<&Path>,
) -> BuildOptions {
    let several_decks = render.deck.decks().len() > 1;
    let output = match (dir, &render.output) {
        (Some(dir), _) => Some(dir.join(file_name(story, deck, render))),
        // `-o out/` names a folder whenever it is one.
        (None, Some(out)) if several_decks || out.is_dir() => {
            Some(out.join(file_name(story, deck, render)))
        }
        // `-o x.pptx --deck paper`: the paper is a PDF, named as one.
        (None, Some(out))
            if deck == Deck::Paper && out.extension().is_some_and(|e| e == "pptx") =>
        {
            Some(out.with_extension("pdf"))
        }
        (None, out) => out.clone(),
    };
    BuildOptions {
        deck,
        output,
        pdfpc: render.notes == Some(NotesFormat::Pdfpc) && deck.is_slides(),
        deny_warnings: render.deny_warnings,
        timeout: Some(std::time::Duration::from_secs(render.timeout)),
        export: ExportOptions {
            formats: formats_for(deck, &render.format),
            ppi: render.ppi,
            standards: standards_for(deck, &render.pdf_standards),
            timestamp,
        },
    }
}

/// What every deck of a story is built with.
pub fn load_options(render: &RenderArgs) -> LoadOptions {
    LoadOptions {
        theme: render.theme.clone(),
        font_paths: render.font_paths.clone(),
    }
}

/// The paper is filed and archived, so it is always PDF/A-2b (with whatever
/// else was asked for); the other decks are what `--pdf-standard` says.
fn standards_for(deck: Deck, asked: &[PdfStandard]) -> Vec<PdfStandard> {
    let mut standards = asked.to_vec();
    if deck == Deck::Paper && !standards.contains(&PdfStandard::A2b) {
        standards.insert(0, PdfStandard::A2b);
    }
    standards
}

/// The formats asked for, each once, in the order given; the paper (a filed
/// document with landscape pages among portrait ones) is never a .pptx.
fn formats_for(deck: Deck, formats: &[Format]) -> Vec<Format> {
    let mut out = dedup(formats);
    if deck == Deck::Paper {
        out.retain(|f| *f != Format::Pptx);
        if out.is_empty() {
            out.push(Format::Pdf);
        }
    }
    out
}

/// The formats asked for, each once, in the order given.
fn dedup(formats: &[Format]) -> Vec<Format> {
    let mut out: Vec<Format> = Vec::new();
    for f in formats {
        if !out.contains(f) {
            out.push(*f);
        }
    }
    if out.is_empty() {
        out.push(Format::Pdf);
    }
    out
}

fn file_name(story: &Path, deck: Deck, render: &RenderArgs) -> PathBuf {
    let first = formats_for(deck, &render.format)
        .first()
        .copied()
        .unwrap_or_default();
    let path = default_output(story, deck, first);
    PathBuf::from(path.file_name().expect("a default output has a file name"))
}

/// Builds every deck asked for of one story, handing each result to `done`.
/// The story and its theme are loaded once for all of them. Stops at the first
/// deck that fails: its error is the story's.
pub fn build_story(
    session: &Session,
    story: &Path,
    render: &RenderArgs,
    timestamp: Option<typst::foundations::Datetime>,
    dir: Option<&Path>,
    done: &dyn Fn(&Built, Deck),
) -> Result<usize> {
    let project = Project::open(session, story, &load_options(render))?;
    content_warnings(&project, render)?;
    let decks = render.deck.decks();
    for &deck in &decks {
        let options = deck_options(render, story, deck, timestamp, dir);
        let built = project.build(&options);
        // Each deck's layout is of no use to the next deck, or the next story.
        session.trim_caches();
        let built = built?;
        done(&built, deck);
    }
    Ok(decks.len())
}

/// What `check` says of the story itself (an empty sheet, a placeholder left,
/// a number typed full-width), said by `build` too; with --deny-warnings they
/// stop the build before anything is written.
fn content_warnings(project: &Project, render: &RenderArgs) -> Result<()> {
    let found = project.content_warnings();
    for warning in &found {
        warning.emit();
    }
    if render.deny_warnings && !found.is_empty() {
        return Err(Diagnostic::error(t!("check-warnings-denied", count = found.len())).into());
    }
    Ok(())
}

/// Prints a built deck's warnings and the files written.
pub fn report(built: &Built, deck: Deck) {
    for warning in &built.warnings {
        warning.emit();
    }
    println!("{}", printable(&describe(built, deck)));
}

fn describe(built: &Built, deck: Deck) -> String {
    let files = match built.outputs.as_slice() {
        [one] => one.display().to_string(),
        [first, .., last] => format!("{} … {}", first.display(), last.display()),
        [] => String::new(),
    };
    let mut line = t!(
        "build-wrote",
        files = files,
        deck = deck.to_string(),
        theme = built.theme.as_str(),
        pages = built.pages
    );
    if let Some(notes) = &built.notes {
        line += &format!(
            "\n{}",
            t!("build-wrote-notes", file = notes.display().to_string())
        );
    }
    line
}

/// Many stories on `-j` worker threads, with a progress bar. A failed story is
/// recorded and the others go on; the summary lists every failure with its
/// diagnostics, and the exit status is 1 if there was any.
///
/// Plain threads, each building one story after another, rather than a rayon
/// parallel iterator: Typst parallelises inside a build with rayon, and a
/// worker waiting on that would steal and start another story on the same
/// stack, holding both in memory (and so on, deeper with every story).
fn batch(
    stories: &[PathBuf],
    args: &BuildArgs,
    timestamp: Option<typst::foundations::Datetime>,
) -> Result<()> {
    let jobs = args
        .jobs
        .map(usize::from)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let session = &Session::for_batch();
    let dirs = output_dirs(stories, args.render.output.as_deref());
    let bar = ProgressBar::new(stories.len() as u64).with_style(
        ProgressStyle::with_template(&t!("build-progress")).expect("a valid progress template"),
    );
    let failures: Mutex<Vec<(usize, Diagnostics)>> = Mutex::new(Vec::new());
    let decks = Mutex::new(0usize);
    let started = Instant::now();
    let next = AtomicUsize::new(0);
    let worker = || {
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(story) = stories.get(i) else { break };
            bar.set_message(story.display().to_string());
            let done = |built: &Built, deck| bar.suspend(|| report(built, deck));
            let dir = dirs.as_ref().map(|d| d[i].as_path());
            match build_story(session, story, &args.render, timestamp, dir, &done) {
                Ok(count) => *decks.lock().expect("count lock") += count,
                Err(e) => failures.lock().expect("failure lock").push((i, e)),
            }
            bar.inc(1);
        }
    };
    std::thread::scope(|scope| {
        for _ in 0..jobs.min(stories.len()) {
            std::thread::Builder::new()
                .stack_size(WORKER_STACK)
                .spawn_scoped(scope, worker)
                .expect("a worker thread starts");
        }
    });
    bar.finish_and_clear();
    let mut failures = failures.into_inner().expect("failure lock");
    failures.sort_by_key(|(i, _)| *i);
    let decks = decks.into_inner().expect("count lock");
    let seconds = started.elapsed().as_secs_f64();
    let ok = stories.len() - failures.len();
    eprintln!(
        "{}",
        t!(
            "build-batch-summary",
            decks = decks,
            ok = ok,
            stories = stories.len(),
            seconds = format!("{seconds:.1}"),
            jobs = jobs
        )
    );
    if failures.is_empty() {
        return Ok(());
    }
    eprintln!("{}", t!("build-batch-failed", count = failures.len()));
    for (i, diagnostics) in &failures {
        let first = diagnostics
            .0
            .first()
            .map(|d| d.message.as_str())
            .unwrap_or_default();
        eprintln!(
            "  {}: {}",
            printable(&stories[*i].display().to_string()),
            printable(first)
        );
    }
    eprintln!();
    // The full diagnostics, file:line:col and hints, one story after another.
    let mut all = Vec::new();
    for (_, diagnostics) in failures {
        all.extend(diagnostics.0);
    }
    Err(Diagnostics(all))
}

/// With `-o DIR` and several stories, each story's files go to DIR mirrored
/// from the stories' common folder: decks/a/story.yaml → DIR/a/story-sheets.pdf,
/// so stories that share a file name (story.yaml) never overwrite each other.
fn output_dirs(stories: &[PathBuf], out: Option<&Path>) -> Option<Vec<PathBuf>> {
    let out = out?;
    let parents: Vec<PathBuf> = stories
        .iter()
        .map(|s| {
            let dir = storydeck::story::story_dir(s);
            std::path::absolute(&dir).unwrap_or(dir)
        })
        .collect();
    let common = parents
        .iter()
        .skip(1)
        .fold(parents[0].clone(), |common, p| common_prefix(&common, p));
    Some(
        parents
            .iter()
            .map(|p| out.join(p.strip_prefix(&common).unwrap_or(p)))
            .collect(),
    )
}

fn common_prefix(a: &Path, b: &Path) -> PathBuf {
    a.components()
        .zip(b.components())
        .take_while(|(x, y)| x == y)
        .map(|(x, _)| x)
        .collect()
}
