# Peerlog's UI in English: recovery groups, their sessions and the
# attendance grid.
#
# Each message is one line: a line break in a message would reach screen
# readers and the page's text. $day is a weekday's code (monday…sunday);
# a single day's name comes from Intl, so only the "every week" forms are
# written here.

groups-title = Groups
groups-intro = Recovery groups, their sessions, and who came.
groups-new = New group
groups-loading = Loading…
groups-empty-title = No groups yet
groups-empty-text = Create your weekly recovery group, add its members from your caseload, then take attendance for each session in a grid: one key per person.
groups-create = Create a group
groups-list-label = Your groups
groups-saved = { $name } saved
groups-edit = Edit

## When a group meets

# In the list of groups: "Mondays · 18:00 · 3 members".
groups-weekdays = { $day ->
    [monday] Mondays
    [tuesday] Tuesdays
    [wednesday] Wednesdays
    [thursday] Thursdays
    [friday] Fridays
    [saturday] Saturdays
   *[sunday] Sundays
}
# Under the chosen group's name: "Meets Mondays at 18:00".
groups-meets = { $day ->
    [monday] Meets Mondays
    [tuesday] Meets Tuesdays
    [wednesday] Meets Wednesdays
    [thursday] Meets Thursdays
    [friday] Meets Fridays
    [saturday] Meets Saturdays
   *[sunday] Meets Sundays
}
groups-at-time = at { $time }
groups-no-fixed-day = No fixed day
groups-member-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
# A group that no longer meets.
groups-ended = ended

## Sessions

groups-new-session = New session
groups-session-date = Date
groups-session-topic = Topic
groups-optional = (optional)
groups-session-topic-placeholder = e.g. Rebuilding routines
groups-add-session = Add session
groups-session-added = Session on { $date } added. Mark attendance below.
# $day and $usual are weekday names from Intl ("Thursday").
groups-off-day-title = Record the session on { $day }?
groups-off-day-message = { $day } isn't this group's usual day ({ $usual }). Record the session on { $day }?
groups-off-day-confirm = Record on { $day }
groups-off-day-cancel = Change the date
groups-no-sessions-title = No sessions yet
groups-no-sessions-text = Add today's session above, then mark who came: one key per person.
groups-delete-session-title = Delete the session on { $date }?
groups-delete-this-session-title = Delete the session on this session?
groups-delete-session-message = Its attendance goes with it; this can't be undone.
groups-session-deleted = Session deleted
groups-attendance-saved = Attendance saved
groups-discard-title = Discard these attendance marks?
groups-discard-message = The marks you set haven't been saved. Keep editing to go back to them, or discard them.
groups-discard-confirm = Discard
groups-discard-keep = Keep editing

## Members

groups-members = Members
groups-members-count = Members ({ $count })
groups-no-members-title = No members yet
groups-no-members-text = Add the people who come to this group. Anyone on your caseload can join.
groups-no-people = Add participants to your caseload first; then they can join groups.
groups-add-member = Add a member
groups-add = Add
groups-member-added = Member added
groups-remove-label = Take { $name } off the roster
groups-remove-title = Take { $name } off the roster?
groups-remove-message = Their past attendance stays on record.
groups-remove-confirm = Take off roster

## The attendance grid. The keys (P, L, E, A, Space, Ctrl+Enter) stay as
## they are; each word here follows its key.

roster-marking-label = Marking attendance
# Followed by the session's date in bold.
roster-marking = Marking
roster-keys = Keys:
roster-key-present = present
roster-key-late = late
roster-key-excused = excused
roster-key-absent = absent
roster-key-space = Space
roster-key-cycle = cycle
roster-key-save = save
roster-everyone-present = Everyone else present
roster-clear = Clear
roster-delete-session = Delete session
roster-not-saved = Not saved yet
roster-saving = Saving…
roster-save = Save attendance
roster-caption = Attendance: members by session
roster-caption-open = Attendance: members by session; the { $date } column is open for marking
roster-col-member = Member
roster-col-attended = Attended
roster-not-marked = Not marked
# Sessions attended of those marked: "3 of 4".
roster-rate = { $attended } of { $marked }

## Group notes: after a session, a note in each present member's record.
## The shared part goes to everyone; a member's own part to them alone.

group-notes-heading = Group notes
group-notes-none = No group notes yet for this session.
# "2 of 3 present have a note · 1 signed".
group-notes-written = { $written } of { $present } present have a note · { $signed } signed
group-notes-nobody = Mark who came and save the attendance; then write the group notes.
group-notes-save-marks-first = Save the attendance first: the notes go to whoever is marked present.
group-notes-write = Write group notes…
group-notes-edit = Edit group notes…
group-notes-sign = Sign the notes…
group-notes-form-title = Group notes · { $date }
group-notes-intro = One note goes into each present member's record: the shared part, and anything you add for that person alone.
group-notes-loading = Loading who was there…
group-notes-start = Started at
group-notes-minutes = Minutes
group-notes-how = How
group-notes-shared = What the group did
group-notes-shared-hint = Goes into every member's record: describe the group and name no one.
group-notes-own = For { $name } (optional)
group-notes-own-signed = Signed: this note is locked.
group-notes-over-limit = { $present } people were there; { $payer } bills groups of at most { $limit }. You can still save the notes: the billing log will list this session.
group-notes-save = Save notes
group-notes-saved = { $count ->
    [one] Group note saved for { $count } member
   *[other] Group notes saved for { $count } members
}
group-notes-sign-title = { $count ->
    [one] Sign { $count } group note?
   *[other] Sign { $count } group notes?
}
group-notes-sign-message = You sign each member's note as { $signer }. A signed note can't be changed or deleted afterwards; a correction goes in an addendum beneath it.
group-notes-sign-confirm = Sign the notes
group-notes-signed = Group notes signed
