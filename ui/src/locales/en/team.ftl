# Peerlog's UI in English: the team folder in Settings (this store's key,
# starting or joining a team, members, syncing, what was sent).

team-title = Team
team-intro = Supervision without a server: the apps of your team's peers and supervisors exchange sealed, signed files through a folder your program already syncs. Your database never leaves this laptop.
team-key-title = This app's key
team-key-intro = Give this key to whoever adds you to a team. It is safe to share: it lets others seal files to you and check what you sign.
team-key-label = Key
team-copy-key = Copy the key
team-key-copied = Key copied.
team-key-select = The key is selected: press Ctrl+C to copy it.
team-fingerprint-label = Fingerprint
team-fingerprint-read-aloud = Read these digits aloud to the other person, in person or on a call. If theirs match, the key reached them unchanged.

team-start-title = Start a team
team-start-intro = For a supervisor or program lead: you keep the list of members.
team-join-title = Join a team
team-join-intro = Your supervisor adds your key first, then gives you their key and the folder.
team-name = Team name
team-folder = Team folder
team-choose-folder = Choose the folder…
team-no-folder = No folder chosen yet.
team-your-name = Your name
team-role = Role
team-credential = Credential
team-admin-key = The admin's key
team-start = Start the team
team-join = Join the team
team-started = Team started.
team-joined = Joined. Waiting for the admin's list of members.
team-joined-admitted = Joined. The admin's list of members is here.

team-role-peer = Peer
team-role-supervisor = Supervisor

# $name: the team's name.
team-in = Team { $name }
team-in-unnamed = Your team
team-folder-shown = Folder: { $folder }
team-folder-available = The team folder is here.
team-folder-waiting = Waiting for the team folder.
# $count: sealed messages waiting in this app for the folder.
team-waiting = { $count ->
    [0] Nothing waiting to go out.
    [one] 1 message waiting to go out.
   *[other] { $count } messages waiting to go out.
}
team-not-admitted = Waiting for the admin's list of members to name this app.
# $when: when the folder was last read.
team-last-read = Last read { $when }.
# $count: files seen in the folder that could not be read whole.
team-unreadable = { $count ->
    [one] 1 file could not be read: still syncing or damaged. It will be tried again.
   *[other] { $count } files could not be read: still syncing or damaged. They will be tried again.
}
# $count: files refused (altered, or from someone not in the team).
team-refused = { $count ->
    [one] 1 file was refused: altered, or from someone not in the team.
   *[other] { $count } files were refused: altered, or from someone not in the team.
}
team-sync-now = Sync now
team-syncing = Syncing…
team-synced = Synced with the team folder.
team-sync-failed = The last sync did not finish:

team-members-title = Members
team-you = (you)
team-admin = Admin
# $name: a member's name.
team-remove-member = Remove
team-remove-member-label = Remove { $name } from the team
team-remove-title = Remove this member?
team-remove-body = { $name } will no longer receive anything from the team, and files from their app will be refused.
team-remove-confirm = Remove
team-remove-cancel = Keep
team-member-removed = Member removed.

team-add-title = Add a member
team-add-intro = Type the key they gave you, then read the fingerprint aloud together before you save.
team-member-key = Their key
team-member-name = Their name
team-add = Add the member
team-member-added = Member added. The list goes out at the next sync.

team-sample-title = Review sample
team-sample-intro = The share of each peer's signed notes their app sends for review when they submit a sample.
team-sample-percent = Percent of notes
team-sample-save = Save
# $percent: a whole number.
team-sample-saved = Review sample set to { $percent }%.

team-sent-title = What was sent
team-sent-intro = Each message exactly as it left this app, sealed to the people named.
team-sent-empty = Nothing sent yet.
team-sent-kind-roster = List of members
team-sent-kind-review-request = Note for review
team-sent-kind-review-decision = Review decision
team-sent-kind-supervision-session = Supervision session
team-sent-kind-supervision-acknowledged = Supervision acknowledged
team-sent-kind-week-summary = Week's counts
# $names: who it was sent to, by the names the roster gave them.
team-sent-to = To { $names }
team-sent-delivered = Delivered to the folder
team-sent-waiting = Waiting for the folder
team-sent-show = Show what was sent
team-sent-hide = Hide

