//! The bundled DejaVu Sans faces (see `core/assets/fonts/LICENSE.txt`):
//! glyph lookup and advance widths for layout, and the same bytes handed to
//! krilla, which embeds the subset a document used.

use skrifa::instance::{LocationRef, Size};
use skrifa::metrics::GlyphMetrics;
use skrifa::{charmap::Charmap, FontRef, GlyphId, MetadataProvider};
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

    fn index(self) -> usize {
        match self {
            Face::Regular => 0,
            Face::Bold => 1,
        }
    }

    fn bytes(self) -> &'static [u8] {
        match self {
            Face::Regular => REGULAR_TTF,
            Face::Bold => BOLD_TTF,
        }
    }

    pub(crate) fn metrics(self) -> &'static Metrics {
        static FACES: OnceLock<[Metrics; 2]> = OnceLock::new();
        &FACES.get_or_init(|| Face::ALL.map(|face| Metrics::load(face.bytes())))[self.index()]
    }

    /// The face as krilla embeds it. Parsed once: krilla keys its subsets
    /// by font, so every page shares one subset per face.
    pub(crate) fn krilla_font(self) -> krilla::text::Font {
        static FONTS: OnceLock<[krilla::text::Font; 2]> = OnceLock::new();
        FONTS.get_or_init(|| {
            Face::ALL.map(|face| {
                krilla::text::Font::new(face.bytes().into(), 0).expect("the bundled font parses")
            })
        })[self.index()]
        .clone()
    }
}

/// What layout needs from a face, read once.
pub(crate) struct Metrics {
    charmap: Charmap<'static>,
    advances: GlyphMetrics<'static>,
    pub units_per_em: f32,
    fallback: u32,
}

impl Metrics {
    fn load(bytes: &'static [u8]) -> Metrics {
        let font = FontRef::new(bytes).expect("the bundled font parses");
        let charmap = font.charmap();
        let fallback = charmap.map('?').map(|g| g.to_u32()).unwrap_or(0);
        Metrics {
            units_per_em: font
                .metrics(Size::unscaled(), LocationRef::default())
                .units_per_em as f32,
            advances: font.glyph_metrics(Size::unscaled(), LocationRef::default()),
            charmap,
            fallback,
        }
    }

    /// Whether the face draws `c` itself (rather than as `?`). Private-use
    /// characters count as missing: they mean nothing to a reader or a
    /// screen reader, and PDF/A refuses them as the text of a glyph.
    pub fn has(&self, c: char) -> bool {
        let private = matches!(c as u32, 0xE000..=0xF8FF | 0xF0000..=0x10FFFF);
        !private && self.charmap.map(c).is_some_and(|g| g.to_u32() != 0)
    }

    /// The glyph for a character; `?` for one the face lacks.
    pub fn glyph(&self, c: char) -> u32 {
        if self.has(c) {
            self.charmap
                .map(c)
                .map(|g| g.to_u32())
                .unwrap_or(self.fallback)
        } else {
            self.fallback
        }
    }

    /// Advance width in font units.
    pub fn advance(&self, glyph: u32) -> f32 {
        self.advances
            .advance_width(GlyphId::new(glyph))
            .unwrap_or(0.0)
    }

    /// Width of `text` at `size` points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        text.chars()
            .map(|c| self.advance(self.glyph(c)))
            .sum::<f32>()
            * size
            / self.units_per_em
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
            // Not in the face, or private use: falls back to the question mark.
            assert_eq!(m.glyph('\u{E000}'), m.glyph('?'));
            assert!(!m.has('\u{E000}') && m.has('é'));
        }
        assert!(
            Face::Bold.metrics().width("Wellness", 10.0)
                > Face::Regular.metrics().width("Wellness", 10.0)
        );
    }
}
