//! The bundled DejaVu Sans faces (see `core/assets/fonts/LICENSE.txt`):
//! glyph lookup and advance widths for layout, and a subset of the glyphs a
//! document used for embedding.

use std::sync::OnceLock;

static REGULAR_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
static BOLD_TTF: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// Which of the two bundled faces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Face {
    Regular,
    Bold,
}

impl Face {
    pub const ALL: [Face; 2] = [Face::Regular, Face::Bold];

    pub(crate) fn index(self) -> usize {
        match self {
            Face::Regular => 0,
            Face::Bold => 1,
        }
    }

    pub(crate) fn postscript_name(self) -> &'static str {
        match self {
            Face::Regular => "DejaVuSans",
            Face::Bold => "DejaVuSans-Bold",
        }
    }

    pub(crate) fn bytes(self) -> &'static [u8] {
        match self {
            Face::Regular => REGULAR_TTF,
            Face::Bold => BOLD_TTF,
        }
    }

    pub(crate) fn metrics(self) -> &'static Metrics {
        static FACES: OnceLock<[Metrics; 2]> = OnceLock::new();
        &FACES.get_or_init(|| [Metrics::load(REGULAR_TTF), Metrics::load(BOLD_TTF)])[self.index()]
    }
}

/// What layout needs from a face, read once.
pub(crate) struct Metrics {
    face: ttf_parser::Face<'static>,
    pub units_per_em: f32,
    pub ascender: f32,
    pub descender: f32,
    pub cap_height: f32,
    pub bbox: [f32; 4],
    fallback: u16,
}

impl Metrics {
    fn load(bytes: &'static [u8]) -> Metrics {
        let face = ttf_parser::Face::parse(bytes, 0).expect("the bundled font parses");
        let units_per_em = face.units_per_em() as f32;
        let bbox = face.global_bounding_box();
        let fallback = face.glyph_index('?').map(|g| g.0).unwrap_or(0);
        Metrics {
            units_per_em,
            ascender: face.ascender() as f32,
            descender: face.descender() as f32,
            cap_height: face.capital_height().unwrap_or(face.ascender()) as f32,
            bbox: [
                bbox.x_min as f32,
                bbox.y_min as f32,
                bbox.x_max as f32,
                bbox.y_max as f32,
            ],
            fallback,
            face,
        }
    }

    /// The glyph for a character; `?` for one the face lacks.
    pub fn glyph(&self, c: char) -> u16 {
        self.face
            .glyph_index(c)
            .map(|g| g.0)
            .unwrap_or(self.fallback)
    }

    /// Advance width in font units.
    pub fn advance(&self, glyph: u16) -> f32 {
        self.face
            .glyph_hor_advance(ttf_parser::GlyphId(glyph))
            .unwrap_or(0) as f32
    }

    /// Width of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars()
            .map(|c| self.advance(self.glyph(c)))
            .sum::<f32>()
            * size
            / self.units_per_em
    }

    /// Scales font units to the PDF's 1000-unit glyph space.
    pub fn to_pdf_units(&self, units: f32) -> f32 {
        units * 1000.0 / self.units_per_em
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_faces_load_and_measure() {
        for face in Face::ALL {
            let m = face.metrics();
            assert!(m.units_per_em > 0.0);
            let a = m.glyph('a');
            assert_ne!(a, 0, "a glyph for 'a'");
            assert!(m.width("aaaa", 10.0) > m.width("aa", 10.0));
            // Not in the face: falls back to the question mark.
            assert_eq!(m.glyph('\u{E000}'), m.glyph('?'));
        }
        assert!(
            Face::Bold.metrics().width("Wellness", 10.0)
                > Face::Regular.metrics().width("Wellness", 10.0)
        );
    }
}
