# Peerlog's UI in English: words every data-entry form shares (footers,
# hints, the question asked before unsaved work is thrown away).

form-loading = Loading…
form-optional = (optional)
form-required = (required)
form-cancel = Cancel
form-save-changes = Save changes
# Key caps, as printed on the keyboard; shown as
# <kbd>Ctrl</kbd>+<kbd>Enter</kbd> followed by form-saves-with-keys.
form-key-ctrl = Ctrl
form-key-enter = Enter
form-saves-with-keys = saves
# Asked when a form with unsaved work is closed. $what is the kind of form
# (a code, not a word); any other code reads as a form.
form-discard-title = { $what ->
    [participant] Discard this participant?
    [contact] Discard this contact?
    [boundary] Discard this boundary note?
    [check_in] Discard this check-in?
    [follow_up] Discard this follow-up?
    [referral] Discard this referral?
    [consent] Discard this consent?
    [group] Discard this group?
    [outcome] Discard this outcome?
    [addendum] Discard this addendum?
    [plan] Discard this plan?
    [plan_goal] Discard this goal?
    [signature] Discard this signature?
    [group_notes] Discard these group notes?
   *[form] Discard this form?
}
