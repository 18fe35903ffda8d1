# Peerlog's English messages for what Rust writes for people to read.
#
# The English labels of closed vocabularies (contact modes, services, …) live
# beside their codes in the code (`text_enum!`), so they are not repeated
# here; every other language's file carries them, under
# `<vocabulary>-<code>` (see es.ftl). Documents add their messages here as
# they become translatable.

## Export: the case-conference documents (the PDF, and the README of a CSV
## folder or packet). The English here must stay as it was when it was
## written inline: existing exports and their tests read it word for word.
## Numbers come formatted; dates are ISO 8601 in every language.

export-title = Case-conference summary
export-running-header = Confidential · { $title } for { $recipient } · { $period }
export-participant-header = Confidential · { $name } ({ $id }) · { $title } for { $recipient }
export-period = { $from } to { $to }
export-cover-intro = Confidential: disclosed under the participants' written consents. Only the participants and the kinds of information those consents name are included.
export-meeting = Meeting
export-recipient = Recipient
export-purpose = Purpose
export-disclosed-by = Disclosed by
export-prepared-by = Prepared by
export-prepared-on = Prepared on
export-period-label = Period
export-participants = Participants
export-cover-included = Included
export-column-participant = Participant
export-column-case-id = Case id
export-column-consent = Consent
export-column-information = Information included
export-notice-heading = Notice of prohibition on redisclosure (42 CFR 2.32)
export-consent-signed = signed { $signed }, from { $effective }
export-consent-until-date-or-event = until { $date } or { $event }
export-consent-until-date = until { $date }
export-consent-until-event = until { $event }
export-case-id = Case id
export-consent = Consent
export-consent-purpose = Consent purpose
export-included = Included
export-not-included = Not included: { $categories }.
export-engagement = Engagement in the period
export-engagement-summary = { $contacts } contacts · { $hours } hours · { $units } units of 15 minutes · last contact { $last }
export-column-mode = Mode
export-column-contacts = Contacts
export-column-hours = Hours
export-column-units = Units
export-attendance = Recovery group attendance
export-attendance-none = No sessions recorded
export-attendance-attended = { $attended } of { $counted } { $counted ->
        [one] session
       *[other] sessions
    } attended
export-attendance-late = ({ $late } late)
export-attendance-excused = { $excused } excused, not counted
export-wellness = Wellness check-ins
export-wellness-none = No wellness check-ins in the period.
export-chart-wellness = Wellness (mean of eight dimensions, 1 to 5)
export-chart-barc10 = BARC-10 total (10 to 60; dashed: { $cutoff })
export-chart-none = none in the period
export-latest-check-in = Latest check-in, { $date }:
export-barc10-change = BARC-10 total: { $latest } (first in the period { $first }, change { $change }). A total of { $cutoff } or more was associated with sustained remission (Vilsaint et al., 2017).
export-barc10-one = BARC-10 total: { $latest } (one in the period). A total of { $cutoff } or more was associated with sustained remission (Vilsaint et al., 2017).
export-barc10-none = BARC-10: not taken in the period.
export-check-ins = { $count } check-ins in the period.
export-referrals = Referrals made or resolved in the period
export-referrals-none = No referrals in the period.
export-column-referred = Referred
export-column-to = To
export-column-type = Type
export-column-outcome = Outcome
export-column-outcome-on = On
export-follow-ups = Open follow-ups
export-follow-ups-none = No open follow-ups.
export-column-due = Due
export-column-follow-up = Follow-up
export-contacts-and-notes = Contacts and notes
export-contacts = Contacts
export-contacts-none = No contacts in the period.
export-note-signed = Signed by { $signer }, { $when }
export-note-cosigned = Co-signed by { $signer }, { $when }
export-note-addendum = Addendum, { $when }, { $signer } ({ $reason }): { $text }
export-column-date = Date
export-column-minutes = Min
export-column-services = Services
export-column-narrative = Narrative

# What a chart shows, for a screen reader.
export-alt-line-chart = Line chart.
export-alt-wellness = Wellness, mean of eight dimensions from 1 to 5
export-alt-barc10 = BARC-10 total from 10 to 60
export-alt-none = { $name }: none in the period.
export-alt-values = { $name }: { $count ->
        [one] one value
       *[other] { $count } values
    } from { $from } to { $to }; first { $first }, lowest { $lowest }, highest { $highest }, latest { $latest }.
export-alt-cutoff = A dashed line marks { $cutoff }.

# The README beside a CSV export's tables.
export-readme-title = Peerlog case-conference export
export-readme-scope =
    Each participant appears only under a consent in force on the day this was prepared,
    and only with the kinds of information that consent names (see participants.csv).
export-readme-tables = Tables (UTF-8, comma-separated, one row per line, first row is the heading):
export-readme-participants = who is included, under which consent, with which categories
export-readme-engagement = contacts, minutes and 15-minute units (H0038) in the period
export-readme-contacts = each contact; narratives only where consented
export-readme-attendance = recovery group sessions in the period
export-readme-wellness = wellness check-ins (1-5 per dimension) and BARC-10 totals
export-readme-referrals = referrals made or resolved in the period
export-readme-follow-ups = follow-ups open on the day this was prepared
export-readme-notice = The notice in { $file } applies to every file in this folder:

