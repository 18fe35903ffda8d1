//! The notice that travels with every disclosure.

use crate::i18n::Language;
use crate::words::words;

/// 42 CFR §2.32(a)(1), Statement 1, as amended by the 2024 final rule
/// (89 FR 12472). It goes on every page of a PDF and into every folder of a
/// CSV export or packet. The regulation's own words, so they live here in
/// code rather than in a message file: an export in another language
/// carries this text beside its translation ([`notice_in`]).
pub const REDISCLOSURE_NOTICE: &str = "This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). These rules prohibit you from using or disclosing this record, or testimony that describes the information contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, State, or local authority, against the patient, unless authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In addition, the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of the following applies: (i) Further use or disclosure is expressly permitted by the written consent of the individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. (ii) You are a covered entity or business associate and have received the record for treatment, payment, or health care operations, or (iii) You have received the record from a covered entity or business associate as permitted by 45 CFR part 164, subparts A and E. A general authorization for the release of medical or other information is NOT sufficient to meet the required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).";

/// The file that carries the notice in every folder of an export.
pub const NOTICE_FILE: &str = "NOTICE-42-CFR-PART-2.txt";

/// The notice as an export in `language` carries it. In English, the
/// regulation's text. In any other language, a line saying that the English
/// governs, the translation, and then the English text itself, each a
/// paragraph of its own (separated by a blank line): the translation gives
/// the reader access, the English keeps its legal force.
pub fn notice_in(language: Language) -> String {
    if language == Language::English {
        return REDISCLOSURE_NOTICE.to_string();
    }
    [
        words(language, "export-notice-governs"),
        words(language, "export-notice-translation"),
        REDISCLOSURE_NOTICE.to_string(),
    ]
    .join("\n\n")
}
