//! Walking a laid-out frame: the one walk over Typst's nested groups, for
//! every reader of the laid-out pages (the detector, the PowerPoint scene, the
//! missing-glyph and word-joiner checks). Taking the word joiners out of a
//! page (nobreak.rs) is the one walk that changes the frames, so it is its own.

use typst::layout::{Frame, FrameItem, GroupItem};
use typst::text::TextItem;

use crate::geometry::Affine;

/// One step of a walk, in drawing order.
pub enum Step<'a> {
    /// A group begins; its items follow, then its `Leave`.
    Enter(&'a GroupItem),
    /// The group entered last ends.
    Leave(&'a GroupItem),
    /// Any item but a group.
    Item(&'a FrameItem),
}

/// Walks `frame`, drawn with `ts`, calling `visit(step, at)`: `at` places the
/// item's origin on the page (for a group, its own coordinates: its position
/// and transform applied). `visit` returning false on an `Enter` skips the
/// group's items and its `Leave`.
pub(crate) fn walk<'a>(
    frame: &'a Frame,
    ts: Affine,
    visit: &mut impl FnMut(Step<'a>, Affine) -> bool,
) {
    for (pos, item) in frame.items() {
        let here = ts.then(Affine::translate(pos.x.to_pt(), pos.y.to_pt()));
        match item {
            FrameItem::Group(group) => {
                let inner = here.then(Affine::of(&group.transform));
                if visit(Step::Enter(group), inner) {
                    walk(&group.frame, inner, visit);
                    visit(Step::Leave(group), inner);
                }
            }
            other => {
                visit(Step::Item(other), here);
            }
        }
    }
}

/// Every text item of `frame`, nested groups included, in drawing order.
pub fn texts(frame: &Frame) -> Vec<&TextItem> {
    let mut out = Vec::new();
    walk(frame, Affine::IDENTITY, &mut |step, _| {
        if let Step::Item(FrameItem::Text(text)) = step {
            out.push(text);
        }
        true
    });
    out
}
