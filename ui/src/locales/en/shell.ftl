# Peerlog's UI in English: the frame around the unlocked app (navigation,
# the failure banner) and what shows while Peerlog opens.

shell-opening = Opening Peerlog…
shell-broken-title = Peerlog can't open its data
shell-data-folder = Data folder:
shell-data-folder-unknown = unknown
shell-dismiss = Dismiss
# The app's name beside its mark; the same in every language.
shell-brand = Peerlog

nav-label = Main
nav-log-contact = Log a contact
nav-caseload = Caseload
nav-followups = Follow-ups
nav-groups = Groups
nav-search = Search
nav-export = Share a summary
nav-selfcheck = My self-check
nav-reviews = Review queue
nav-supervision = Supervision
nav-certification = My certification
nav-settings = Settings
nav-lock = Lock
