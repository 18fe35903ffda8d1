# Peerlog's UI in English: the caseload (the home screen).
#
# Each message is one line: a line break in a message would reach screen
# readers and the page's text.
# Key names (Ctrl, N, Enter) are not in these messages: they stay as on the
# keyboard in every language, and the screen puts them beside the words.

caseload-title = Caseload
caseload-add = Add participant
caseload-added = { $name } added to your caseload

## The backup reminder (its heading comes from the backup settings)

caseload-backup-why = A backup is one encrypted file you keep away from this laptop, so your case log survives a lost or broken computer.
caseload-backup-go = Back up in Settings
caseload-backup-not-now = Not now
caseload-backup-not-now-label = Not now: hide the backup reminder until tomorrow

## Loading, and an empty caseload

caseload-loading = Loading your caseload…
caseload-empty-title = Your caseload is empty
# Followed by the shortcut (Ctrl+N) and a full stop.
caseload-empty-text = Add the first person you support. A case number and a name are all you need; everything else can wait. Then log a contact from anywhere with
caseload-empty-add = Add your first participant

## The tiles at the top; the number stands above each text

caseload-tiles-label = At a glance
caseload-tile-active = { $count ->
   *[other] active participants
}
caseload-tile-not-seen = not seen in 14 days
caseload-overdue-people = { $count ->
    [one] person with overdue follow-ups
   *[other] people with overdue follow-ups
}
caseload-overdue-follow-ups = { $count ->
    [one] { $count } follow-up overdue in all
   *[other] { $count } follow-ups overdue in all
}
caseload-tile-next-group = next group: { $name }
caseload-tile-no-group = no group scheduled

## Finding, filtering and sorting

caseload-find-label = Find someone
caseload-find-placeholder = Name, case number or program
# After the Enter key, when one person is left: Enter opens them.
caseload-find-opens = opens
caseload-status-label = Status
caseload-status-all = Everyone
caseload-sort-label = Sort by
caseload-sort-not-seen = Longest since seen
caseload-sort-follow-ups = Follow-ups due
caseload-sort-name = Name
caseload-not-seen = Not seen in 14 days
caseload-filter-overdue = With overdue follow-ups
caseload-none-title = No one matches these filters
caseload-none-text = Nobody on your caseload fits what's selected above.
caseload-show-everyone = Show everyone

## The table

# Read by screen readers before the table. $sort is name, notSeen or followUps.
caseload-caption = Caseload, { $count ->
    [one] { $count } person
   *[other] { $count } people
}, sorted by { $sort ->
    [name] name
    [notSeen] longest since seen
   *[followUps] follow-ups due
}
caseload-col-name = Name
caseload-col-last-contact = Last contact
caseload-col-follow-ups = Follow-ups
caseload-col-next-group = Next group
caseload-col-status = Status
caseload-col-actions = Actions
caseload-no-contact = No contact yet
caseload-row-overdue = { $count } overdue
caseload-row-open = { $count } open
caseload-row-none = None
caseload-log = Log
caseload-log-label = Log a contact with { $name }
