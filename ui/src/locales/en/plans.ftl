# Peerlog's UI in English: a participant's recovery plan. Goals by life
# area in the participant's own words (never translated), strengths, the
# next review; kept in versions, each signed by the participant (or their
# reason for declining), the peer and, where needed, a supervisor. A signed
# version is read-only: a change makes the next version.

## The card

plan-card-title = Recovery plan
plan-empty = No plan yet. Write it together with { $name }, in their own words.
plan-write = Write a plan
plan-version = Version { $version }
plan-earlier = Earlier versions:
plan-earlier-open-label = Read version { $version }
plan-strengths = Strengths
plan-strengths-none = None written yet.
plan-next-review = Next review { $date }
plan-no-review = No review date set
plan-review-due = Review due
plan-goal-heading = Goal { $number }
plan-goal-who-helps = Who helps: { $who }
plan-goal-target = Target { $date }
plan-goal-steps-label = Steps for goal { $number }
plan-signatures-label = Signatures
plan-read-only = Signed, so read-only. A change makes version { $next }.
plan-edit = Edit
plan-edit-label = Edit version { $version } of the plan
plan-sign = Sign…
plan-sign-label = Sign version { $version } of the plan
plan-print = Print…
plan-print-label = Print the plan for { $name }
plan-printed = Plan saved as a PDF to print
plan-print-cancelled = Not printed
plan-change-status = Change status…
plan-change-status-label = Change status of goal { $number }
plan-add-goal = Add a goal…
plan-change-review = Change review date…
plan-signed-meanwhile = This version was signed meanwhile; it now shows as signed.

## How a version's signatures read

plan-unsigned = Not signed yet
plan-signed-participant = Signed by { $name } on { $date }
plan-declined-participant = The participant declined to sign: { $reason }
plan-signed-peer = Peer: { $signer } · { $when }
plan-signed-supervisor = { $name } ({ $role }) signed on { $date }

## An earlier version

plan-earlier-title = Recovery plan · version { $version }
plan-earlier-intro = An earlier version, kept as it was. Read-only.
plan-earlier-close = Close

## Writing and editing a plan

plan-form-write-title = Recovery plan for { $name }
plan-form-edit-title = Edit version { $version } of the plan
plan-form-add-goal-title = Add a goal to the plan
plan-form-intro = Write each goal in the participant's own words: the plan is printed as written.
plan-form-new-version = Saving makes version { $next }; version { $current } stays as it was signed.
plan-form-goals = Goals
plan-form-goal-legend = Goal { $number }
plan-form-area = Life area
plan-form-words = The goal, in their words
plan-form-steps = Steps, one a line
plan-form-who-helps = Who helps
plan-form-target = Target date
plan-form-status = Status
plan-form-add-row = Add another goal
plan-form-remove-row = Remove
plan-form-remove-row-label = Remove goal { $number }
plan-form-strengths = Strengths they name, one a line
plan-form-next-review = Next review
plan-form-save = Save plan
plan-form-save-goal = Add goal as version { $next }
plan-saved = Plan saved
plan-goal-added = Goal added: the plan is now version { $version }

## Signing

plan-sign-title = Sign version { $version } of the plan
plan-sign-intro = Once signed, this version can't be changed: a change makes a new version, and this one stays.
plan-sign-participant = The participant
plan-sign-participant-signed = Signed
plan-sign-participant-declined = Declined to sign
plan-sign-name = Their name, as they wrote it
plan-sign-on = Date
plan-sign-reason = Their reason
plan-sign-supervisor-toggle = A supervisor or professional signs too
plan-sign-supervisor-name = Supervisor or professional
plan-sign-supervisor-role = Role or credential
plan-sign-supervisor-on = Date they signed
plan-sign-peer = You sign as { $signer }.
plan-sign-save = Sign version { $version }
plan-signed = Plan signed
plan-countersign = Add supervisor's signature…
plan-countersign-label = Add a supervisor's signature to version { $version }
plan-countersign-title = A supervisor signs version { $version }
plan-countersign-intro = For a supervisor or professional who signs after the participant and you did. Their signature is kept with this version and never changed.
plan-countersign-save = Add their signature
plan-countersigned = Supervisor's signature added to version { $version }
plan-no-signer-title = Who signs as the peer?
plan-no-signer-message = Set your name, and your credential if you have one, in Settings first. Every plan you sign carries them.
plan-no-signer-confirm = Open Settings
plan-no-signer-cancel = Not now

## Changing a signed plan: each change makes a new version

plan-status-title = Goal { $number }: its status
plan-review-title = The next review
plan-change-intro = The plan is signed, so this makes version { $next }; version { $current } stays as it was signed.
plan-status-legend = Status
plan-review-on = Next review
plan-change-save = Make version { $next }
plan-status-saved = Version { $version }: goal { $number } is now { $status }
plan-review-saved = Version { $version }: next review set

## Plans due for review: the caseload's badge and filter, and the list on
## the Follow-ups screen. $date: the review date, as dates are shown
## ("Thu, Dec 3").

caseload-row-plan-review = Plan review due
caseload-row-plan-review-on = Plan review due { $date }
caseload-filter-plan-review = With a plan review due
followups-plan-reviews = Plan reviews due
# Under the participant's name. $externalId: their case number.
followups-plan-review-detail = { $externalId } · plan version { $version } · review due { $date }
