# Peerlog's UI in English: case conferences with partners, a meeting's
# docket, its export and its decisions, and the home screen's next meetings.

nav-meetings = Meetings

meetings-title = Meetings
meetings-intro = Your regular case conferences. Open a date to pick who is on the docket, export exactly what the meeting needs, and note what was decided.
meetings-add = Add a meeting
# $name: the meeting's name.
meetings-added = { $name } added.
meetings-empty-title = No meetings yet
meetings-empty-body = Add the staffing or case conference you go to, and its next date shows on the home screen.
meetings-no-partners-title = Add a partner first
meetings-no-partners-body = A meeting is held with a partner: the court, the sheriff's office, a provider.
meetings-go-partners = Open Partners
meetings-caption = Your meetings, the next first
meetings-col-meeting = Meeting
meetings-col-partner = With
meetings-col-when = When
meetings-col-next = Next
meetings-col-actions = Actions
meetings-prepare = Prepare
# $name: the meeting's name; $date: the day.
meetings-prepare-label = Prepare { $name } on { $date }
meetings-date = Date
meetings-next = next
# $day: a weekday's name; $time: 9:00; $weeks: every how many weeks.
meetings-rhythm = { $day } at { $time }, { $weeks ->
    [one] every week
   *[other] every { $weeks } weeks
}

# The home screen. $count: how many meetings are named.
meetings-ahead-title = { $count ->
    [one] Next meeting
   *[other] Next meetings
}
meetings-ahead-when = { $date } at { $time }

meeting-form-title = Add a meeting
meeting-form-partner = Partner
meeting-form-pick-partner = Choose a partner
meeting-form-pick-partner-error = Choose the partner the meeting is with.
meeting-form-name = Name
meeting-form-name-hint = For example "Treatment court staffing".
meeting-form-weekday = Day
meeting-form-time = Time
meeting-form-every-weeks = Every how many weeks
meeting-form-starts-on = Starting
meeting-form-starts-hint = The first meeting is on its day in that week or after.
meeting-form-save = Save meeting

meeting-docket-title = On the docket
# $partner: the partner's name.
meeting-docket-intro = Only people with a consent to { $partner } and an agreement in force are offered.
meeting-docket-none = Nobody can be put on this docket today: no one has a consent to { $partner } in force, or the agreement with them has ended.
# $categories: what may be shared, listed.
meeting-docket-may-share = May share: { $categories }
meeting-docket-save = Save the docket
# $count: how many are on the docket.
meeting-docket-saved = { $count ->
    [0] Docket cleared.
    [one] 1 person on the docket.
   *[other] { $count } people on the docket.
}
meeting-docket-kept = { $count ->
    [one] 1 person on the docket.
   *[other] { $count } people on the docket.
}

meeting-export-title = Export for this meeting
meeting-export-needs-docket = Put someone on the docket first; the export holds only them.
meeting-export-loading = Getting the export ready…
meeting-export-docket-unsaved = Save the docket first: the export follows the saved docket.
# $partner: the partner's name; $from and $to: dates.
meeting-export-period = For { $partner }, from { $from } to { $to } (since the meeting before).
meeting-export-save = Save the export…
# $size: the file's size ("48 KB"); $hash: the start of its SHA-256.
meeting-export-saved = Saved and recorded in the accounting of disclosures ({ $size }, SHA-256 { $hash }…).
meeting-export-saved-short = Export saved.

meeting-decisions-title = What was decided
meeting-decisions-none = Nothing noted yet for this date.
meeting-decisions-needs-docket = Decisions are noted for people on the docket.
meeting-decision-add = Note a decision
meeting-decision-who = About
meeting-decision-pick = Choose someone on the docket
meeting-decision-pick-error = Choose who the decision is about.
meeting-decision-text = Decision
meeting-decision-with-follow-up = Add a follow-up to their record
meeting-decision-follow-up-text = Follow-up
meeting-decision-due = Due
meeting-decision-save = Save decision
meeting-decision-recorded = Decision saved.
meeting-decision-recorded-follow-up = Decision saved; the follow-up is in their record.
meeting-decision-follow-up-opened = Follow-up added
