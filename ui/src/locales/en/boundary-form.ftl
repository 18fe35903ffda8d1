# Peerlog's UI in English: a boundary note, private to the peer.

# $name: the participant's name.
boundary-form-title-new = Boundary note for { $name }
boundary-form-title-edit = Edit boundary note
boundary-form-private = Private to you. Boundary notes are never exported or shared.
boundary-form-about = About
boundary-form-text = What you agreed
boundary-form-text-placeholder = e.g. Calls and texts between 9 and 5 on weekdays; after hours, the crisis line.
boundary-form-agreed-on = Agreed on
boundary-form-review-on = Review on
boundary-form-save = Save boundary note