# The 42 CFR §2.32 redisclosure notice. Its English is the regulation's own
# text, kept in code (core/src/export/notice.rs) and carried by every export
# in every language. Another language's file holds its translation and a
# line saying the English governs; English needs neither.
export-notice-governs = { "" }
export-notice-translation = { "" }

## Every printed document

document-page = Page { $page } of { $pages }

## The program report: de-identified counts. The CSV keeps these English
## words whatever the language (programs read its columns); the PDF is in
## the reader's language.

report-title = Program report
report-header = { $title } · { $period } · de-identified
report-footer = De-identified counts for program reporting: no names, case ids, narratives or dates tied to a person. Small counts can still point to someone; share this report with care.
report-intro = Peer support services from { $from } to { $to }, prepared on { $prepared }. Counts only: no names, case ids or notes.
report-measure = Measure
report-value = Value
report-section-period = period
report-section-participants = participants
report-section-contacts = contacts
report-section-by-mode = contacts by mode
report-section-by-service = contacts by service
report-section-groups = groups
report-section-referrals = referrals
report-section-referrals-by-type = referrals by type
report-section-wellness = wellness (mean of eight, 1-5)
report-section-barc10 = BARC-10 total (10-60)
report-from = from
report-to = to
report-prepared-on = prepared on
report-served = served
report-new = new (intake in period)
report-completed = completed (status changed in period)
report-served-now = served, now { $label }
report-contacts = contacts
report-participants-contacted = participants contacted
report-hours = hours
report-units = units (15 minutes, H0038)
report-of-contacts = { $label }: contacts
report-of-hours = { $label }: hours
report-of-units = { $label }: units
report-sessions-held = sessions held
report-groups-meeting = groups meeting
report-present = present
report-late = late
report-excused = excused
report-absent = absent
report-attendance-rate = attendance rate (%)
report-distinct-attendees = distinct attendees
report-made = made
report-connected = connected
report-pending = pending
report-not-connected = not connected
report-declined = declined
report-of-made = { $label }: made
report-of-connected = { $label }: connected
report-measured = people measured
report-measured-twice = people measured twice or more
report-mean-first = mean first
report-mean-latest = mean latest
report-mean-change = mean change
report-improved = improved
report-unchanged = unchanged
report-declined-change = declined
report-at-or-above = latest at or above { $cutoff }

## Passphrase strength: the minimum length (zxcvbn's own suggestions are
## English already; other languages translate them under strength-…).

strength-too-short = Use at least { $min } characters.

## The billing log: the lines a biller submits, and the checks before them.

billing-title = Billing log
billing-header = { $title } · { $period } · { $payer }
billing-footer = For the program's biller. Participants appear by case id only; no notes. Keep it inside the program.
billing-every-payer = every payer
billing-intro = Peer support services from { $from } to { $to } for { $payer }: { $lines ->
    [one] one billable line
   *[other] { $lines } billable lines
    }, { $units } units in all. Prepared on { $prepared }. Only signed notes are billed.
billing-checks = Checks before submitting
billing-checks-none = Nothing to check: every note in the period is signed and within the payer's limits.
billing-lines = Billable services
billing-lines-none = No billable services in the period.
billing-column-date = Date
billing-column-external-id = Case id
billing-column-check = Check
billing-column-time = Time
billing-column-code = Code
billing-column-units = Units
billing-column-signed-by = Signed by
billing-check-unsigned = Note not signed, so not billed
billing-check-no-plan-goal = The payer needs each note to name a recovery-plan goal
billing-check-over-daily-cap = Over the payer's daily cap: { $amount ->
    [one] one unit
   *[other] { $amount } units
    } not billed
billing-check-over-yearly-cap = Over the payer's yearly hours cap: { $amount ->
    [one] one unit
   *[other] { $amount } units
    } not billed
billing-check-group-over-limit = Group session with { $amount } present, over the payer's group size limit

## The recovery plan, printed for the participant in their language: the
## participant reads it, so it speaks to them.

plan-title = My recovery plan
plan-header = { $title } · { $name }
plan-footer = Prepared { $prepared }. This plan is yours: keep it somewhere safe.
plan-intro = This is your plan, in your own words. You can change it whenever you want; each change makes a new version, and the earlier ones are kept.
plan-participant = Name
plan-version = Version
plan-written = Written on
plan-next-review = Next review
plan-no-review = Not set yet
plan-strengths = My strengths
plan-strengths-none = None written down yet.
plan-goals = My goals
plan-goal = Goal { $number }: { $dimension }
plan-goal-steps = Steps
plan-goal-who-helps = Who helps
plan-goal-target = Target date
plan-goal-status = Status
plan-signatures = Signatures
plan-unsigned = This version is not signed yet.
plan-signed-participant = Signed by { $name } on { $on }
plan-declined = The participant chose not to sign: { $reason }
plan-signed-peer = Peer support specialist: { $name }, on { $on }
plan-signed-supervisor = Supervisor or professional: { $name } ({ $role }), on { $on }

