//! Unicode rules every text a peer types goes through: one normal form, one
//! way to compare ids, and what is never allowed into a record or onto a
//! terminal.

use unicode_normalization::UnicodeNormalization;

/// Unicode NFC: `e` + combining acute and `é` become the same text.
pub fn nfc(text: &str) -> String {
    text.nfc().collect()
}

/// The one rule for comparing external (case) ids, everywhere: trimmed,
/// Unicode NFC, then lower-cased by Unicode's rules (so `É-7`, `é-7` and
/// `e\u{301}-7` are one id). Two participants can never share a key; every
/// lookup by external id goes through it.
pub fn external_id_key(external_id: &str) -> String {
    let lowered: String = nfc(external_id.trim())
        .chars()
        .flat_map(char::to_lowercase)
        .collect();
    nfc(&lowered)
}

/// What a name looks like, for telling apart two names that differ only in
/// characters that look alike: compatibility forms folded (full-width
/// letters, ligatures), lower case, invisible characters dropped, runs of
/// space made one, and the Cyrillic and Greek letters that pass for Latin
/// ones replaced by them. Never stored; only compared.
pub fn look_alike_key(text: &str) -> String {
    let folded: String = text.nfkc().flat_map(char::to_lowercase).collect();
    let mut key = String::with_capacity(folded.len());
    for c in folded.chars() {
        if matches!(
            c,
            '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{00AD}'
        ) || is_bidi_control(c)
        {
            continue;
        }
        if c.is_whitespace() {
            if !key.ends_with(' ') && !key.is_empty() {
                key.push(' ');
            }
            continue;
        }
        key.push(latin_look_alike(c).unwrap_or(c));
    }
    key.trim_end().to_string()
}

/// The one rule for telling whether two partner names are the same
/// organisation: trimmed, Unicode compatibility forms folded (NFKC: a
/// full-width letter or a ligature is its plain twin), lower-cased by
/// Unicode's rules, runs of space made one. "Treatment Court" and
/// " treatment  COURT" are one partner.
pub fn partner_key(name: &str) -> String {
    let folded: String = name.trim().nfkc().flat_map(char::to_lowercase).collect();
    let mut key = String::with_capacity(folded.len());
    for word in folded.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(word);
    }
    key.nfkc().collect()
}

/// What a partner name looks like with everything that does not change
/// how it reads taken out: the look-alike key ([`look_alike_key`]) with
/// spaces and punctuation dropped. Two names with different
/// [`partner_key`]s but one skeleton ("Treatment Court" with a Cyrillic
/// "о", or "Sheriff's Office" and "Sheriffs Office") are probably one
/// organisation typed two ways, which only the peer can tell: they are
/// flagged for review, never merged on their own.
pub fn partner_skeleton(name: &str) -> String {
    look_alike_key(name)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// The Latin letter a Cyrillic or Greek lower-case letter passes for.
fn latin_look_alike(c: char) -> Option<char> {
    Some(match c {
        'а' => 'a',
        'в' => 'b',
        'е' => 'e',
        'ё' => 'e',
        'һ' => 'h',
        'і' => 'i',
        'ј' => 'j',
        'к' => 'k',
        'м' => 'm',
        'н' => 'h',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'т' => 't',
        'у' => 'y',
        'х' => 'x',
        'ѕ' => 's',
        'ԁ' => 'd',
        'ԛ' => 'q',
        'ԝ' => 'w',
        'α' => 'a',
        'β' => 'b',
        'ε' => 'e',
        'ι' => 'i',
        'κ' => 'k',
        'ν' => 'v',
        'ο' => 'o',
        'ρ' => 'p',
        'τ' => 't',
        'υ' => 'u',
        'χ' => 'x',
        'γ' => 'y',
        _ => return None,
    })
}

/// Characters that reorder how text is shown (bidi embeddings, overrides and
/// isolates): harmless in a record's meaning, but they let a name display as
/// something else, so no field accepts them.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Text as it may be printed on a terminal: control characters (ANSI
/// escapes, carriage returns, backspaces) and bidi controls are dropped, so
/// a file handed to the peer can't move the cursor, recolour the screen or
/// disguise what it says. Newlines and tabs stay when `multiline`.
pub fn for_terminal(text: &str, multiline: bool) -> String {
    text.chars()
        .filter(|&c| {
            let allowed_space = multiline && (c == '\n' || c == '\t');
            allowed_space || !(c.is_control() || is_bidi_control(c))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_that_differ_only_in_case_or_composition_share_a_key() {
        let composed = external_id_key("É-7");
        assert_eq!(composed, external_id_key("é-7"));
        assert_eq!(composed, external_id_key(" e\u{301}-7 "));
        assert_eq!(composed, external_id_key("E\u{301}-7"));
        assert_eq!(external_id_key("A-100"), external_id_key("a-100"));
        assert_ne!(external_id_key("A-100"), external_id_key("A-1000"));
        // Look-alikes from other scripts stay distinct ids.
        assert_ne!(external_id_key("A-1"), external_id_key("\u{0410}-1"));
    }

    #[test]
    fn look_alike_names_share_a_key_and_different_names_do_not() {
        let court = look_alike_key("Treatment Court");
        assert_eq!(court, look_alike_key("Trеatment Сourt"), "Cyrillic е and С");
        assert_eq!(
            court,
            look_alike_key("Ｔｒｅａｔｍｅｎｔ　Ｃｏｕｒｔ"),
            "full width"
        );
        assert_eq!(
            court,
            look_alike_key("Treatment\u{200B} Court  "),
            "zero width, spaces"
        );
        assert_ne!(court, look_alike_key("Treatment Courts"));
        assert_ne!(look_alike_key("Sheriff"), look_alike_key("Probation"));
    }

    #[test]
    fn partner_names_share_a_key_only_when_they_read_the_same() {
        let court = partner_key("Treatment Court");
        assert_eq!(court, partner_key("  treatment   COURT "));
        assert_eq!(court, partner_key("Ｔｒｅａｔｍｅｎｔ Court"), "full width");
        assert_ne!(court, partner_key("Treatment C\u{043E}urt"), "Cyrillic о");
        assert_eq!(
            partner_skeleton("Treatment Court"),
            partner_skeleton("Treatment C\u{043E}urt")
        );
        assert_eq!(
            partner_skeleton("Sheriff's Office"),
            partner_skeleton("Sheriffs  Office")
        );
        assert_ne!(partner_skeleton("Sheriff"), partner_skeleton("Probation"));
    }

    #[test]
    fn terminal_text_loses_escapes_and_bidi_controls() {
        let hostile = "Court\u{1b}[2J\u{1b}[31m\rA\u{202E}gnp.exe\u{8}";
        let shown = for_terminal(hostile, false);
        assert!(!shown.chars().any(|c| c.is_control() || is_bidi_control(c)));
        assert_eq!(shown, "Court[2J[31mAgnp.exe");
        assert_eq!(for_terminal("a\nb\tc", true), "a\nb\tc");
        assert_eq!(for_terminal("a\nb\tc", false), "abc");
    }
}
