# Peerlog's UI in English: the log-a-contact dialog (Ctrl/Cmd+N) and what
# is announced after a contact is saved.

contact-title-new = Log a contact
contact-title-edit = Edit contact
contact-empty-title = No one to log a contact with yet
# Around the shortcut: "… first; then <kbd>Ctrl</kbd>+<kbd>N</kbd> opens
# this from anywhere."
contact-empty-before = Add a participant from the Caseload first; then
contact-empty-after = opens this from anywhere.
# The letter of the Ctrl+N shortcut, as printed on the key.
contact-key-new = N
contact-error-who = Choose who this contact was with.
contact-error-when = When: use a date and a time like 14:30.
contact-with = With
contact-how = How
# $mode: the contact mode a new contact starts at ("Phone").
contact-mode-hint = starts at { $mode } each time; letter keys pick
contact-mode-hint-edit = letter keys pick
contact-date = Date
contact-time = Time
contact-minutes = Minutes
contact-billing = Billing
contact-too-long = Over 12 hours
contact-too-long-limit = at most 720 min
# 15-minute Medicaid peer support units, HCPCS code H0038.
contact-units-rule = 15-min · H0038
contact-units = { $count ->
    [one] { $count } unit
   *[other] { $count } units
}
contact-notes = Notes
contact-notes-placeholder = What you did together, how they responded, the plan.
# Under a structured note's parts (GIRP, DAP): whatever else is worth keeping.
contact-anything-else = Anything else
contact-add-follow-up = Add a follow-up
contact-follow-up-due = Due
contact-follow-up-text = What to follow up on
contact-services = Services
# The recovery-plan goals a contact worked toward; $words is the goal in
# the participant's own words, never translated. $status: a goal no longer
# active ("Met"), which the note already names.
contact-goals = Plan goals this worked toward
contact-goal-option = Goal { $number } · { $words }
contact-goal-option-status = Goal { $number } · { $words } · { $status }
contact-more = More: wellness dimensions touched, setting
contact-dimensions = Wellness dimensions touched
contact-setting = Setting
contact-setting-placeholder = e.g. Courthouse lobby, their home
contact-save = Save contact
# Announced after saving. $who: the participant's name; $units: contact-units;
# $due: the follow-up's due date, as dates are shown ("Thu, Dec 10").
contact-saved = Contact with { $who } logged · { $units }
contact-saved-with-follow-up = Contact with { $who } logged · { $units } · follow-up created, due { $due }
contact-updated = Contact with { $who } updated
# In place of $who when the name is not at hand.
contact-saved-someone = them

## The letter that picks each mode in the contact form, and the follow-up
## shortcut (Alt+letter): each a different letter, matching the words shown.

contact-key-in-person = i
contact-key-phone = p
contact-key-video = v
contact-key-text = t
contact-key-jail-visit = j
contact-key-court = c
contact-key-follow-up = f
