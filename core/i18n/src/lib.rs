//! Peerlog's words in each language it speaks. The UI keeps its own
//! messages (ui/messages); what Rust writes for people to read (the labels
//! of closed vocabularies, documents) comes from one Project Fluent file per
//! language in `locales/`. English labels of a vocabulary live beside its
//! codes (`text_enum!`); every other language has them in its file.
//! Adding a language: its file here, its file in the UI, and its name in
//! [`Language`] (CONTRIBUTING.md).

mod language;
mod messages;

pub use fluent_bundle::FluentArgs;
pub use language::Language;
pub use messages::{ids, text, text_with};
