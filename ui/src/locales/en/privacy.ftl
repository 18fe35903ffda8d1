# Peerlog's UI in English: the privacy officer's register (restriction
# requests and the incident log).

privacy-title = Privacy register
privacy-intro = Restriction requests from participants and the log of possible breaches. Both print for an audit; neither holds notes.
privacy-print-pdf = Save as PDF
privacy-print-csv = Save as CSV
privacy-printed = Register saved.

privacy-restrictions-title = Restriction requests
privacy-restrictions-none = No requests yet.
privacy-restriction-add = Record a request
privacy-restriction-added = Request recorded.
privacy-restriction-accepted = Accepted: exports leave those out from now on.
privacy-restriction-refused = Refused; the decision is recorded.
privacy-col-who = Participant
privacy-col-partner = With
privacy-col-withheld = Not to share
privacy-col-requested = Asked on
privacy-col-decision = Decision
privacy-decide = Decide
# $name: the participant's name.
privacy-decide-label = Decide the request from { $name }
# $date: the day decided; $by: who decided.
privacy-decided = { $date } · { $by }

privacy-incidents-title = Incident log
privacy-incidents-why = A possible breach of these records comes under HIPAA's breach notification: the clock runs from the day it was discovered.
privacy-incidents-none = No incidents logged.
privacy-incident-add = Log an incident
privacy-incident-added = Incident logged.
privacy-col-what = What happened
privacy-col-happened = Happened
privacy-col-discovered = Discovered
privacy-col-told = Who was told
privacy-col-status = Status
privacy-not-told-yet = No one yet
privacy-incident-update = Update
# $summary: the incident's one line.
privacy-incident-update-label = Update the incident: { $summary }
privacy-incident-updated = Incident updated.

restriction-form-title = Record a restriction request
restriction-form-who = Who asked
restriction-form-pick = Choose a participant
restriction-form-pick-error = Choose who made the request.
restriction-form-partner = Not to be shared with
restriction-every-partner = Every partner
restriction-form-categories = What they asked not to share
restriction-form-requested-on = Asked on
restriction-form-save = Save request

# $name: the participant's name.
restriction-decide-title = Request from { $name }
restriction-decide-decision = Decision
restriction-decide-on = Decided on
restriction-decide-by = Decided by
restriction-decide-by-hint = A role or a name, for example "Privacy officer".
restriction-decide-save = Save decision

incident-form-title = Log an incident
incident-form-update-title = Update the incident
incident-form-summary = What happened
incident-form-summary-hint = One line about what kind of thing happened, never about a person: "Laptop left unlocked in the courthouse".
incident-form-happened-on = Happened on
incident-form-discovered-on = Discovered on
incident-form-notified = Who was told
incident-form-notified-on = Told on
incident-form-status = Status
incident-form-save = Save incident
