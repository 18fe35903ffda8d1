# Peerlog's UI in English: a referral to a community resource, and
# changing a referral's outcome.

# $name: the participant's name.
referral-form-title = Referral for { $name }
referral-form-type = Kind of resource
referral-form-referred-on = Referred on
referral-form-resource = Agency or program
referral-form-note = Note
referral-form-save = Add referral

referral-form-outcome-title = Referral outcome
referral-form-outcome = Outcome
referral-form-outcome-date = Date of the outcome
referral-form-outcome-date-hint = The day it happened; today unless you change it.
referral-form-outcome-save = Save outcome
