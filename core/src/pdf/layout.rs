//! Flowing content down pages: wrapped paragraphs, key–value lines, tables
//! whose header repeats after a page break, and fixed-height blocks such as
//! charts. Every page gets the same running header and footer, drawn when
//! the page is started, so no page can be without them.
//!
//! Each call also adds its element to the document's structure before
//! drawing it, so the structure's order is the page flow; running headers,
//! footers, page numbers, rules and repeated table headings are marked as
//! artifacts, which a screen reader skips.

use super::{
    Artifact, Document, DocumentInfo, Face, Mark, NodeId, Page, Role, PAGE_HEIGHT, PAGE_WIDTH,
};
use crate::words::{args, words_with};

pub const MARGIN: f32 = 48.0;
const HEADER_SIZE: f32 = 8.0;
const LINE_GAP: f32 = 1.3;

/// A table column: its heading and its share of the text width.
#[derive(Debug, Clone, Copy)]
pub struct Column<'a> {
    pub heading: &'a str,
    pub share: f32,
    /// Never break a cell of this column across lines (a case id): the
    /// column is widened to its widest cell, up to half the table.
    pub whole: bool,
}

impl<'a> Column<'a> {
    /// A column taking `share` of the table's width; its cells wrap.
    pub fn new(heading: &'a str, share: f32) -> Column<'a> {
        Column {
            heading,
            share,
            whole: false,
        }
    }

    /// A column whose cells never break across lines (a case id).
    pub fn whole(heading: &'a str, share: f32) -> Column<'a> {
        Column {
            heading,
            share,
            whole: true,
        }
    }
}

pub struct Flow {
    doc: Document,
    header: String,
    footer: Vec<String>,
    footer_size: f32,
    /// Whether the last page's footer is read as the document's closing
    /// paragraph (see `read_footer_at_end`).
    footer_read_at_end: bool,
    /// The baseline of the next line.
    y: f32,
    bottom: f32,
    top: f32,
}

impl Flow {
    /// `footer` is drawn, wrapped, at the foot of every page.
    pub fn new(info: DocumentInfo, header: &str, footer: &str, footer_size: f32) -> Flow {
        let width = PAGE_WIDTH - 2.0 * MARGIN;
        let footer = wrap_for_reading(footer, Face::Regular, footer_size, width);
        let footer_height = footer.len() as f32 * footer_size * LINE_GAP + 22.0;
        Flow {
            doc: Document::new(info),
            header: header.to_string(),
            footer,
            footer_size,
            footer_read_at_end: false,
            y: 0.0,
            bottom: MARGIN + footer_height,
            top: PAGE_HEIGHT - MARGIN - 16.0,
        }
    }

    pub fn width(&self) -> f32 {
        PAGE_WIDTH - 2.0 * MARGIN
    }

    /// Footers are artifacts, skipped by a screen reader. When the footer
    /// says something the body does not, call this: the last page's footer
    /// is then read as the document's closing paragraph.
    pub fn read_footer_at_end(&mut self) {
        self.footer_read_at_end = true;
    }

    /// The running header for pages started from now on.
    pub fn set_header(&mut self, header: &str) {
        self.header = header.to_string();
    }

    pub fn new_page(&mut self) {
        // Leave room for the page number at the right.
        let header = truncate(
            &self.header,
            Face::Regular,
            HEADER_SIZE,
            self.width() - 70.0,
        );
        let footer = self.footer.clone();
        let footer_size = self.footer_size;
        let page = self.doc.add_page();
        page.as_part_of(Mark::Artifact(Artifact::Header)).text_gray(
            Face::Regular,
            HEADER_SIZE,
            MARGIN,
            PAGE_HEIGHT - MARGIN,
            0.35,
            &header,
        );
        page.as_part_of(Mark::Artifact(Artifact::Layout)).line(
            (MARGIN, PAGE_HEIGHT - MARGIN - 5.0),
            (PAGE_WIDTH - MARGIN, PAGE_HEIGHT - MARGIN - 5.0),
            0.4,
            0.6,
        );
        let mut y = MARGIN + (footer.len() as f32 - 1.0) * footer_size * LINE_GAP;
        page.line(
            (MARGIN, y + footer_size * LINE_GAP + 4.0),
            (PAGE_WIDTH - MARGIN, y + footer_size * LINE_GAP + 4.0),
            0.4,
            0.6,
        );
        page.as_part_of(Mark::Artifact(Artifact::Footer));
        for line in &footer {
            page.text_gray(Face::Regular, footer_size, MARGIN, y, 0.2, line);
            y -= footer_size * LINE_GAP;
        }
        self.y = self.top;
    }

    fn page(&mut self) -> &mut Page {
        if self.doc.pages().is_empty() {
            self.new_page();
        }
        self.doc.pages_mut().last_mut().expect("a page")
    }

    /// The current page, with what is drawn next marked as part of `mark`.
    fn page_for(&mut self, mark: Mark) -> &mut Page {
        self.page().as_part_of(mark)
    }

    fn add(&mut self, parent: Option<NodeId>, role: Role) -> NodeId {
        self.doc.structure_mut().add(parent, role)
    }

    /// Starts a new page unless `height` more points fit on this one.
    pub fn ensure(&mut self, height: f32) {
        if self.doc.pages().is_empty() || self.y - height < self.bottom {
            self.new_page();
        }
    }

    pub fn space(&mut self, points: f32) {
        self.y -= points;
    }

    /// A bold heading at `level` (1 for the document's title), kept on the
    /// same page as the first lines after it.
    pub fn heading(&mut self, text: &str, level: u16, size: f32) {
        self.ensure(size * 3.0 + 36.0);
        self.y -= size * 0.4;
        let title = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let node = self.add(None, Role::Heading { level, title });
        self.lines(node, text, Face::Bold, size, 0.0, 0.0);
        self.y -= size * 0.3;
    }

    /// Wrapped text across the full width.
    pub fn paragraph(&mut self, text: &str, face: Face, size: f32) {
        self.paragraph_at(text, face, size, 0.0, 0.0);
    }

    pub fn paragraph_at(&mut self, text: &str, face: Face, size: f32, indent: f32, gray: f32) {
        let node = self.add(None, Role::Paragraph);
        self.lines(node, text, face, size, indent, gray);
    }

    /// Draws `text` wrapped, as part of `node`.
    fn lines(&mut self, node: NodeId, text: &str, face: Face, size: f32, indent: f32, gray: f32) {
        let x = MARGIN + indent;
        for line in wrap_for_reading(text, face, size, self.width() - indent) {
            self.ensure(size * LINE_GAP);
            let y = self.y - size;
            self.page_for(Mark::Content(node))
                .text_gray(face, size, x, y, gray, &line);
            self.y -= size * LINE_GAP;
        }
    }

    /// `Label: value` lines with the labels in bold in a fixed column. A
    /// screen reader gets a table of two columns, each label heading its
    /// row.
    pub fn key_values(&mut self, pairs: &[(&str, String)], size: f32) {
        let label_width = pairs
            .iter()
            .map(|(k, _)| Face::Bold.metrics().width(k, size))
            .fold(0.0, f32::max)
            + 10.0;
        let table = self.add(None, Role::Table);
        for (label, value) in pairs {
            let row = self.add(Some(table), Role::Row);
            let label_cell = self.add(Some(row), Role::HeaderCell { for_row: true });
            let value_cell = self.add(Some(row), Role::Cell);
            let lines = wrap_for_reading(value, Face::Regular, size, self.width() - label_width);
            self.ensure(size * LINE_GAP * lines.len().min(3) as f32);
            let y = self.y - size;
            self.page_for(Mark::Content(label_cell))
                .text(Face::Bold, size, MARGIN, y, label);
            if lines.is_empty() {
                self.page_for(Mark::Content(value_cell)).nothing();
            }
            for line in lines {
                self.ensure(size * LINE_GAP);
                let y = self.y - size;
                self.page_for(Mark::Content(value_cell)).text(
                    Face::Regular,
                    size,
                    MARGIN + label_width,
                    y,
                    &line,
                );
                self.y -= size * LINE_GAP;
            }
        }
    }

    /// Each column's share of the width; a `whole` column first gets what
    /// its widest cell needs, and the others share the rest.
    fn column_widths(&self, columns: &[Column], rows: &[Vec<String>], size: f32) -> Vec<f32> {
        let metrics = Face::Regular.metrics();
        let total: f32 = columns.iter().map(|c| c.share).sum();
        let by_share = |c: &Column, width: f32, shares: f32| width * c.share / shares;
        let fixed: Vec<Option<f32>> = columns
            .iter()
            .enumerate()
            .map(|(index, c)| {
                c.whole.then(|| {
                    let widest = rows
                        .iter()
                        .filter_map(|row| row.get(index))
                        .map(|cell| metrics.width(cell, size) + 6.5)
                        .fold(0.0, f32::max);
                    widest
                        .max(by_share(c, self.width(), total))
                        .min(self.width() / 2.0)
                })
            })
            .collect();
        let rest = self.width() - fixed.iter().flatten().sum::<f32>();
        let shares: f32 = columns
            .iter()
            .zip(&fixed)
            .filter(|(_, f)| f.is_none())
            .map(|(c, _)| c.share)
            .sum();
        columns
            .iter()
            .zip(fixed)
            .map(|(c, f)| f.unwrap_or_else(|| by_share(c, rest, shares)))
            .collect()
    }

    /// A table with wrapped cells. The heading row repeats at the top of a
    /// new page; a screen reader hears it once, as the table's header.
    pub fn table(&mut self, columns: &[Column], rows: &[Vec<String>], size: f32) {
        let widths = self.column_widths(columns, rows, size);
        let line = size * LINE_GAP;
        let headings: Vec<Vec<String>> = columns
            .iter()
            .zip(&widths)
            .map(|(c, width)| wrap_for_reading(c.heading, Face::Bold, size, width - 4.0))
            .collect();
        let heading_lines = headings.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let table = self.add(None, Role::Table);
        let head = self.add(Some(table), Role::TableHead);
        let head_row = self.add(Some(head), Role::Row);
        let head_cells: Vec<NodeId> = columns
            .iter()
            .map(|_| self.add(Some(head_row), Role::HeaderCell { for_row: false }))
            .collect();
        // The first heading row is the header; later ones only repeat it.
        let draw_heading = |flow: &mut Flow, marks: &[Mark]| {
            flow.ensure(line * (heading_lines + 1) as f32 + 2.0);
            for index in 0..heading_lines {
                let y = flow.y - size;
                let mut x = MARGIN;
                for ((heading, width), mark) in headings.iter().zip(&widths).zip(marks) {
                    match heading.get(index) {
                        Some(text) => flow.page_for(*mark).text(Face::Bold, size, x, y, text),
                        None if heading.is_empty() && index == 0 => flow.page_for(*mark).nothing(),
                        None => {}
                    }
                    x += width;
                }
                flow.y -= line;
            }
            let rule = flow.y + size * 0.1;
            let right = MARGIN + flow.width();
            flow.page_for(Mark::Artifact(Artifact::Layout)).line(
                (MARGIN, rule),
                (right, rule),
                0.5,
                0.3,
            );
            flow.y -= 2.0;
        };
        let header_marks: Vec<Mark> = head_cells.iter().map(|c| Mark::Content(*c)).collect();
        let repeat_marks = vec![Mark::Artifact(Artifact::RepeatedHeading); columns.len()];
        draw_heading(self, &header_marks);
        let body = self.add(Some(table), Role::TableBody);
        for row in rows {
            let cells: Vec<Vec<String>> = row
                .iter()
                .zip(&widths)
                .map(|(cell, width)| wrap_for_reading(cell, Face::Regular, size, width - 6.0))
                .collect();
            let height = cells.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32 * line;
            if self.y - height.min(line * 4.0) < self.bottom {
                self.new_page();
                draw_heading(self, &repeat_marks);
            }
            let row_node = self.add(Some(body), Role::Row);
            let cell_marks: Vec<Mark> = cells
                .iter()
                .map(|_| Mark::Content(self.add(Some(row_node), Role::Cell)))
                .collect();
            // An empty cell is still a cell, so the columns stay in step.
            for (cell, mark) in cells.iter().zip(&cell_marks) {
                if cell.is_empty() {
                    self.page_for(*mark).nothing();
                }
            }
            let tallest = cells.iter().map(Vec::len).max().unwrap_or(1);
            for index in 0..tallest {
                if self.y - line < self.bottom {
                    self.new_page();
                    draw_heading(self, &repeat_marks);
                }
                let y = self.y - size;
                let mut x = MARGIN;
                for ((cell, width), mark) in cells.iter().zip(&widths).zip(&cell_marks) {
                    if let Some(text) = cell.get(index) {
                        self.page_for(*mark).text(Face::Regular, size, x, y, text);
                    }
                    x += width;
                }
                self.y -= line;
            }
            let rule = self.y + size * 0.1;
            let right = MARGIN + self.width();
            self.page_for(Mark::Artifact(Artifact::Layout)).line(
                (MARGIN, rule),
                (right, rule),
                0.2,
                0.75,
            );
            self.y -= 1.0;
        }
    }

    /// Reserves `height` points (on a new page if they don't fit here) and
    /// lets `draw` paint them: it gets the page and the block's left, top
    /// and width. What it draws is one figure, which a screen reader
    /// announces by `alt`: say in words what the picture shows. With no
    /// words it is decoration, and a screen reader passes over it.
    pub fn block(&mut self, height: f32, alt: &str, draw: impl FnOnce(&mut Page, f32, f32, f32)) {
        self.ensure(height);
        let top = self.y;
        let width = self.width();
        let mark = if alt.trim().is_empty() {
            Mark::Artifact(Artifact::Layout)
        } else {
            Mark::Content(self.add(
                None,
                Role::Figure {
                    alt: alt.to_string(),
                },
            ))
        };
        draw(self.page_for(mark), MARGIN, top, width);
        self.y -= height;
    }

    /// Numbers the pages and hands back the document.
    pub fn finish(mut self) -> Document {
        if self.doc.pages().is_empty() {
            self.new_page();
        }
        // In the file, each page's footer comes after its body, as on the
        // page: the order a reader without the structure follows.
        for page in self.doc.pages_mut() {
            page.move_to_end(Mark::Artifact(Artifact::Footer));
        }
        if self.footer_read_at_end {
            let closing = self.add(None, Role::Paragraph);
            if let Some(last) = self.doc.pages_mut().last_mut() {
                last.mark_all(Mark::Artifact(Artifact::Footer), Mark::Content(closing));
            }
        }
        let count = self.doc.pages().len();
        let language = self.doc.info().language;
        for (index, page) in self.doc.pages_mut().iter_mut().enumerate() {
            let label = words_with(
                language,
                "document-page",
                &args![("page", index + 1), ("pages", count)],
            );
            let width = Face::Regular.metrics().width(&label, HEADER_SIZE);
            page.as_part_of(Mark::Artifact(Artifact::PageNumber))
                .text_gray(
                    Face::Regular,
                    HEADER_SIZE,
                    PAGE_WIDTH - MARGIN - width,
                    PAGE_HEIGHT - MARGIN,
                    0.35,
                    &label,
                );
        }
        self.doc
    }
}

/// `text` cut to fit `width`, with an ellipsis when it was cut.
pub fn truncate(text: &str, face: Face, size: f32, width: f32) -> String {
    let metrics = face.metrics();
    if metrics.width(text, size) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        let mut longer = out.clone();
        longer.push(c);
        longer.push('…');
        if metrics.width(&longer, size) > width {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// `text` broken into lines no wider than `width` points (see
/// `wrap_lines`); a line broken at a space keeps that space at its end.
/// It draws nothing there, yet a screen reader or a copy joins the lines
/// with a word break instead of running the last and first words together.
fn wrap_for_reading(text: &str, face: Face, size: f32, width: f32) -> Vec<String> {
    wrap_lines(text, face, size, width)
        .into_iter()
        .map(|(line, at_space)| if at_space { line + " " } else { line })
        .collect()
}

/// Breaks `text` into lines no wider than `width` points: at spaces where
/// possible, inside a word only when the word alone is too wide. Line
/// breaks in the text are kept; an empty text gives no lines. Each line
/// says whether a word break follows it.
fn wrap_lines(text: &str, face: Face, size: f32, width: f32) -> Vec<(String, bool)> {
    let metrics = face.metrics();
    let fits = |s: &str| metrics.width(s, size) <= width;
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let paragraph = paragraph.trim_end_matches('\r').replace('\t', " ");
        if paragraph.trim().is_empty() {
            if !lines.is_empty() {
                lines.push((String::new(), false));
            }
            continue;
        }
        let mut current = String::new();
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let candidate = if current.is_empty() {
                word.to_string()
            } else {
                format!("{current} {word}")
            };
            if fits(&candidate) {
                current = candidate;
                continue;
            }
            if !current.is_empty() {
                lines.push((std::mem::take(&mut current), true));
            }
            if fits(word) {
                current = word.to_string();
            } else {
                // A word wider than the line: break it between characters.
                for c in word.chars() {
                    let mut longer = current.clone();
                    longer.push(c);
                    if !current.is_empty() && !fits(&longer) {
                        lines.push((std::mem::take(&mut current), false));
                        current.push(c);
                    } else {
                        current = longer;
                    }
                }
            }
        }
        if !current.is_empty() {
            // A line break in the text is a word break too.
            lines.push((current, true));
        }
    }
    while lines.last().is_some_and(|(line, _)| line.is_empty()) {
        lines.pop();
    }
    if let Some((_, at_space)) = lines.last_mut() {
        *at_space = false;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrap(text: &str, face: Face, size: f32, width: f32) -> Vec<String> {
        wrap_lines(text, face, size, width)
            .into_iter()
            .map(|(line, _)| line)
            .collect()
    }

    #[test]
    fn wrapping_keeps_every_word_and_respects_the_width() {
        let text = "Met at the courthouse and walked through the next steps together. \
                    Supercalifragilisticexpialidociousandthensomemoreletters end.";
        let lines = wrap(text, Face::Regular, 10.0, 120.0);
        assert!(lines.len() > 3);
        for line in &lines {
            assert!(Face::Regular.metrics().width(line, 10.0) <= 120.0, "{line}");
        }
        let joined: String = lines.concat().replace(' ', "");
        assert_eq!(joined, text.replace(' ', ""));
        assert!(wrap("", Face::Regular, 10.0, 100.0).is_empty());
        let cut = truncate(text, Face::Regular, 10.0, 100.0);
        assert!(cut.ends_with('…') && Face::Regular.metrics().width(&cut, 10.0) <= 100.0);
        assert_eq!(truncate("short", Face::Regular, 10.0, 100.0), "short");
        assert_eq!(
            wrap("a\n\nb", Face::Regular, 10.0, 100.0),
            vec!["a", "", "b"]
        );
    }

    #[test]
    fn a_line_broken_at_a_space_keeps_it_for_reading() {
        let text = "Met at the courthouse and walked through the next steps.\nThen lunch.";
        let lines = wrap_for_reading(text, Face::Regular, 10.0, 120.0);
        let (last, rest) = lines.split_last().unwrap();
        assert!(rest.iter().all(|l| l.ends_with(' ')), "{lines:?}");
        assert_eq!(last, "Then lunch.");
        assert_eq!(lines.concat(), text.replace('\n', " "));
        // A word broken between characters gets no space inside it.
        let long = wrap_for_reading(&"x".repeat(80), Face::Regular, 10.0, 60.0);
        assert!(long.len() > 1 && long.iter().all(|l| !l.contains(' ')));
    }

    fn info() -> DocumentInfo {
        DocumentInfo {
            title: "t".into(),
            language: super::super::Language::English,
            prepared_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
        }
    }

    #[test]
    fn every_page_gets_the_footer_and_a_page_number() {
        let mut flow = Flow::new(info(), "Header", "Footer notice text", 7.0);
        for i in 0..200 {
            flow.paragraph(&format!("Line {i}"), Face::Regular, 10.0);
        }
        let doc = flow.finish();
        assert!(doc.pages().len() > 2);
        let count = doc.pages().len();
        for (i, page) in doc.pages().iter().enumerate() {
            let texts = page.texts();
            assert!(texts.contains(&"Footer notice text"));
            assert!(texts.contains(&"Header"));
            assert!(texts.contains(&format!("Page {} of {count}", i + 1).as_str()));
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(24))]
        /// Whatever a record holds, krilla's validators accept the document:
        /// `render` may then treat a refusal as a bug.
        #[test]
        fn any_text_renders_as_valid_pdf_ua_and_pdf_a(
            text in "\\PC{0,80}",
            raw in proptest::prelude::any::<String>(),
        ) {
            let mut flow = Flow::new(info(), &raw, &text, 7.0);
            flow.heading(&raw, 1, 20.0);
            flow.heading(&text, 2, 12.0);
            flow.paragraph(&raw, Face::Regular, 9.5);
            flow.key_values(&[("Label", raw.clone()), ("Other", String::new())], 9.5);
            let column = Column { heading: "Heading", share: 1.0, whole: false };
            flow.table(&[column, column], &[vec![text.clone(), raw.clone()], vec![String::new(), text.clone()]], 8.5);
            flow.block(40.0, &text, |page, left, top, _| {
                page.text(Face::Bold, 7.0, left, top - 10.0, &raw);
            });
            let bytes = flow.finish().render();
            proptest::prop_assert!(bytes.starts_with(b"%PDF-1.7"));
        }
    }
}
