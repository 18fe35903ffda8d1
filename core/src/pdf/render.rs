//! Writes a laid-out document through krilla as tagged PDF/UA-1 and
//! PDF/A-2u. krilla embeds the glyphs each face used as a subset with their
//! text, writes the structure tree, outline, language and metadata, and
//! refuses at serialisation anything the two standards forbid.
//!
//! Text is drawn glyph by glyph at our own layout's advances (no shaping,
//! no kerning), so the lines are exactly as wide as `layout.rs` measured
//! them when it wrapped them.

use super::page::Op;
use super::structure::{Artifact, Mark, NodeId, Role};
use super::{Document, Face, PAGE_HEIGHT, PAGE_WIDTH};
use krilla::color::luma;
use krilla::configure::{Accessibility, Archival, ConfigurationBuilder, PdfVersion};
use krilla::destination::XyzDestination;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{DateTime, Metadata};
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::{Fill, Stroke, StrokeDash};
use krilla::surface::Surface;
use krilla::tagging::{
    ArtifactType, ContentTag, Identifier, Node, SpanTag, TableHeaderScope, Tag, TagGroup, TagKind,
    TagTree,
};
use krilla::text::{GlyphId, KrillaGlyph};
use krilla::SerializeSettings;
use std::collections::BTreeMap;
use std::num::NonZeroU16;

/// Where a heading's first line was drawn: its outline entry points there.
struct Anchor {
    page: usize,
    top: f32,
}

pub(super) fn render(doc: &Document) -> Vec<u8> {
    let info = doc.info();
    let mut pdf = krilla::Document::new_with(settings());
    let mut content: BTreeMap<NodeId, Vec<Identifier>> = BTreeMap::new();
    let mut anchors: BTreeMap<NodeId, Anchor> = BTreeMap::new();
    let page_settings =
        PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT).expect("US Letter is a valid page size");

    for (index, page) in doc.pages().iter().enumerate() {
        let mut krilla_page = pdf.start_page_with(page_settings.clone());
        let mut surface = krilla_page.surface();
        for drawn in page.drawn() {
            let identifier = surface.start_tagged(content_tag(drawn.mark));
            draw(&mut surface, &drawn.op);
            surface.end_tagged();
            if let Mark::Content(node) = drawn.mark {
                content.entry(node).or_default().push(identifier);
                if let Op::Text { y, size, .. } = &drawn.op {
                    anchors.entry(node).or_insert(Anchor {
                        page: index,
                        top: PAGE_HEIGHT - y - size,
                    });
                }
            }
        }
        surface.finish();
        krilla_page.finish();
    }

    let structure = doc.structure();
    let mut tree = TagTree::new().with_lang(Some(super::language_tag(info.language).to_string()));
    for root in structure.roots() {
        if let Some(group) = tag_group(doc, *root, &mut content) {
            tree.push(group);
        }
    }
    pdf.set_tag_tree(tree);
    pdf.set_outline(outline(doc, &anchors));
    let date = info.prepared_on;
    pdf.set_metadata(
        Metadata::new()
            .title(info.title.clone())
            .language(super::language_tag(info.language).to_string())
            .producer("Peerlog".to_string())
            .creator("Peerlog".to_string())
            .creation_date(
                DateTime::new(chrono::Datelike::year(&date) as u16)
                    .month(chrono::Datelike::month(&date) as u8)
                    .day(chrono::Datelike::day(&date) as u8),
            ),
    );
    // Layout sanitises every character it draws and tags every drawing, so
    // a refusal here is a bug in this module, never something a record
    // can cause (a property test renders arbitrary text to hold that).
    pdf.finish()
        .unwrap_or_else(|e| panic!("krilla refused the document: {e:?}"))
}

fn settings() -> SerializeSettings {
    let configuration = ConfigurationBuilder::new()
        .with_version(PdfVersion::Pdf17)
        .with_accessibility_validator(Accessibility::UA1)
        .with_archival_validator(Archival::A2_U)
        .finish()
        .expect("PDF/UA-1 and PDF/A-2u agree on PDF 1.7");
    SerializeSettings {
        configuration,
        enable_tagging: true,
        compress_content_streams: true,
        xmp_metadata: true,
        ..SerializeSettings::default()
    }
}

