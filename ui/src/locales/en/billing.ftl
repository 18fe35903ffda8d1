# Peerlog's UI in English: the billing log (the Billing screen), and the
# caseload's notes to sign.
#
# Each message is one line. Codes and modifiers (H0038, HF) stay as the
# payer writes them. No narrative is ever shown on this screen.

nav-billing = Billing

billing-title = Billing
billing-intro = The services you can bill for a period, from signed notes only, with the checks a biller runs first. No narrative appears here.
billing-form-title = Period and payer
billing-from = From
billing-to = To
billing-payer = Payer
billing-payer-all = All payers
billing-preview = Preview
billing-previewing = Preparing…

## The checks, listed before the lines

billing-checks-title = Checks
billing-checks-none = Nothing to check: every note in the period is signed and within the payer's rules.
billing-checks-count = { $count ->
    [one] { $count } thing to look at before billing
   *[other] { $count } things to look at before billing
}
billing-check-unsigned = Note not signed, so it is not billed
billing-check-no-plan-goal = Note names no recovery-plan goal, which the payer needs
billing-check-over-daily-cap = { $amount ->
    [one] { $amount } unit over the daily cap, cut from the day's later services
   *[other] { $amount } units over the daily cap, cut from the day's later services
}
billing-check-over-yearly-cap = { $amount ->
    [one] { $amount } unit over the payer's yearly hours cap, not billed
   *[other] { $amount } units over the payer's yearly hours cap, not billed
}
billing-check-group-over-limit = Group session with { $amount } members present, more than the payer allows

## The lines

billing-lines-title = Services to bill
billing-lines-none = No signed notes to bill in this period.
billing-col-case = Case
billing-col-date = Date
billing-col-time = Time
billing-col-payer = Payer
billing-col-code = Code
billing-col-minutes = Minutes
billing-col-units = Units
billing-col-signed = Signed by
billing-total = Total
billing-total-services = { $count ->
    [one] { $count } service
   *[other] { $count } services
}

## Saving

billing-save-title = Save the billing log
billing-save-intro = The log stays inside your program: saving it is recorded in the audit log.
billing-save-pdf = Save PDF
billing-save-csv = Save CSV
billing-saved = Billing log saved

## The caseload's notes to sign

caseload-row-to-sign = { $count ->
    [one] { $count } note to sign
   *[other] { $count } notes to sign
}
caseload-filter-to-sign = With notes to sign
