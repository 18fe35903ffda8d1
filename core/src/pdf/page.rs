//! One page's drawing: text lines, rules, boxes and polylines, each marked
//! with what it belongs to in the document's structure.

use super::structure::{Artifact, Mark};
use super::Face;

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Op {
    Text {
        face: Face,
        size: f32,
        x: f32,
        y: f32,
        gray: f32,
        text: String,
    },
    Line {
        from: (f32, f32),
        to: (f32, f32),
        width: f32,
        gray: f32,
        dashed: bool,
    },
    Rect {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        fill_gray: f32,
    },
    Polyline {
        points: Vec<(f32, f32)>,
        width: f32,
        gray: f32,
    },
    /// Nothing drawn: stands for an empty table cell, so the cell still
    /// exists for a screen reader and the row keeps its columns.
    Nothing,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Drawn {
    pub op: Op,
    pub mark: Mark,
}

/// One page's drawing, in PDF coordinates (origin bottom left, points).
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    drawn: Vec<Drawn>,
    /// What the next drawing belongs to.
    mark: Mark,
}

impl Default for Page {
    fn default() -> Self {
        Page {
            drawn: Vec::new(),
            mark: Mark::Artifact(Artifact::Layout),
        }
    }
}

impl Page {
    /// Marks what is drawn from now on as part of `mark`.
    pub(crate) fn as_part_of(&mut self, mark: Mark) -> &mut Page {
        self.mark = mark;
        self
    }

    fn push(&mut self, op: Op) {
        self.drawn.push(Drawn {
            op,
            mark: self.mark,
        });
    }

    /// Moves everything marked `mark` after the rest, keeping its order:
    /// the footer is drawn with the page but belongs after its body.
    pub(crate) fn move_to_end(&mut self, mark: Mark) {
        let (mut moved, rest): (Vec<Drawn>, Vec<Drawn>) =
            self.drawn.drain(..).partition(|d| d.mark == mark);
        self.drawn = rest;
        self.drawn.append(&mut moved);
    }

    /// Re-marks everything marked `from` as part of `to`.
    pub(crate) fn mark_all(&mut self, from: Mark, to: Mark) {
        for drawn in self.drawn.iter_mut().filter(|d| d.mark == from) {
            drawn.mark = to;
        }
    }

    pub(crate) fn drawn(&self) -> &[Drawn] {
        &self.drawn
    }

    /// Draws one line of text with its baseline at `y`. Control characters
    /// are drawn as spaces, and a character the face lacks as `?`, which is
    /// then also the character's text, so what is read is what is seen;
    /// line breaking is the caller's business.
    pub fn text(&mut self, face: Face, size: f32, x: f32, y: f32, text: &str) {
        self.text_gray(face, size, x, y, 0.0, text);
    }

    pub fn text_gray(&mut self, face: Face, size: f32, x: f32, y: f32, gray: f32, text: &str) {
        let metrics = face.metrics();
        let text: String = text
            .chars()
            .map(|c| match c {
                c if c.is_control() => ' ',
                c if !metrics.has(c) => '?',
                c => c,
            })
            .collect();
        if text.is_empty() {
            return;
        }
        self.push(Op::Text {
            face,
            size,
            x,
            y,
            gray,
            text,
        });
    }

    /// Stands for content with nothing to draw (an empty table cell).
    pub(crate) fn nothing(&mut self) {
        self.push(Op::Nothing);
    }

    pub fn line(&mut self, from: (f32, f32), to: (f32, f32), width: f32, gray: f32) {
        self.push(Op::Line {
            from,
            to,
            width,
            gray,
            dashed: false,
        });
    }

    pub fn dashed_line(&mut self, from: (f32, f32), to: (f32, f32), width: f32, gray: f32) {
        self.push(Op::Line {
            from,
            to,
            width,
            gray,
            dashed: true,
        });
    }

    pub fn fill_rect(&mut self, x: f32, y: f32, width: f32, height: f32, gray: f32) {
        self.push(Op::Rect {
            x,
            y,
            width,
            height,
            fill_gray: gray,
        });
    }

    pub fn polyline(&mut self, points: Vec<(f32, f32)>, width: f32, gray: f32) {
        if points.len() >= 2 {
            self.push(Op::Polyline {
                points,
                width,
                gray,
            });
        }
    }

    /// The text drawn on this page, in drawing order: for tests.
    pub fn texts(&self) -> Vec<&str> {
        self.drawn
            .iter()
            .filter_map(|d| match &d.op {
                Op::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }
}
