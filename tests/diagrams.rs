//! Reference images of every diagram (issue 5): each is rendered to PNG from
//! fixture data (tests/fixtures/diagrams) and compared with the committed image in
//! tests/ref/diagrams within a tolerance, at one item, a typical story and many.
//!
//! After a deliberate change to a diagram, look at the new images and refresh:
//!
//! ```sh
//! STORYDECK_UPDATE_REFS=1 cargo test --release -- diagrams::
//! ```
//!
//! On a mismatch the test writes the observed image beside the expected one in
//! target/diagram-diffs/ so the two can be compared by eye.

use std::path::PathBuf;

use crate::support::{compile_deck, repo};
use storydeck::Deck;

/// Low resolution keeps the references small; structure is what they pin.
const PPI: f32 = 36.0;
/// A pixel differs when a channel moves by more than this…
const CHANNEL_TOLERANCE: u8 = 48;
/// …and an image matches when at most this share of its pixels differ.
const MAX_DIFFERING: f64 = 0.003;

/// (reference name, fixture, deck, 0-based page)
const CASES: &[(&str, &str, Deck, usize)] = &[
    ("force-field-one", "force-one.yaml", Deck::Sheets, 5),
    ("force-field-typical", "typical.yaml", Deck::Sheets, 5),
    ("force-field-many", "force-many.yaml", Deck::Sheets, 5),
    ("stages-one", "stages-one.yaml", Deck::Sheets, 6),
    ("stages-typical", "typical.yaml", Deck::Sheets, 6),
    ("roadmap-typical", "typical.yaml", Deck::Sheets, 7),
    ("roadmap-many", "roadmap-many.yaml", Deck::Sheets, 6),
    ("population-typical", "typical.yaml", Deck::Sheets, 1),
    ("population-many-years", "population.yaml", Deck::Sheets, 1),
    ("resources", "resources.yaml", Deck::Sheets, 0),
    ("timeline-typical", "typical.yaml", Deck::FinalSession, 2),
    ("timeline-many", "journey-many.yaml", Deck::FinalSession, 1),
    ("mood-typical", "typical.yaml", Deck::FinalSession, 3),
    ("mood-many", "journey-many.yaml", Deck::FinalSession, 3),
    ("force-field-slide", "typical.yaml", Deck::MayorReport, 9),
    ("population-slide", "typical.yaml", Deck::MayorReport, 4),
    ("stages-slide", "typical.yaml", Deck::MayorReport, 10),
    ("roadmap-slide", "typical.yaml", Deck::MayorReport, 11),
];

fn render(fixture: &str, deck: Deck, page: usize) -> Vec<u8> {
    let story = repo().join("tests/fixtures/diagrams").join(fixture);
    let compiled = compile_deck(&story, None, deck).unwrap_or_else(|e| panic!("{fixture}: {e}"));
    assert!(
        compiled.warnings.is_empty(),
        "{fixture}: {:?}",
        compiled.warnings
    );
    compiled
        .png(page, PPI)
        .unwrap_or_else(|| panic!("{fixture} has no page {page}"))
}

fn decode(png: &[u8]) -> (u32, u32, Vec<u8>) {
    let mut reader = png::Decoder::new(std::io::Cursor::new(png))
        .read_info()
        .unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    (info.width, info.height, buf)
}

/// The share of pixels that differ beyond the channel tolerance (1.0 when the
/// sizes differ).
fn difference(a: &[u8], b: &[u8]) -> f64 {
    let (a, b) = (decode(a), decode(b));
    if (a.0, a.1) != (b.0, b.1) {
        return 1.0;
    }
    let differing =
        a.2.chunks(4)
            .zip(b.2.chunks(4))
            .filter(|(p, q)| {
                p.iter()
                    .zip(*q)
                    .any(|(x, y)| x.abs_diff(*y) > CHANNEL_TOLERANCE)
            })
            .count();
    differing as f64 / (a.0 as f64 * a.1 as f64)
}

#[test]
fn diagrams_match_their_reference_images() {
    let update = std::env::var_os("STORYDECK_UPDATE_REFS").is_some();
    let diffs = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("diagram-diffs");
    let mut failures = Vec::new();
    for &(name, fixture, deck, page) in CASES {
        let observed = render(fixture, deck, page);
        let reference = repo()
            .join("tests/ref/diagrams")
            .join(format!("{name}.png"));
        if update {
            std::fs::write(&reference, &observed).unwrap();
            continue;
        }
        let Ok(expected) = std::fs::read(&reference) else {
            failures.push(format!(
                "{name}: no reference {} (refresh with STORYDECK_UPDATE_REFS=1)",
                reference.display()
            ));
            continue;
        };
        let share = difference(&expected, &observed);
        if share > MAX_DIFFERING {
            std::fs::create_dir_all(&diffs).unwrap();
            std::fs::write(diffs.join(format!("{name}.expected.png")), &expected).unwrap();
            std::fs::write(diffs.join(format!("{name}.observed.png")), &observed).unwrap();
            failures.push(format!(
                "{name}: {:.2}% of pixels differ; see {}",
                share * 100.0,
                diffs.display()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "diagrams changed:\n{}",
        failures.join("\n")
    );
}

#[test]
fn the_comparison_notices_a_changed_diagram() {
    // The same fixture with one force's strength changed must not pass for the
    // reference: the tolerance is tight enough to see an arrow change.
    let base = render("force-one.yaml", Deck::Sheets, 5);
    let changed_story =
        std::fs::read_to_string(repo().join("tests/fixtures/diagrams/force-one.yaml"))
            .unwrap()
            .replace(
                "how: 方針を引用して庁内に示す",
                "how: 方針を引用して庁内に示す\n        strength: 5",
            );
    let dir = tempfile::tempdir().unwrap();
    let story = dir.path().join("story.yaml");
    std::fs::write(&story, changed_story).unwrap();
    let changed = compile_deck(&story, None, Deck::Sheets)
        .unwrap()
        .png(5, PPI)
        .unwrap();
    assert!(
        difference(&base, &changed) > 0.0,
        "a thicker arrow changes pixels"
    );
    assert_eq!(difference(&base, &base), 0.0);
}
