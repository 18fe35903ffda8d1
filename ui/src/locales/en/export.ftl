# Peerlog's UI in English: the case-conference export (a consent-scoped
# summary for a partner), its preview, and the accounting of disclosures.

export-title = Share a summary
export-intro = A summary for a partner, limited to what each participant's consent allows. Boundary notes and your self-checks never leave.
export-empty-title = No releases of information yet
export-empty-body = Before anything can be shared, a participant signs a consent naming who may receive what. Add it on their page under Consents; then come back here to prepare the summary for that meeting.
export-form-title = What to share
export-recipient = Recipient
export-recipient-choose = Choose who it's for
export-from = From
export-to = To

## Who is left out, and why

# Joined with "; " into one summary: "12 on your caseload have no consent
# for this recipient; 3 consents ended".
export-left-out-no-consent = { $count ->
    [one] { $count } on your caseload has no consent for this recipient
   *[other] { $count } on your caseload have no consent for this recipient
}
export-left-out-ended = { $count ->
    [one] { $count } consent ended
   *[other] { $count } consents ended
}
export-left-out-later = { $count ->
    [one] { $count } consent starts later
   *[other] { $count } consents start later
}
export-left-out-details = Who, and why
export-reason-no-consent = no consent for this recipient
export-reason-revoked = consent revoked
export-reason-expired = consent ended
export-reason-not-yet-effective = consent not in force yet

## Who and what is included

# $recipient: who the export is for, as written in the consents.
export-no-candidates = No one has a consent for { $recipient } in force today.
export-who = Who
export-who-hint = (a consent in force for { $recipient }; tick who this meeting is about)
export-ticked = { $chosen } of { $total } ticked
export-select-all = Select all
export-clear-all = Clear all
# $categories: what the consent allows, separated by commas; $until: its
# last day, or the event that ends it.
export-consent-allows = Consent allows: { $categories } · until { $until }
export-include = Include
export-include-hint = (never more than a consent allows; narratives only if you tick them)
export-purpose = Purpose
export-purpose-placeholder = From the consents
export-prepared-by = Prepared by
export-prepared-by-placeholder = Your program
export-preview-button = Preview what would leave

## The preview

export-preview-title = Preview
export-preview-empty = Choose the recipient and the period, then preview. You'll see exactly what the file will hold before anything is written.
# Before the recipient's name: "For <strong>Treatment Court Team</strong> · …"
export-preview-for = For
export-preview-purpose = purpose: { $purpose }
export-nothing-in-period = Nothing in this period
# The 42 CFR §2.32 redisclosure notice itself comes from core, with the
# export; this is only the heading that opens it.
export-notice = The notice that goes with it (42 CFR §2.32)

## One participant's section in the preview, one line each

# $duration: export-duration-*.
export-line-engagement = { $contacts ->
    [one] { $contacts } contact
   *[other] { $contacts } contacts
}, { $duration } ({ $units ->
    [one] { $units } unit
   *[other] { $units } units
})
export-line-contact-notes = { $count ->
    [one] { $count } contact note
   *[other] { $count } contact notes
}
export-line-narratives = with contact narratives
export-line-no-sessions = no group sessions
export-line-attendance = group attendance { $attended } of { $held }
export-line-attendance-rate = group attendance { $attended } of { $held } ({ $rate }%)
export-line-wellness = { $count ->
    [one] { $count } wellness check-in
   *[other] { $count } wellness check-ins
}
export-line-referrals = { $count ->
    [one] { $count } referral
   *[other] { $count } referrals
}
export-line-follow-ups = { $count ->
    [one] { $count } open follow-up
   *[other] { $count } open follow-ups
}
export-duration-minutes = { $minutes } min
export-duration-hours = { $hours } h
export-duration-hours-minutes = { $hours } h { $minutes } min

## Saving

export-format = Format
export-format-choice-pdf = PDF, one page each
export-format-choice-csv = CSV tables (zip)
export-format-choice-pack = Sealed packet
export-packet-passphrase = Packet passphrase
export-packet-passphrase-hint = (agree it with the recipient; tell it separately)
export-preview-outdated = Something changed since this preview. Preview again to see what would leave now.
# Followed by the start of the file's SHA-256 and "…)."
export-saved = Saved and recorded as a disclosure ({ $bytes } bytes, SHA-256
export-save = Save…
export-saved-announcement = Export saved and recorded as a disclosure

## The accounting of disclosures

export-history-title = Accounting of disclosures
export-history-empty = Nothing has been shared yet. Every export you save is listed here, with what went to whom.
export-history-caption = Every export that left Peerlog, newest first
export-col-when = When
export-col-to = To
export-col-period = Period
export-col-who = Who
export-col-format = Format
export-col-hash = SHA-256
# How each format is named in the list of disclosures.
export-format-pdf = PDF
export-format-csv = CSV tables
export-format-pack = Sealed packet

export-language = Language of the document
export-language-hint = The recipient's language: English unless they read Spanish. The federal notice keeps its English text beside a translation.