## The renewal packet: the peer's own trainings for their certification
## board. Nothing about participants. Hours come formatted ("1.5").

renewal-title = Renewal packet
renewal-header = { $title } · { $credential } · { $period }
renewal-footer = The peer's own record, for the certification board. It holds nothing about participants.
renewal-intro = Continuing education and trainings for { $credential }, { $period }. Prepared on { $prepared }.
renewal-credential = Credential
renewal-board = Issuing board
renewal-number = Number
renewal-issued-on = Issued on
renewal-expires-on = Expires on
renewal-period = Period
renewal-period-value = { $from } to { $to }
renewal-status = Status
renewal-rule = Renewal rule
renewal-rule-hours = { $hours } hours every { $months } months
renewal-rule-no-hours = lasts { $months } months; no hours required
renewal-rule-grace = grace period of { $days } days
renewal-standing-current = Current
renewal-standing-due-soon = Expires in { $days ->
    [one] { $days } day
   *[other] { $days } days
} ({ $reminder }-day reminder)
renewal-standing-in-grace = Expired; in its grace period until { $until }
renewal-standing-lapsed = Lapsed: expired and past any grace period
renewal-hours = Hours by category
renewal-column-category = Category
renewal-column-required = Required
renewal-column-earned = Earned
renewal-column-missing = Missing
renewal-total = Total
renewal-category-peer-support = Peer support or recovery
renewal-category-ethics = Ethics
renewal-category-elective = Elective
renewal-category-supervision = Supervision
renewal-category-open = Any category (elective)
renewal-supervision-counted = Supervision hours in the period: { $hours }, counted as { $category }.
renewal-supervision-not-counted = Supervision hours in the period: { $hours }, not counted toward this credential.
renewal-supervision-sessions = Supervision sessions
renewal-supervision-sessions-none = No acknowledged supervision sessions in the period.
renewal-column-length = Length (hours)
renewal-column-kind = Kind
renewal-column-supervisor = Supervisor
renewal-trainings = Trainings
renewal-trainings-none = No trainings in the period.
renewal-column-date = Date
renewal-column-title = Training
renewal-column-provider = Provider
renewal-column-hours = Hours
renewal-column-certificate = Certificate
renewal-certificates = Certificates
renewal-certificates-none = No certificates are attached.
renewal-certificates-intro = { $count ->
    [one] One certificate is kept in Peerlog's encrypted store; the zip packet carries it as a file.
   *[other] { $count } certificates are kept in Peerlog's encrypted store; the zip packet carries each as a file.
}
renewal-certificate-line = { $date } · { $title }: { $certificate }
renewal-type-pdf = PDF
renewal-type-png = PNG image
renewal-type-jpeg = JPEG image

## The privacy officer's register, printed for an audit
register-restrictions-title = Restriction requests
register-restrictions-intro = What participants asked not to share, with whom, and what was decided: { $lines ->
    [one] one request
   *[other] { $lines } requests
    }. Participants appear by case id only. Prepared { $prepared }.
register-restrictions-none = No restriction requests have been recorded.
register-incidents-title = Incident log
register-incidents-intro = Possible breaches of these records, when each was discovered, and who was told: { $lines ->
    [one] one incident
   *[other] { $lines } incidents
    }. Prepared { $prepared }.
register-incidents-none = No incidents have been logged.
register-footer = The privacy officer's register, for an audit. No narratives. Keep it inside the program.
register-column-external-id = Case id
register-column-partner = Partner
register-column-categories = Not to share
register-column-requested = Requested
register-column-decision = Decision
register-column-summary = What happened
register-column-happened = Happened
register-column-discovered = Discovered
register-column-notified = Who was told
register-column-status = Status
register-every-partner = every partner
register-pending = Not decided yet

## The native file dialogs' titles and file types (the desktop shell)
dialog-save-backup = Save a backup of Peerlog
dialog-choose-backup = Choose a Peerlog backup to restore
dialog-backup-files = Peerlog backup
dialog-save-recovery-key = Save your Peerlog recovery key
dialog-text-files = Text
dialog-choose-team-folder = Choose the team folder
dialog-save-export = Save the case-conference export
dialog-csv-tables-files = Zip of CSV tables
dialog-sealed-packet-files = Sealed packet
dialog-save-billing-log = Save the billing log
dialog-choose-certificate = Choose the certificate
dialog-save-certificate = Save the certificate
dialog-save-renewal-packet = Save the renewal packet
dialog-choose-signed-agreement = Choose the signed agreement
dialog-save-signed-agreement = Save a copy of the signed agreement
dialog-save-recovery-plan = Save the recovery plan
dialog-save-register = Save the register
