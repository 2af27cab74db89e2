//! Inputs the fuzzer (fuzz/, see FUZZING.md) once crashed storydeck with: each must
//! now get an answer — success or a clean refusal — and never a panic.

use crate::support::*;

#[test]
fn fuzz_findings_are_answered_without_a_panic() {
    let dir = repo().join("tests/fixtures/fuzz-regressions");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    cases.sort();
    assert!(!cases.is_empty());
    for case in cases {
        let output = storydeck(&["check", path_str(&case)]);
        let err = stderr(&output);
        assert!(
            matches!(output.status.code(), Some(0 | 1)),
            "{}: {:?}\n{err}",
            case.display(),
            output.status
        );
        assert!(!err.contains("panicked"), "{}:\n{err}", case.display());
    }
}
