//! A small PDF writer for Peerlog's printable documents: US Letter pages of
//! text, rules, boxes and line charts in the bundled DejaVu Sans, embedded
//! as subsets with a ToUnicode map so the text can be searched, copied and
//! extracted (pdftotext reads it). Nothing is fetched; the output depends
//! only on what was drawn.

pub mod font;
mod layout;

pub use font::Face;
pub(crate) use layout::{Column, Flow};

use miniz_oxide::deflate::compress_to_vec_zlib;
use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use std::collections::BTreeMap;

/// US Letter, in points.
pub const PAGE_WIDTH: f32 = 612.0;
pub const PAGE_HEIGHT: f32 = 792.0;

#[derive(Debug, Clone, PartialEq)]
enum Op {
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
}

/// One page's drawing, in PDF coordinates (origin bottom left, points).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    ops: Vec<Op>,
}

impl Page {
    /// Draws one line of text with its baseline at `y`. Control characters
    /// are drawn as spaces; line breaking is the caller's business.
    pub fn text(&mut self, face: Face, size: f32, x: f32, y: f32, text: &str) {
        self.text_gray(face, size, x, y, 0.0, text);
    }

    pub fn text_gray(&mut self, face: Face, size: f32, x: f32, y: f32, gray: f32, text: &str) {
        let text: String = text
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        if text.is_empty() {
            return;
        }
        self.ops.push(Op::Text {
            face,
            size,
            x,
            y,
            gray,
            text,
        });
    }

    pub fn line(&mut self, from: (f32, f32), to: (f32, f32), width: f32, gray: f32) {
        self.ops.push(Op::Line {
            from,
            to,
            width,
            gray,
            dashed: false,
        });
    }

    pub fn dashed_line(&mut self, from: (f32, f32), to: (f32, f32), width: f32, gray: f32) {
        self.ops.push(Op::Line {
            from,
            to,
            width,
            gray,
            dashed: true,
        });
    }

    pub fn fill_rect(&mut self, x: f32, y: f32, width: f32, height: f32, gray: f32) {
        self.ops.push(Op::Rect {
            x,
            y,
            width,
            height,
            fill_gray: gray,
        });
    }

    pub fn polyline(&mut self, points: Vec<(f32, f32)>, width: f32, gray: f32) {
        if points.len() >= 2 {
            self.ops.push(Op::Polyline {
                points,
                width,
                gray,
            });
        }
    }

