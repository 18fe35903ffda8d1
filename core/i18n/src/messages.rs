//! The Fluent bundles, one per language, built on first use from the files
//! compiled into the binary (nothing is read from disk at run time).

use crate::Language;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::collections::HashMap;
use std::sync::OnceLock;

fn source(language: Language) -> &'static str {
    match language {
        Language::English => include_str!("../locales/en.ftl"),
        Language::Spanish => include_str!("../locales/es.ftl"),
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static HashMap<Language, Bundle> {
    static BUNDLES: OnceLock<HashMap<Language, Bundle>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        Language::ALL
            .iter()
            .map(|&language| {
                let resource = FluentResource::try_new(source(language).to_string())
                    .unwrap_or_else(|(_, errors)| {
                        panic!("locales/{language}.ftl does not parse: {errors:?}")
                    });
                let tag = language.code().parse().expect("a language's code is a tag");
                let mut bundle = Bundle::new_concurrent(vec![tag]);
                // Plain text for documents and terminals: no Unicode
                // isolation marks around arguments (Peerlog strips
                // bidirectional controls from what it prints).
                bundle.set_use_isolating(false);
                bundle
                    .add_resource(resource)
                    .unwrap_or_else(|errors| panic!("locales/{language}.ftl repeats {errors:?}"));
                (language, bundle)
            })
            .collect()
    })
}

/// The message `id` in `language`, or `None` when that file lacks it.
pub fn text(language: Language, id: &str) -> Option<String> {
    text_with(language, id, None)
}

/// The message `id` in `language` with its arguments filled in.
pub fn text_with(language: Language, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let bundle = &bundles()[&language];
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

/// Every message id in `language`'s file, for the tests that hold the
/// languages to each other.
pub fn ids(language: Language) -> Vec<String> {
    let resource = fluent_syntax::parser::parse(source(language)).expect("parses");
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_string()),
            _ => None,
        })
        .collect()
}
