//! Page geometry in pt, shared by the collision detector and the PowerPoint
//! export: affine transforms as Typst's frames nest them (both walk a page's
//! frames to page coordinates), and axis-aligned rectangles.

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

    /// How much it enlarges lengths (under 1: it shrinks), the same along
    /// both axes for the scalings and turns layouts use.
    pub fn scale(&self) -> f64 {
        (self.a * self.d - self.b * self.c).abs().sqrt()
    }
}

/// An axis-aligned rectangle in pt, page coordinates (y down).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rect {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Rect {
    /// The smallest rectangle holding every point (an empty, infinite one for none).
    pub fn of_points(points: impl IntoIterator<Item = (f64, f64)>) -> Rect {
        let mut r = Rect {
            x0: f64::INFINITY,
            y0: f64::INFINITY,
            x1: f64::NEG_INFINITY,
            y1: f64::NEG_INFINITY,
        };
        for (x, y) in points {
            r.x0 = r.x0.min(x);
            r.y0 = r.y0.min(y);
            r.x1 = r.x1.max(x);
            r.y1 = r.y1.max(y);
        }
        r
    }

    pub fn width(&self) -> f64 {
        self.x1 - self.x0
    }

    pub fn height(&self) -> f64 {
        self.y1 - self.y0
    }

    pub fn is_finite(&self) -> bool {
        self.x0.is_finite() && self.y0.is_finite() && self.x1.is_finite() && self.y1.is_finite()
    }

    /// `by` larger on every side.
    pub fn grow(self, by: f64) -> Rect {
        Rect {
            x0: self.x0 - by,
            y0: self.y0 - by,
            x1: self.x1 + by,
            y1: self.y1 + by,
        }
    }

    /// The overlap's width and height (negative when apart).
    pub fn overlap(&self, other: &Rect) -> (f64, f64) {
        (
            self.x1.min(other.x1) - self.x0.max(other.x0),
            self.y1.min(other.y1) - self.y0.max(other.y0),
        )
    }

    /// Whether the two share some area.
    pub fn meets(&self, other: &Rect) -> bool {
        let (w, h) = self.overlap(other);
        w > 0.0 && h > 0.0
    }

    /// Whether `inner` lies inside, edges included.
    pub fn contains(&self, inner: &Rect) -> bool {
        inner.x0 >= self.x0 && inner.y0 >= self.y0 && inner.x1 <= self.x1 && inner.y1 <= self.y1
    }

    /// Whether `other` lies inside, give or take `by`.
    pub fn holds(&self, other: &Rect, by: f64) -> bool {
        self.grow(by).contains(other)
    }

    /// The part of `self` inside `other` (empty when apart).
    pub fn clip_to(&self, other: &Rect) -> Rect {
        Rect {
            x0: self.x0.max(other.x0),
            y0: self.y0.max(other.y0),
            x1: self.x1.min(other.x1),
            y1: self.y1.min(other.y1),
        }
    }
}