    /// The text drawn on this page, in drawing order: for tests.
    pub fn texts(&self) -> Vec<&str> {
        self.ops
            .iter()
            .filter_map(|op| match op {
                Op::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }
}

/// A document being drawn.
#[derive(Debug, Clone, Default)]
pub struct Document {
    title: String,
    pages: Vec<Page>,
}

/// The glyphs a document used from one face, renumbered densely for the
/// subset, with the character each stands for.
struct UsedGlyphs {
    remapper: subsetter::GlyphRemapper,
    /// New glyph id → character, for the ToUnicode map.
    unicode: BTreeMap<u16, char>,
}

impl UsedGlyphs {
    fn new() -> Self {
        let mut remapper = subsetter::GlyphRemapper::new();
        // .notdef stays glyph 0.
        remapper.remap(0);
        UsedGlyphs {
            remapper,
            unicode: BTreeMap::new(),
        }
    }

    fn encode(&mut self, face: Face, text: &str) -> Vec<u8> {
        let metrics = face.metrics();
        let mut bytes = Vec::with_capacity(text.len() * 2);
        for c in text.chars() {
            let new = self.remapper.remap(metrics.glyph(c));
            self.unicode.entry(new).or_insert(c);
            bytes.extend_from_slice(&new.to_be_bytes());
        }
        bytes
    }
}

impl Document {
    /// `title` goes into the file's metadata: keep names out of it.
    pub fn new(title: &str) -> Self {
        Document {
            title: title.to_string(),
            pages: Vec::new(),
        }
    }

    pub fn add_page(&mut self) -> &mut Page {
        self.pages.push(Page::default());
        self.pages.last_mut().expect("just pushed")
    }

    pub fn pages(&self) -> &[Page] {
        &self.pages
    }

    pub fn pages_mut(&mut self) -> &mut [Page] {
        &mut self.pages
    }

    /// Writes the PDF.
    pub fn render(&self) -> Vec<u8> {
        let mut next = 1;
        let mut alloc = || {
            let r = Ref::new(next);
            next += 1;
            r
        };
        let catalog_id = alloc();
        let tree_id = alloc();
        let info_id = alloc();

        // Encode every text run first: that decides which glyphs each face
        // needs.
        let mut used = [UsedGlyphs::new(), UsedGlyphs::new()];
        let mut encoded: Vec<Vec<Option<Vec<u8>>>> = Vec::with_capacity(self.pages.len());
        for page in &self.pages {
            encoded.push(
                page.ops
                    .iter()
                    .map(|op| match op {
                        Op::Text { face, text, .. } => Some(used[face.index()].encode(*face, text)),
                        _ => None,
                    })
                    .collect(),
            );
        }

        let mut pdf = Pdf::new();
        let font_refs: Vec<(Face, Ref)> = Face::ALL.iter().map(|f| (*f, alloc())).collect();
        let page_ids: Vec<(Ref, Ref)> = self.pages.iter().map(|_| (alloc(), alloc())).collect();

        pdf.catalog(catalog_id).pages(tree_id);
        pdf.pages(tree_id)
            .kids(page_ids.iter().map(|(page, _)| *page))
            .count(self.pages.len() as i32);
        pdf.document_info(info_id)
            .title(TextStr(&self.title))
            .producer(TextStr("Peerlog"));

        for (face, type0_id) in &font_refs {
            let cid_id = alloc();
            let descriptor_id = alloc();
            let cmap_id = alloc();
            let file_id = alloc();
            write_font(
                &mut pdf,
                *face,
                &used[face.index()],
                [*type0_id, cid_id, descriptor_id, cmap_id, file_id],
            );
        }

        for ((page, (page_id, content_id)), page_encoded) in
            self.pages.iter().zip(&page_ids).zip(&encoded)
        {
            let mut content = Content::new();
            for (op, bytes) in page.ops.iter().zip(page_encoded) {
                draw(&mut content, op, bytes.as_deref());
            }
            let data = compress_to_vec_zlib(&content.finish(), 6);
            pdf.stream(*content_id, &data).filter(Filter::FlateDecode);

            let mut p = pdf.page(*page_id);
            p.media_box(Rect::new(0.0, 0.0, PAGE_WIDTH, PAGE_HEIGHT))
                .parent(tree_id)
                .contents(*content_id);
            let mut resources = p.resources();
            let mut fonts = resources.fonts();
            for (face, id) in &font_refs {
                fonts.pair(font_name(*face), *id);
            }
            fonts.finish();
            resources.finish();
            p.finish();
        }
        pdf.finish()
    }
}

fn font_name(face: Face) -> Name<'static> {
    match face {
        Face::Regular => Name(b"F0"),
        Face::Bold => Name(b"F1"),
    }
}

fn draw(content: &mut Content, op: &Op, encoded: Option<&[u8]>) {
    match op {
        Op::Text {
            face,
            size,
            x,
            y,
            gray,
            ..
        } => {
            content.begin_text();
            content.set_fill_gray(*gray);
            content.set_font(font_name(*face), *size);
            content.next_line(*x, *y);
            content.show(Str(encoded.unwrap_or_default()));
            content.end_text();
        }
        Op::Line {
            from,
            to,
            width,
            gray,
            dashed,
        } => {
            content.save_state();
            content.set_line_width(*width);
            content.set_stroke_gray(*gray);
            if *dashed {
                content.set_dash_pattern([3.0, 2.0], 0.0);
            }
            content.move_to(from.0, from.1);
            content.line_to(to.0, to.1);
            content.stroke();
            content.restore_state();
        }
        Op::Rect {
            x,
            y,
            width,
            height,
            fill_gray,
        } => {
            content.save_state();
            content.set_fill_gray(*fill_gray);
            content.rect(*x, *y, *width, *height);
            content.fill_nonzero();
            content.restore_state();
        }
        Op::Polyline {
            points,
            width,
            gray,
        } => {
            content.save_state();
            content.set_line_width(*width);
            content.set_stroke_gray(*gray);
            let (first, rest) = points.split_first().expect("two or more points");
            content.move_to(first.0, first.1);
            for p in rest {
                content.line_to(p.0, p.1);
            }
            content.stroke();
            content.restore_state();
        }
    }
}

/// A Type 0 font over a CIDFontType2 subset, addressed by the subset's
/// glyph ids (Identity-H), with widths and a ToUnicode map.
fn write_font(pdf: &mut Pdf, face: Face, used: &UsedGlyphs, ids: [Ref; 5]) {
    let [type0_id, cid_id, descriptor_id, cmap_id, file_id] = ids;
    let metrics = face.metrics();
    let subset =
        subsetter::subset(face.bytes(), 0, &used.remapper).expect("the bundled font can be subset");
    // A subset's name starts with six capital letters that differ between
    // subsets; derive them from which glyphs it holds.
    let tag: String = {
        use sha2::Digest;
        let digest = sha2::Sha256::digest(&subset);
        digest
            .iter()
            .take(6)
            .map(|b| (b'A' + b % 26) as char)
            .collect()
    };
    let base = format!("{tag}+{}", face.postscript_name());
    let base_name = Name(base.as_bytes());
    let system_info = SystemInfo {
        registry: Str(b"Adobe"),
        ordering: Str(b"Identity"),
        supplement: 0,
    };

    pdf.type0_font(type0_id)
        .base_font(base_name)
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_id)
        .to_unicode(cmap_id);

