//! Flowing content down pages: wrapped paragraphs, key–value lines, tables
//! whose header repeats after a page break, and fixed-height blocks such as
//! charts. Every page gets the same running header and footer, drawn when
//! the page is started, so no page can be without them.

use super::{Document, Face, Page, PAGE_HEIGHT, PAGE_WIDTH};

pub const MARGIN: f32 = 48.0;
const HEADER_SIZE: f32 = 8.0;
const LINE_GAP: f32 = 1.3;

/// A table column: its heading and its share of the text width.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub heading: &'static str,
    pub share: f32,
    /// Never break a cell of this column across lines (a case id): the
    /// column is widened to its widest cell, up to half the table.
    pub whole: bool,
}

pub struct Flow {
    doc: Document,
    header: String,
    footer: Vec<String>,
    footer_size: f32,
    /// The baseline of the next line.
    y: f32,
    bottom: f32,
    top: f32,
}

impl Flow {
    /// `footer` is drawn, wrapped, at the foot of every page.
    pub fn new(title: &str, header: &str, footer: &str, footer_size: f32) -> Flow {
        let width = PAGE_WIDTH - 2.0 * MARGIN;
        let footer = wrap(footer, Face::Regular, footer_size, width);
        let footer_height = footer.len() as f32 * footer_size * LINE_GAP + 22.0;
        Flow {
            doc: Document::new(title),
            header: header.to_string(),
            footer,
            footer_size,
            y: 0.0,
            bottom: MARGIN + footer_height,
            top: PAGE_HEIGHT - MARGIN - 16.0,
        }
    }