fn content_tag(mark: Mark) -> ContentTag<'static> {
    match mark {
        Mark::Content(_) => ContentTag::Span(SpanTag::empty()),
        Mark::Artifact(artifact) => {
            ContentTag::Artifact(krilla::tagging::Artifact::with_kind(match artifact {
                Artifact::Header => ArtifactType::Header,
                Artifact::Footer => ArtifactType::Footer,
                Artifact::PageNumber => ArtifactType::PageNumber,
                Artifact::Layout => ArtifactType::Layout,
                Artifact::RepeatedHeading => ArtifactType::PaginationOther,
            }))
        }
    }
}

/// The element and its children as krilla's tag group; `None` when it
/// holds nothing (krilla drops empty groups, and so do we).
fn tag_group(
    doc: &Document,
    id: NodeId,
    content: &mut BTreeMap<NodeId, Vec<Identifier>>,
) -> Option<TagGroup> {
    let node = doc.structure().node(id);
    let tag: TagKind = match &node.role {
        Role::Heading { level, title } => Tag::Hn(
            NonZeroU16::new(*level).unwrap_or(NonZeroU16::MIN),
            Some(title.clone()),
        )
        .into(),
        Role::Paragraph => Tag::P.into(),
        Role::Table => Tag::Table.into(),
        Role::TableHead => Tag::THead.into(),
        Role::TableBody => Tag::TBody.into(),
        Role::Row => Tag::TR.into(),
        Role::HeaderCell { for_row } => Tag::TH(if *for_row {
            TableHeaderScope::Row
        } else {
            TableHeaderScope::Column
        })
        .into(),
        Role::Cell => Tag::TD.into(),
        Role::Figure { alt } => Tag::Figure(Some(alt.clone())).into(),
    };
    let mut children: Vec<Node> = node
        .children
        .iter()
        .filter_map(|child| tag_group(doc, *child, content))
        .map(Node::from)
        .collect();
    children.extend(
        content
            .remove(&id)
            .unwrap_or_default()
            .into_iter()
            .map(Node::from),
    );
    (!children.is_empty()).then(|| TagGroup::with_children(tag, children))
}

/// Bookmarks for the headings, nested by level, each opening its page at
/// the heading.
fn outline(doc: &Document, anchors: &BTreeMap<NodeId, Anchor>) -> Outline {
    // The open branch at each level: (level, node).
    let mut stack: Vec<(u16, OutlineNode)> = Vec::new();
    let mut outline = Outline::new();
    let close_to = |stack: &mut Vec<(u16, OutlineNode)>, outline: &mut Outline, level: u16| {
        while stack.last().is_some_and(|(l, _)| *l >= level) {
            let (_, node) = stack.pop().expect("checked");
            match stack.last_mut() {
                Some((_, parent)) => parent.push_child(node),
                None => outline.push_child(node),
            }
        }
    };
    for (id, node) in doc.structure().nodes() {
        let Role::Heading { level, title } = &node.role else {
            continue;
        };
        let Some(anchor) = anchors.get(&id) else {
            continue;
        };
        close_to(&mut stack, &mut outline, *level);
        let destination = XyzDestination::new(anchor.page, Point::from_xy(0.0, anchor.top));
        stack.push((*level, OutlineNode::new(title.clone(), destination)));
    }
    close_to(&mut stack, &mut outline, 0);
    outline
}

fn gray(value: f32) -> luma::Color {
    luma::Color::new((value.clamp(0.0, 1.0) * 255.0).round() as u8)
}

/// From PDF coordinates (origin bottom left) to krilla's (top left).
fn point(x: f32, y: f32) -> Point {
    Point::from_xy(x, PAGE_HEIGHT - y)
}

