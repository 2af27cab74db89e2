//! Walking a laid-out frame. Typst nests frames in groups; the checks that read
//! only the text drawn (missing glyphs, word joiners) see it through
//! [`texts`]. The detector and the PowerPoint scene walk with transforms and
//! clips of their own (collisions.rs, pptx/scene.rs).

use typst::layout::{Frame, FrameItem};
use typst::text::TextItem;

/// Every text item of `frame`, nested groups included, in drawing order.
pub fn texts(frame: &Frame) -> Vec<&TextItem> {
    fn walk<'a>(frame: &'a Frame, out: &mut Vec<&'a TextItem>) {
        for (_, item) in frame.items() {
            match item {
                FrameItem::Group(group) => walk(&group.frame, out),
                FrameItem::Text(text) => out.push(text),
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(frame, &mut out);
    out
}
