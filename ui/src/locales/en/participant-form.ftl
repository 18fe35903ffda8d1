# Peerlog's UI in English: the dialog that adds or edits a participant.

pform-title-new = Add a participant
pform-title-edit = Edit participant
pform-case-number = Case number
pform-case-number-hint = Your program's own ID, e.g. a docket or client number.
pform-status = Status
pform-first-name = First name
pform-last-name = Last name
pform-preferred-name = Preferred name
pform-preferred-name-hint = Shown instead of the first name everywhere.
pform-pronouns = Pronouns
pform-pronouns-placeholder = e.g. she/her, they/them
pform-program = Program
pform-program-placeholder = e.g. Treatment court
pform-docket = Docket
pform-intake-date = Intake date
pform-language = Language
pform-phone = Phone
pform-email = Email
pform-contact-preferences = Contact preferences
pform-contact-preferences-placeholder = e.g. Text first; no calls before 10
pform-goals = Goals, in their words
pform-delete = Delete…
pform-add = Add participant
# $name: the participant's name as shown everywhere.
pform-delete-title = Delete { $name }?
pform-delete-body = This deletes them and everything recorded about them: contacts, attendance, check-ins, boundary notes, follow-ups, referrals and consents. It can't be undone. (The audit log keeps a line saying a participant was deleted, without their name.) Someone with signed notes can't be deleted: signed notes are kept as records of service.
pform-delete-confirm = Delete for good
pform-delete-keep = Keep it