    pub fn width(&self) -> f32 {
        PAGE_WIDTH - 2.0 * MARGIN
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
        page.text_gray(
            Face::Regular,
            HEADER_SIZE,
            MARGIN,
            PAGE_HEIGHT - MARGIN,
            0.35,
            &header,
        );
        page.line(
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

    /// Starts a new page unless `height` more points fit on this one.
    pub fn ensure(&mut self, height: f32) {
        if self.doc.pages().is_empty() || self.y - height < self.bottom {
            self.new_page();
        }
    }

    pub fn space(&mut self, points: f32) {
        self.y -= points;
    }

    /// A bold heading, kept on the same page as the first lines after it.
    pub fn heading(&mut self, text: &str, size: f32) {
        self.ensure(size * 3.0 + 36.0);
        self.y -= size * 0.4;
        self.paragraph(text, Face::Bold, size);
        self.y -= size * 0.3;
    }

    /// Wrapped text across the full width.
    pub fn paragraph(&mut self, text: &str, face: Face, size: f32) {
        self.paragraph_at(text, face, size, 0.0, 0.0);
    }

    pub fn paragraph_at(&mut self, text: &str, face: Face, size: f32, indent: f32, gray: f32) {
        let x = MARGIN + indent;
        for line in wrap(text, face, size, self.width() - indent) {
            self.ensure(size * LINE_GAP);
            let y = self.y - size;
            self.page().text_gray(face, size, x, y, gray, &line);
            self.y -= size * LINE_GAP;
        }
    }

    /// `Label: value` lines with the labels in bold in a fixed column.
    pub fn key_values(&mut self, pairs: &[(&str, String)], size: f32) {
        let label_width = pairs
            .iter()
            .map(|(k, _)| Face::Bold.metrics().width(k, size))
            .fold(0.0, f32::max)
            + 10.0;
        for (label, value) in pairs {
            let lines = wrap(value, Face::Regular, size, self.width() - label_width);
            self.ensure(size * LINE_GAP * lines.len().min(3) as f32);
            let y = self.y - size;
            self.page().text(Face::Bold, size, MARGIN, y, label);
            for line in lines {
                self.ensure(size * LINE_GAP);
                let y = self.y - size;
                self.page()
                    .text(Face::Regular, size, MARGIN + label_width, y, &line);
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
    /// new page.
    pub fn table(&mut self, columns: &[Column], rows: &[Vec<String>], size: f32) {
        let widths = self.column_widths(columns, rows, size);
        let line = size * LINE_GAP;
        let headings: Vec<Vec<String>> = columns
            .iter()
            .zip(&widths)
            .map(|(c, width)| wrap(c.heading, Face::Bold, size, width - 4.0))
            .collect();
        let heading_lines = headings.iter().map(Vec::len).max().unwrap_or(1).max(1);
        let draw_heading = |flow: &mut Flow| {
            flow.ensure(line * (heading_lines + 1) as f32 + 2.0);
            for index in 0..heading_lines {
                let y = flow.y - size;
                let mut x = MARGIN;
                for (heading, width) in headings.iter().zip(&widths) {
                    if let Some(text) = heading.get(index) {
                        flow.page().text(Face::Bold, size, x, y, text);
                    }
                    x += width;
                }
                flow.y -= line;
            }
            let rule = flow.y + size * 0.1;
            let right = MARGIN + flow.width();
            flow.page().line((MARGIN, rule), (right, rule), 0.5, 0.3);
            flow.y -= 2.0;
        };
        draw_heading(self);
        for row in rows {
            let cells: Vec<Vec<String>> = row
                .iter()
                .zip(&widths)
                .map(|(cell, width)| wrap(cell, Face::Regular, size, width - 6.0))
                .collect();
            let height = cells.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32 * line;
            if self.y - height.min(line * 4.0) < self.bottom {
                self.new_page();
                draw_heading(self);
            }
            let tallest = cells.iter().map(Vec::len).max().unwrap_or(1);
            for index in 0..tallest {
                if self.y - line < self.bottom {
                    self.new_page();
                    draw_heading(self);
                }
                let y = self.y - size;
                let mut x = MARGIN;
                for (cell, width) in cells.iter().zip(&widths) {
                    if let Some(text) = cell.get(index) {
                        self.page().text(Face::Regular, size, x, y, text);
                    }
                    x += width;
                }
                self.y -= line;
            }
            let rule = self.y + size * 0.1;
            let right = MARGIN + self.width();
            self.page().line((MARGIN, rule), (right, rule), 0.2, 0.75);
            self.y -= 1.0;
        }
    }

    /// Reserves `height` points (on a new page if they don't fit here) and
    /// lets `draw` paint them: it gets the page and the block's left, top
    /// and width.
    pub fn block(&mut self, height: f32, draw: impl FnOnce(&mut Page, f32, f32, f32)) {
        self.ensure(height);
        let top = self.y;
        let width = self.width();
        draw(self.page(), MARGIN, top, width);
        self.y -= height;
    }

    /// Numbers the pages and hands back the document.
    pub fn finish(mut self) -> Document {
        if self.doc.pages().is_empty() {
            self.new_page();
        }
        let count = self.doc.pages().len();
        for (index, page) in self.doc.pages_mut().iter_mut().enumerate() {
            let label = format!("Page {} of {count}", index + 1);
            let width = Face::Regular.metrics().width(&label, HEADER_SIZE);
            page.text_gray(
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

/// Breaks `text` into lines no wider than `width` points: at spaces where
/// possible, inside a word only when the word alone is too wide. Line
/// breaks in the text are kept; an empty text gives no lines.
pub fn wrap(text: &str, face: Face, size: f32, width: f32) -> Vec<String> {
    let metrics = face.metrics();
    let fits = |s: &str| metrics.width(s, size) <= width;
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let paragraph = paragraph.trim_end_matches('\r').replace('\t', " ");
        if paragraph.trim().is_empty() {
            if !lines.is_empty() {
                lines.push(String::new());
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
                lines.push(std::mem::take(&mut current));
            }
            if fits(word) {
                current = word.to_string();
            } else {
                // A word wider than the line: break it between characters.
                for c in word.chars() {
                    let mut longer = current.clone();
                    longer.push(c);
                    if !current.is_empty() && !fits(&longer) {
                        lines.push(std::mem::take(&mut current));
                        current.push(c);
                    } else {
                        current = longer;
                    }
                }
            }
        }
        if !current.is_empty() {
            lines.push(current);
        }
    }
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn every_page_gets_the_footer_and_a_page_number() {
        let mut flow = Flow::new("t", "Header", "Footer notice text", 7.0);
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
}
