//! Peerlog's printable documents: US Letter pages of text, rules, boxes and
//! line charts in the bundled DejaVu Sans. Layout (`layout.rs`) flows the
//! content down the pages and records its logical structure
//! (`structure.rs`); `render.rs` writes it through krilla as a tagged PDF
//! that declares and passes PDF/UA-1 (accessible: a screen reader gets the
//! headings, paragraphs and tables in reading order) and PDF/A-2u
//! (archivable: fonts embedded, every glyph mapped to its text). Nothing is
//! fetched; the output depends only on what was drawn.

pub mod font;
mod layout;
mod page;
mod render;
mod structure;

pub use font::Face;
pub(crate) use layout::{Column, Flow};
pub use page::Page;
pub(crate) use structure::{Artifact, Mark, NodeId, Role, Structure};

use crate::i18n::Language;
use chrono::NaiveDate;

/// US Letter, in points.
pub const PAGE_WIDTH: f32 = 612.0;
pub const PAGE_HEIGHT: f32 = 792.0;

/// The BCP 47 tag a PDF declares for `language` (/Lang), so a screen reader
/// speaks it with the right voice. Spanish is US Spanish: Peerlog's
/// documents go to programs in the United States, and a screen reader picks
/// its voice (and how it reads numbers) from the region too.
pub fn language_tag(language: Language) -> &'static str {
    match language {
        Language::English => "en",
        Language::Spanish => "es-US",
    }
}

/// What the file says about itself.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentInfo {
    /// Shown as the window title and kept in the metadata: keep names out
    /// of it.
    pub title: String,
    /// The language it is written in.
    pub language: Language,
    /// The day it was prepared (PDF/A wants a date); from the store's
    /// clock, so the same records give the same file.
    pub prepared_on: NaiveDate,
}

/// A document being drawn: its pages and their logical structure.
#[derive(Debug, Clone)]
pub struct Document {
    info: DocumentInfo,
    pages: Vec<Page>,
    structure: Structure,
}

impl Document {
    pub fn new(info: DocumentInfo) -> Self {
        Document {
            info,
            pages: Vec::new(),
            structure: Structure::default(),
        }
    }

    pub fn info(&self) -> &DocumentInfo {
        &self.info
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

    pub(crate) fn structure(&self) -> &Structure {
        &self.structure
    }

    pub(crate) fn structure_mut(&mut self) -> &mut Structure {
        &mut self.structure
    }

    /// Writes the PDF.
    pub fn render(&self) -> Vec<u8> {
        render::render(self)
    }
}
