# Peerlog's UI in English: the follow-ups due, across the caseload.
#
# Each message is one line: a line break in a message would reach screen
# readers and the page's text.

followups-title = Follow-ups
followups-intro = What you said you'd do, and for whom.
followups-loading = Loading…
followups-empty-title = Nothing due in the next two weeks
followups-empty-text = When you log a contact, tick “Add a follow-up” to remember what comes next — a call back, a document to bring, a court date. They show up here when they're due.
# Shown instead of the empty state when only plan reviews are due.
followups-none-due = No follow-ups due in the next two weeks.

## The three lists

followups-overdue = Overdue
followups-due-today = Due today
followups-coming-up = { $days ->
    [one] Coming up (next { $days } day)
   *[other] Coming up (next { $days } days)
}

## Closing one, and undoing it

followups-done-button = Done
followups-done-label = Done: { $text }
followups-drop-button = Drop
followups-drop-label = Drop: { $text }
followups-done = Follow-up marked done
followups-dropped = Follow-up dropped
followups-reopened = Follow-up open again
