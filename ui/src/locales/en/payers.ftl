# Peerlog's UI in English: payers and their billing rules (Settings → Payers),
# the participant's payer, and the limit for signing notes.
#
# Each message is one line. Codes and modifiers (H0038, HF, HQ) stay as the
# payer writes them in every language.

## Settings → Payers

payers-title = Payers
payers-intro = Each payer's billing rules: units and caps follow the payer a participant has. Without one, the standard rule applies: 8 of 15 minutes makes a unit, no caps.
payers-empty = No payers yet. Everyone is counted by the standard rule.
payers-add = Add a payer
payers-col-name = Payer
payers-col-code = Code and modifiers
payers-col-units = Units
payers-col-daily = Daily cap
payers-col-yearly = Yearly hours
payers-col-group = Group limit
payers-group-modifiers = groups: + { $modifiers }
payers-unit-length = { $minutes }-minute units
payers-rounding-midpoint = { $least } of { $minutes } minutes makes a unit
payers-rounding-whole-units = only whole units
payers-rounding-any-part = any part of a unit counts as one
payers-daily-cap = { $count ->
    [one] { $count } unit a day
   *[other] { $count } units a day
}
payers-yearly-cap = { $count ->
    [one] { $count } hour a year
   *[other] { $count } hours a year
}
payers-group-limit = { $count ->
    [one] { $count } person
   *[other] { $count } people
}
payers-no-cap = no cap
payers-documentation-billable = time writing the note is billable
payers-plan-goal-required = each note needs a plan goal

## Add a payer

payers-form-title = Add a payer
payers-form-preset = Start from
payers-form-preset-hint = A starting point with published figures; change any rule below.
payers-preset-standard = Standard rule (H0038, midpoint)
payers-preset-virginia-medicaid = Virginia Medicaid
payers-preset-new-jersey-horizon = Horizon NJ Health
payers-preset-oregon-careoregon = CareOregon
payers-preset-michigan-medicaid = Michigan Medicaid
payers-source-standard = CMS's midpoint rule for timed units; no caps.
payers-source-virginia-medicaid = Virginia DMAS peer recovery support services: 15-minute units, 16 units a day, 900 hours a year, groups of at most 10.
payers-source-new-jersey-horizon = Horizon NJ Health: H0038 with HF, at most 16 units a day.
payers-source-oregon-careoregon = CareOregon: the HQ modifier on every group claim from 2026-01-01.
payers-source-michigan-medicaid = Michigan's code chart: a "per 15 minutes" code is 0 units for 1–14 minutes.
payers-form-source = Source: { $source }
payers-form-name = Name
payers-form-name-hint = How you know this payer, for example the plan's name.
payers-form-code = Procedure code
payers-form-modifiers = Modifiers
payers-form-group-modifiers = Modifiers on group claims
payers-form-modifiers-hint = Separated by commas, for example HF.
payers-form-unit-minutes = Minutes in a unit
payers-form-rounding = Counting a part of a unit
payers-form-daily-cap = Units a day, at most
payers-form-yearly-cap = Hours a year, at most
payers-form-group-limit = People in a group, at most
payers-form-cap-hint = Leave empty for no cap.
payers-form-documentation = Time writing the note is billable
payers-form-plan-goal = Each note must name a recovery-plan goal
payers-form-save = Save payer
payers-added = { $name } added to your payers

## The participant's payer (on their page)

payer-card-label = Payer
payer-standard = Standard rule
payer-choose-label = Payer for { $name }
payer-change = Change
payer-assigned = { $name } is now billed to { $payer }
payer-assigned-standard = { $name } is now counted by the standard rule

## Settings → Notes to sign

unsigned-title = Notes to sign
unsigned-intro = After this many days an unsigned note shows on the caseload, so it is signed before billing.
unsigned-days = Days to sign a note
unsigned-save = Save days
unsigned-announce = { $days ->
    [one] Notes show as waiting after { $days } day
   *[other] Notes show as waiting after { $days } days
}
