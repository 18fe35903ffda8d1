# Peerlog's UI in English: the words every dialog shares (closing it,
# asking before unsaved work is lost, the default answers of a
# "Delete …?" question).

dialog-close = Close
# "Discard this { $what }?" when a form gives no name for what it makes.
dialog-unsaved-what = form
dialog-unsaved-body = What you entered here hasn't been saved. Keep editing to go back to it, or discard it.
dialog-unsaved-discard = Discard
dialog-unsaved-keep = Keep editing
dialog-confirm-delete = Delete
dialog-confirm-keep = Keep it