# The supervisor's review queue.
reviews-title = Review queue
reviews-intro = Notes your team's peers sent for review, the participant by initials only. Approving adds your co-signature to the note.
reviews-empty-title = Nothing to review
reviews-empty-body = Notes a peer submits arrive here at the next sync.
# $count: notes waiting for a decision.
reviews-waiting = { $count ->
    [0] No notes waiting
    [one] 1 note waiting
   *[other] { $count } notes waiting
}
reviews-decided = Decided
# $peer: the peer's name; $initials: the participant's initials.
reviews-note-heading = { $peer } · participant { $initials }
reviews-status-approved = Approved
reviews-status-changes = Changes requested
# $minutes: the contact's length.
reviews-minutes = { $minutes } min
# $goals: the plan goals the note worked toward.
reviews-goals = Toward: { $goals }
# $signer: name and credential; $when: date and time.
reviews-signed = Signed by { $signer } · { $when }
# $when: date and time.
reviews-received = Received { $when }
# $comment: what the supervisor wrote.
reviews-your-comment = Your comment: { $comment }
reviews-approve = Approve
reviews-approve-label = Approve the note from { $peer } about { $initials }
reviews-request-changes = Request changes
reviews-request-changes-label = Request changes to the note from { $peer } about { $initials }
reviews-comment = What should change
reviews-comment-hint = The peer reads this and answers with an addendum.
reviews-send-changes = Send the request
reviews-cancel = Cancel
# $name: the peer's name.
reviews-approved = Approved; your co-signature goes to { $name } at the next sync.
reviews-changes-sent = Your request goes to { $name } at the next sync.

# Supervision sessions, on both sides.
supervision-title = Supervision
supervision-intro = Record supervision with the peers of your team. Each session goes to the peer to acknowledge, so you both hold the same hours.
supervision-record-title = Record a session
supervision-peer = Peer
supervision-pick-peer = Choose a peer
supervision-date = Date
supervision-minutes-label = Minutes
supervision-kind = Kind
supervision-topics = Topics
supervision-private-note = Private note
supervision-private-hint = Only in this app: the other person never sees it.
supervision-record = Record the session
# $name: the peer's name.
supervision-recorded = Session recorded; it goes to { $name } at the next sync.
supervision-sessions-title = Sessions
supervision-none = No supervision sessions yet.
# $minutes: the session's length.
supervision-minutes = { $minutes } min
# $when: date and time.
supervision-acknowledged-on = Acknowledged { $when }
supervision-not-acknowledged = Not acknowledged yet
# $name: the supervisor's name.
supervision-with-supervisor = With { $name }
# $name: the peer's name.
supervision-with-peer = With { $name }
supervision-acknowledge = Acknowledge
# $date: the session's date; $name: the supervisor's name.
supervision-acknowledge-label = Acknowledge the session of { $date } with { $name }
# $name: the supervisor's name.
supervision-acknowledged = Acknowledged; { $name } gets it at the next sync.
supervision-note-add = Add a private note
supervision-note-edit = Edit the private note
supervision-note-save = Save the note
supervision-note-saved = Private note saved.
supervision-cancel = Cancel
supervision-received-title = Supervision received
supervision-received-intro = Sessions your supervisor recorded with you. Acknowledge each one so the hours count for both of you.

# A supervisor's view of each peer's weeks.
weeks-title = Peers' weeks
weeks-intro = The counts each peer's app sends once a week: numbers only, no names.
weeks-none = No peers in the team yet.
weeks-none-yet = No week received yet.
# $when: when the last week arrived.
weeks-received = Last received { $when }
weeks-week-of = Week of
weeks-trend = Trend
weeks-count-active = Active participants
weeks-count-not-seen = Not seen in 14 days
weeks-count-overdue = Overdue follow-ups
weeks-count-plan-reviews = Plan reviews due
weeks-count-unsigned = Notes not signed
weeks-count-units = Units billed
weeks-count-group-sessions = Group sessions
weeks-count-attendance = Group attendance
weeks-units-by-payer = Units by payer, last week:
