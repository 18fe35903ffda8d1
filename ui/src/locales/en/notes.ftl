# Peerlog's UI in English: signed notes and their addenda (issue 12). A
# contact's note is signed with the peer's name and credential, then locked:
# never changed or deleted, only amended by a signed, dated addendum beneath it.

## How a note's signature and its addenda read in the timeline

# The signer's name with the credential after it: "Jordan Peer, CPS".
note-signer = { $name }, { $credential }
# When a note was signed or an addendum written, as recorded: a date
# ("Thu, Dec 3") and a 24-hour time ("10:21").
note-when = { $date }, { $time }
note-signed-by = Signed by { $signer } · { $when }
note-unsigned = Not signed yet
note-addenda-label = Addenda to this note
note-addendum-heading = Addendum · { $when }
note-addendum-reason = Reason: { $reason }
note-addendum-by = Signed by { $signer }

## The note's actions

note-sign = Sign…
note-sign-label = Sign the { $title } note
note-add-addendum = Add addendum…
note-add-addendum-label = Add addendum to the { $title } note

## Signing

note-sign-title = Sign this note?
note-sign-message = You sign as { $signer }. A signed note can't be changed or deleted afterwards; if something needs correcting, you add an addendum beneath it.
note-sign-confirm = Sign note
note-sign-cancel = Not yet
note-signed = Note signed
note-no-signer-title = Who signs your notes?
note-no-signer-message = Set your name, and your credential if you have one, in Settings first. Every note you sign carries them.
note-no-signer-confirm = Open Settings
note-no-signer-cancel = Not now

## The addendum form

addendum-title = Add an addendum
addendum-intro = The note stays as it was signed. An addendum is added beneath it, dated and signed by you, and can't be changed afterwards.
addendum-note-label = The note
addendum-reason = Reason
addendum-reason-hint = A few words: a late entry, a wrong time, a clarification.
addendum-text = Addendum
addendum-save = Sign and add addendum
addendum-added = Addendum added

## Structured notes (GIRP, DAP): a short hint under each part's label in
## the contact form, in the peer's own words. The part names themselves
## come from core's vocabulary.

note-part-hint-goal = What they are working toward
note-part-hint-intervention = What you did
note-part-hint-response = How they responded
note-part-hint-data = What you saw and heard
note-part-hint-assessment = What you make of it
note-part-hint-plan = What happens next

# $signer: the supervisor's name and credential; $when: date and time.
note-cosigned-by = Co-signed by { $signer } · { $when }
# $when: when the note was sent for review.
note-review-submitted = Sent for review { $when }
# $reviewer: the supervisor's name and credential; $comment: what they asked.
note-review-changes = Changes requested by { $reviewer }: { $comment }
note-submit-review = Submit for review
# $title: the note as the timeline reads it.
note-submit-review-label = Submit for review: { $title }
note-submitted = Sent for review; it goes at the next sync.
