# Peerlog's UI in English: a participant's page, its cards (timeline,
# follow-ups, wellness, boundaries, referrals, consents, disclosures,
# profile), the wellness chart, the participant picker and the rating
# scale used by the check-in and self-check forms.
#
# Each message is one line: a line break in a message would reach screen
# readers and the page's text. Vocabulary (contact modes, statuses,
# categories…) comes from the shell already in the chosen language and
# reaches these messages as arguments.

## The page and its toolbar

participant-back = Back
participant-loading = Loading…
participant-case = Case { $id }
participant-docket = Docket { $docket }
participant-toolbar-label = Record for { $name }
participant-log-contact = Log contact
participant-check-in = Check-in
participant-boundary-note = Boundary note
participant-follow-up = Follow-up
participant-referral = Referral
participant-edit = Edit

## Said to screen readers once a form has saved

participant-saved-changes = Changes saved
participant-deleted = Participant deleted
participant-saved-check-in = Check-in saved
participant-saved-boundary = Boundary note saved
participant-saved-follow-up = Follow-up added
participant-saved-consent = Consent saved
participant-saved-outcome = Referral outcome saved
participant-saved-referral = Referral added

## Words the cards share

card-add = Add
card-edit = Edit
card-delete = Delete
card-done = Done

## Boundary notes

card-boundaries-title = Boundary notes
card-boundaries-private = Private to you. Never exported or shared.
card-boundaries-empty = No boundaries noted. Writing down what you agreed — hours, channels, money, rides — helps you both keep to it.
card-boundary-agreed = Agreed { $date }
card-boundary-review = review { $date }
card-boundary-review-due = review due
card-boundary-delete-title = Delete this boundary note?
card-boundary-delete-message = It will be gone for good; this can't be undone.
card-boundary-deleted = Boundary note deleted

## Consents

card-consents-title = Consents
card-consents-empty = No release of information on file. Add the consent they signed to share a summary with a partner such as the court team; nothing is shared without one.
# Where a consent stands on a date.
card-consent-active = Active
card-consent-expired = Expired
card-consent-revoked = Revoked
card-consent-not-yet-effective = Not yet effective
card-consent-revoked-on = revoked { $date }
card-consent-revoke = Record a revocation
card-consent-revoke-title = Record that { $name } revoked this consent?
card-consent-revoke-message = From today nothing more goes to { $recipient } under it. Disclosures already made stay on record.
card-consent-revoke-confirm = Record revocation
card-consent-revocation-recorded = Revocation recorded

## Disclosures (the accounting of case-conference exports)

card-disclosures-title = Disclosures
card-disclosures-empty = Nothing about { $name } has been shared yet. Each case-conference export that includes them is listed here: when, to whom, why and what.
card-disclosures-intro = Every export that included { $name }, newest first.
card-disclosure-period = Period { $from } – { $to }
# Before the file's fingerprint.
card-disclosure-hash = SHA-256

## Open follow-ups

card-follow-ups-title = Open follow-ups
card-follow-ups-empty = Nothing open. Add one here or when you log a contact.
card-follow-up-mark-done-label = Mark done: { $text }
card-follow-up-done = Follow-up marked done
card-follow-up-reopened = Follow-up open again

## Profile

card-profile-title = Profile
card-profile-contact-preferences = Contact preferences
card-profile-phone = Phone
card-profile-email = Email
card-profile-language = Language
card-profile-intake = Intake
card-profile-groups = Groups
card-profile-no-groups = None yet
card-profile-goals = Goals

## Referrals

card-referrals-title = Referrals
card-referral-referred = Referred { $date }
# After the outcome: "Connected since Nov 20".
card-referral-since = since { $date }
card-referral-change = Change outcome
card-referral-change-label = Change outcome of the { $name } referral

## Wellness

card-wellness-title = Wellness
card-wellness-check-in = Check-in
card-wellness-empty = No check-ins yet. A check-in rates the eight dimensions of wellness together; after two, you'll see the trend here.
# In the check-in form's list of what is still to rate.
participant-missing-barc-items = { $count ->
    [one] BARC-10 item { $items }
   *[other] BARC-10 items { $items }
}

## The wellness chart. Averages come with one decimal ("3.0").

chart-summary-trend = Average wellness went from { $first } on { $firstDate } to { $latest } on { $latestDate }, across { $count } check-ins.
chart-summary-one = One check-in so far, on { $date }: average { $average } of 5.
chart-point = { $date }: average { $average }
chart-average-caption = Average of the eight dimensions (1 struggling – 5 thriving).
chart-dimensions-caption = Each dimension: latest rating and change since the first check-in
chart-col-dimension = Dimension
chart-col-trend = Trend
chart-col-latest = Latest
chart-col-change = Change
chart-barc-label = BARC-10 recovery capital: latest { $latest } of 60; the cut-off associated with sustained remission is { $cutoff }.
# Followed by the latest total, in bold.
chart-barc-latest = BARC-10 recovery capital (10–60): latest
chart-barc-first = , first { $first }
chart-barc-cutoff = The dashed line at { $cutoff } is the score Vilsaint et al. (2017) linked with sustained remission.

## The rating scale (a radio group): "1 of 5 (struggling)"

chart-rating-option = { $n } of { $max }
chart-rating-option-end = { $n } of { $max } ({ $end })

## Picking a participant by name or case number

participant-picker-placeholder = Type a name or case number
participant-picker-matches = Matching participants
participant-picker-none = No one on your caseload matches “{ $text }”.

## The timeline

timeline-title = Timeline
timeline-filter-label = Show
timeline-filter-all = All
timeline-kind-contacts = Contacts
timeline-kind-groups = Groups
timeline-kind-check-ins = Check-ins
timeline-kind-boundaries = Boundaries
timeline-kind-follow-ups = Follow-ups
timeline-kind-referrals = Referrals
timeline-kind-plans = Recovery plan
timeline-empty-title = Nothing here yet
# Followed by the shortcut in brackets: "(Ctrl+N)."
timeline-empty-first = Log your first contact with { $name }
timeline-empty-rest = Contacts, group attendance, check-ins, boundaries, follow-ups and referrals all appear here, newest first.
timeline-log-contact = Log a contact
timeline-upcoming = upcoming
timeline-private = Private
# A group note: the part every member's note shares, and this member's own.
timeline-group-shared = Group session
timeline-group-own = For this member
timeline-edit = Edit
timeline-delete = Delete
timeline-edit-contact-label = Edit the { $title } contact
timeline-delete-contact-label = Delete the { $title } contact
timeline-delete-check-in-label = Delete this check-in
timeline-delete-contact-title = Delete this contact?
timeline-delete-contact-message = It will be gone for good, with its units; this can't be undone.
timeline-contact-deleted = Contact deleted
timeline-delete-check-in-title = Delete this check-in?
timeline-delete-check-in-message = Its ratings leave the wellness trend; this can't be undone.
timeline-check-in-deleted = Check-in deleted
timeline-show-older = Show older
timeline-loading-older = Loading older entries…
# Said once more entries are shown; always many.
timeline-showing-all = { $count ->
   *[other] Showing all { $count } entries
}
timeline-showing-recent = { $count ->
   *[other] Showing the { $count } most recent entries
}

## How each timeline entry reads

timeline-contact-title = { $mode } · { $minutes } min
timeline-attendance-title = { $group }: { $status }
timeline-check-in-title = Wellness check-in · average { $average } of 5
timeline-check-in-barc = BARC-10 { $total } of 60
timeline-boundary-title = Boundary · { $category }
timeline-boundary-review = review { $date }
timeline-follow-up-title = Follow-up · { $status }
timeline-referral-title = Referral · { $type }: { $name }
timeline-plan-created-title = Recovery plan · version { $version } written
timeline-plan-signed-title = Recovery plan · version { $version } signed
timeline-plan-goals = { $count ->
    [one] { $count } goal
   *[other] { $count } goals
}
# Under a contact's note, the recovery-plan goals it worked toward.
# $goals: each goal as timeline-goal-named, joined by semicolons.
timeline-toward-goals = { $count ->
    [one] Toward goal { $goals }
   *[other] Toward goals { $goals }
}
# $words: the goal in the participant's own words, never translated.
timeline-goal-named = { $number }: { $words }