    let old_ids: Vec<u16> = used.remapper.remapped_gids().collect();
    let widths: Vec<f32> = old_ids
        .iter()
        .map(|old| metrics.to_pdf_units(metrics.advance(*old)))
        .collect();
    let mut cid = pdf.cid_font(cid_id);
    cid.subtype(CidFontType::Type2)
        .base_font(base_name)
        .system_info(system_info)
        .font_descriptor(descriptor_id)
        .default_width(0.0)
        .cid_to_gid_map_predefined(Name(b"Identity"));
    cid.widths().consecutive(0, widths);
    cid.finish();

    let [x0, y0, x1, y1] = metrics.bbox;
    pdf.font_descriptor(descriptor_id)
        .name(base_name)
        .flags(FontFlags::SYMBOLIC)
        .bbox(Rect::new(
            metrics.to_pdf_units(x0),
            metrics.to_pdf_units(y0),
            metrics.to_pdf_units(x1),
            metrics.to_pdf_units(y1),
        ))
        .italic_angle(0.0)
        .ascent(metrics.to_pdf_units(metrics.ascender))
        .descent(metrics.to_pdf_units(metrics.descender))
        .cap_height(metrics.to_pdf_units(metrics.cap_height))
        .stem_v(match face {
            Face::Regular => 80.0,
            Face::Bold => 140.0,
        })
        .font_file2(file_id);

    let mut cmap = UnicodeCmap::new(Name(b"Custom"), system_info);
    for (new, c) in &used.unicode {
        cmap.pair(*new, *c);
    }
    pdf.stream(cmap_id, &cmap.finish());

    let compressed = compress_to_vec_zlib(&subset, 6);
    pdf.stream(file_id, &compressed)
        .filter(Filter::FlateDecode)
        .pair(Name(b"Length1"), subset.len() as i32);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_document_renders_with_its_fonts_embedded() {
        let mut doc = Document::new("Test");
        let page = doc.add_page();
        page.text(Face::Regular, 12.0, 72.0, 700.0, "Hello, peer support");
        page.text(Face::Bold, 12.0, 72.0, 680.0, "Bold line");
        page.line((72.0, 670.0), (300.0, 670.0), 0.5, 0.0);
        page.polyline(
            vec![(72.0, 600.0), (100.0, 620.0), (130.0, 610.0)],
            1.0,
            0.2,
        );
        let bytes = doc.render();
        assert!(bytes.starts_with(b"%PDF-"));
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("/FontFile2"), "the font program is embedded");
        assert!(text.contains("+DejaVuSans"), "as a subset");
        assert!(text.contains("/ToUnicode"));
        // Text is drawn as glyph ids, never as plain strings.
        assert!(!text.contains("Hello"));
        // A subset is far smaller than the 700 KiB face.
        assert!(bytes.len() < 60_000, "{} bytes", bytes.len());
    }
}
