//! The words on the native file dialogs that are ours to choose: each
//! dialog's title and the names of its file types. The system draws the
//! dialog, but a Spanish-speaking peer should not meet an English title in
//! it, so these come from core's messages (`dialog-…`) in the app's language.

use peerlog_core::i18n::{self, Language};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogWords {
    SaveBackup,
    ChooseBackup,
    BackupFiles,
    SaveRecoveryKey,
    TextFiles,
    ChooseTeamFolder,
    SaveExport,
    CsvTablesFiles,
    SealedPacketFiles,
    SaveBillingLog,
    ChooseCertificate,
    SaveCertificate,
    SaveRenewalPacket,
    ChooseSignedAgreement,
    SaveSignedAgreement,
    SaveRecoveryPlan,
    SaveRegister,
}

impl DialogWords {
    pub const ALL: &'static [DialogWords] = &[
        DialogWords::SaveBackup,
        DialogWords::ChooseBackup,
        DialogWords::BackupFiles,
        DialogWords::SaveRecoveryKey,
        DialogWords::TextFiles,
        DialogWords::ChooseTeamFolder,
        DialogWords::SaveExport,
        DialogWords::CsvTablesFiles,
        DialogWords::SealedPacketFiles,
        DialogWords::SaveBillingLog,
        DialogWords::ChooseCertificate,
        DialogWords::SaveCertificate,
        DialogWords::SaveRenewalPacket,
        DialogWords::ChooseSignedAgreement,
        DialogWords::SaveSignedAgreement,
        DialogWords::SaveRecoveryPlan,
        DialogWords::SaveRegister,
    ];

    fn message_id(self) -> &'static str {
        match self {
            DialogWords::SaveBackup => "dialog-save-backup",
            DialogWords::ChooseBackup => "dialog-choose-backup",
            DialogWords::BackupFiles => "dialog-backup-files",
            DialogWords::SaveRecoveryKey => "dialog-save-recovery-key",
            DialogWords::TextFiles => "dialog-text-files",
            DialogWords::ChooseTeamFolder => "dialog-choose-team-folder",
            DialogWords::SaveExport => "dialog-save-export",
            DialogWords::CsvTablesFiles => "dialog-csv-tables-files",
            DialogWords::SealedPacketFiles => "dialog-sealed-packet-files",
            DialogWords::SaveBillingLog => "dialog-save-billing-log",
            DialogWords::ChooseCertificate => "dialog-choose-certificate",
            DialogWords::SaveCertificate => "dialog-save-certificate",
            DialogWords::SaveRenewalPacket => "dialog-save-renewal-packet",
            DialogWords::ChooseSignedAgreement => "dialog-choose-signed-agreement",
            DialogWords::SaveSignedAgreement => "dialog-save-signed-agreement",
            DialogWords::SaveRecoveryPlan => "dialog-save-recovery-plan",
            DialogWords::SaveRegister => "dialog-save-register",
        }
    }

    /// The words in `language`. Every language has them (a test holds
    /// each to `ALL`); were one missing, the message id still names the
    /// dialog rather than leaving it blank.
    pub fn in_language(self, language: Language) -> String {
        i18n::text(language, self.message_id()).unwrap_or_else(|| self.message_id().to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_dialog_is_worded_in_every_language() {
        for &words in DialogWords::ALL {
            for &language in Language::ALL {
                let text = i18n::text(language, words.message_id());
                assert!(
                    text.as_deref().is_some_and(|t| !t.trim().is_empty()),
                    "{words:?} has no words in {language}"
                );
            }
            assert_ne!(
                words.in_language(Language::English),
                words.in_language(Language::Spanish),
                "{words:?} is English left in place"
            );
        }
    }
}
