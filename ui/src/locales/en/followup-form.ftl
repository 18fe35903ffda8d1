# Peerlog's UI in English: adding a follow-up for a participant.

# $name: the participant's name.
followup-form-title = Follow-up for { $name }
followup-form-text = What to follow up on
followup-form-text-placeholder = e.g. Check the bus pass arrived
followup-form-due = Due
followup-form-save = Add follow-up
