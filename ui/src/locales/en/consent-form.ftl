# Peerlog's UI in English: recording a release of information (the 42 CFR
# §2.31 consent elements: who discloses, who receives, the purpose, what
# may be shared, from when until when).

# $name: the participant's name.
consent-form-title = Release of information for { $name }
consent-form-intro = Record the consent the participant signed. Exports for a recipient include only people with a consent in force for them, and only the kinds of information it names.
consent-form-recipient = Who may receive it
consent-form-recipient-placeholder = e.g. Treatment Court Team
consent-form-discloser = Who discloses it
consent-form-discloser-placeholder = Your program
consent-form-purpose = Purpose
# The purpose a new consent starts with; the peer may change it, and it is
# saved as typed.
consent-form-purpose-default = Case conference updates
consent-form-categories = What may be shared
consent-form-signed-on = Signed on
consent-form-effective-on = In force from
consent-form-ends = Ends
consent-form-ends-on-date = On a date
consent-form-last-day = Last day in force
consent-form-ends-on-event = On an event
consent-form-event = The event that ends it
consent-form-event-placeholder = e.g. Discharge from the program
consent-form-save = Save consent
