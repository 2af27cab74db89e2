//! The integration tests, one binary: each file beside this one is a module
//! (`cargo test --release -- pptx::` runs one of them), and `support` is what
//! they share. One binary links the library and Typst once, where one binary a
//! file linked them two dozen times.

mod support;

mod batch;
mod bounded;
mod cli;
mod contract;
mod corpus;
mod decks;
mod diagrams;
mod emit;
mod exports;
mod fuzz_regressions;
mod guide;
mod interface;
mod invalid;
mod messages;
mod paper;
mod pptx;
mod pptx_render;
mod sandbox;
mod schema;
mod sheets;
mod themes;
mod variants;
mod watch;
