//! What documents say, in their reader's language: each sentence, label
//! and heading a PDF or an export's text file holds is a Fluent message in
//! `core/i18n/locales/<language>.ftl`. A language's file lacking one is a
//! bug the language tests catch; should it ship anyway, the reader gets the
//! English rather than a gap.

use crate::i18n::{self, FluentArgs, Language};

/// The message `id` in `language`.
pub(crate) fn words(language: Language, id: &str) -> String {
    worded(language, id, None)
}

/// The message `id` in `language`, with its arguments.
pub(crate) fn words_with(language: Language, id: &str, args: &FluentArgs) -> String {
    worded(language, id, Some(args))
}

fn worded(language: Language, id: &str, args: Option<&FluentArgs>) -> String {
    i18n::text_with(language, id, args)
        .or_else(|| i18n::text_with(Language::English, id, args))
        .unwrap_or_else(|| {
            if cfg!(debug_assertions) {
                panic!("no message {id} in en.ftl, or its arguments are wrong");
            }
            id.to_string()
        })
}

/// `FluentArgs` from pairs: `args![("page", 1), ("pages", 3)]`.
macro_rules! args {
    ($(($name:expr, $value:expr)),* $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $(args.set($name, $value);)*
        args
    }};
}
pub(crate) use args;