fn draw(surface: &mut Surface, op: &Op) {
    match op {
        Op::Text {
            face,
            size,
            x,
            y,
            gray: value,
            text,
        } => {
            surface.set_fill(Some(Fill {
                paint: gray(*value).into(),
                ..Fill::default()
            }));
            surface.set_stroke(None);
            let glyphs = glyphs(*face, text);
            surface.draw_glyphs(
                point(*x, *y),
                &glyphs,
                face.krilla_font(),
                text,
                *size,
                false,
            );
        }
        Op::Line {
            from,
            to,
            width,
            gray: value,
            dashed,
        } => {
            let mut path = PathBuilder::new();
            let (from, to) = (point(from.0, from.1), point(to.0, to.1));
            path.move_to(from.x, from.y);
            path.line_to(to.x, to.y);
            stroke(
                surface,
                path,
                *width,
                *value,
                dashed.then(|| StrokeDash {
                    array: vec![3.0, 2.0],
                    offset: 0.0,
                }),
            );
        }
        Op::Rect {
            x,
            y,
            width,
            height,
            fill_gray,
        } => {
            let mut path = PathBuilder::new();
            if let Some(rect) = Rect::from_xywh(*x, PAGE_HEIGHT - y - height, *width, *height) {
                path.push_rect(rect);
            }
            if let Some(path) = path.finish() {
                surface.set_stroke(None);
                surface.set_fill(Some(Fill {
                    paint: gray(*fill_gray).into(),
                    ..Fill::default()
                }));
                surface.draw_path(&path);
            }
        }
        Op::Polyline {
            points,
            width,
            gray: value,
        } => {
            let mut path = PathBuilder::new();
            let (first, rest) = points.split_first().expect("two or more points");
            let first = point(first.0, first.1);
            path.move_to(first.x, first.y);
            for p in rest {
                let p = point(p.0, p.1);
                path.line_to(p.x, p.y);
            }
            stroke(surface, path, *width, *value, None);
        }
        Op::Nothing => {}
    }
}

fn stroke(
    surface: &mut Surface,
    path: PathBuilder,
    width: f32,
    value: f32,
    dash: Option<StrokeDash>,
) {
    let Some(path) = path.finish() else {
        return;
    };
    surface.set_fill(None);
    surface.set_stroke(Some(Stroke {
        paint: gray(value).into(),
        width,
        dash,
        ..Stroke::default()
    }));
    surface.draw_path(&path);
}

/// One glyph per character, each standing for that character, advanced
/// by the face's own widths: the same measure `layout.rs` wrapped with.
fn glyphs(face: Face, text: &str) -> Vec<KrillaGlyph> {
    let metrics = face.metrics();
    text.char_indices()
        .map(|(start, c)| {
            let glyph = metrics.glyph(c);
            KrillaGlyph {
                glyph_id: GlyphId::new(glyph),
                text_range: start..start + c.len_utf8(),
                x_advance: metrics.advance(glyph) / metrics.units_per_em,
                x_offset: 0.0,
                y_offset: 0.0,
                y_advance: 0.0,
                location: None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::{DocumentInfo, Language};
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn a_document_renders_tagged_with_its_fonts_embedded() {
        let mut doc = Document::new(DocumentInfo {
            title: "Test".into(),
            language: Language::English,
            prepared_on: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        });
        let heading = doc.structure_mut().add(
            None,
            Role::Heading {
                level: 1,
                title: "Bold line".into(),
            },
        );
        let paragraph = doc.structure_mut().add(None, Role::Paragraph);
        let page = doc.add_page();
        page.as_part_of(Mark::Content(heading))
            .text(Face::Bold, 12.0, 72.0, 680.0, "Bold line");
        page.as_part_of(Mark::Content(paragraph)).text(
            Face::Regular,
            12.0,
            72.0,
            700.0,
            "Hello, peer support",
        );
        page.as_part_of(Mark::Artifact(Artifact::Layout)).line(
            (72.0, 670.0),
            (300.0, 670.0),
            0.5,
            0.0,
        );
        let bytes = doc.render();
        if let Some(path) = std::env::var_os("PEERLOG_KEEP_TEST_PDF") {
            std::fs::write(path, &bytes).unwrap();
        }
        assert!(bytes.starts_with(b"%PDF-1.7"));
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("/FontFile2"), "the font program is embedded");
        assert!(text.contains("+DejaVuSans"), "as a subset");
        assert!(text.contains("/ToUnicode"));
        assert!(text.contains("/StructTreeRoot") && text.contains("/MarkInfo"));
        assert!(text.contains("/Lang(en)") && text.contains("/DisplayDocTitle true"));
        assert!(text.contains("pdfuaid:part") && text.contains("pdfaid:part"));
        // Text is drawn as glyph ids in compressed streams, never as plain
        // strings; the heading's title is in the structure (and outline).
        assert!(!text.contains("Hello"));
        // A subset is far smaller than the 700 KiB face.
        assert!(bytes.len() < 60_000, "{} bytes", bytes.len());
    }
}
