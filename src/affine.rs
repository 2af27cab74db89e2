//! Affine transforms in pt, as Typst's frames nest them: the collision
//! detector and the PowerPoint export both walk a page's frames to page
//! coordinates.

use typst::layout::{Point, Transform};

/// `(a x + c y + e, b x + d y + f)`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Affine {
    pub a: f64,
    pub b: f64,
    pub c: f64,
    pub d: f64,
    pub e: f64,
    pub f: f64,
}

impl Affine {
    pub const IDENTITY: Affine = Affine {
        a: 1.0,
        b: 0.0,
        c: 0.0,
        d: 1.0,
        e: 0.0,
        f: 0.0,
    };

    /// `inner` applied first, then `self`.
    pub fn then(self, inner: Affine) -> Affine {
        Affine {
            a: self.a * inner.a + self.c * inner.b,
            b: self.b * inner.a + self.d * inner.b,
            c: self.a * inner.c + self.c * inner.d,
            d: self.b * inner.c + self.d * inner.d,
            e: self.a * inner.e + self.c * inner.f + self.e,
            f: self.b * inner.e + self.d * inner.f + self.f,
        }
    }

    pub fn translate(x: f64, y: f64) -> Affine {
        Affine {
            e: x,
            f: y,
            ..Affine::IDENTITY
        }
    }

    pub fn of(t: &Transform) -> Affine {
        Affine {
            a: t.sx.get(),
            b: t.ky.get(),
            c: t.kx.get(),
            d: t.sy.get(),
            e: t.tx.to_pt(),
            f: t.ty.to_pt(),
        }
    }

    pub fn apply(&self, x: f64, y: f64) -> (f64, f64) {
        (
            self.a * x + self.c * y + self.e,
            self.b * x + self.d * y + self.f,
        )
    }

    pub fn point(&self, p: Point) -> (f64, f64) {
        self.apply(p.x.to_pt(), p.y.to_pt())
    }

    /// The corners of a rectangle, transformed.
    pub fn corners(&self, x0: f64, y0: f64, x1: f64, y1: f64) -> [(f64, f64); 4] {
        [
            self.apply(x0, y0),
            self.apply(x1, y0),
            self.apply(x0, y1),
            self.apply(x1, y1),
        ]
    }

    /// Keeps axis-aligned rectangles axis-aligned (no rotation or skew).
    pub fn upright(&self) -> bool {
        self.b.abs() < 1e-9 && self.c.abs() < 1e-9
    }
}
