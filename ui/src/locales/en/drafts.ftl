# Peerlog's UI in English: a draft offered back after an unlock, and the
# few seconds to undo a quick action.

draft-offer-title = Continue where you left off?
# $form: the kind of form kept (a code). Followed by the participant's name
# in bold, then draft-offer-after: "You were logging a contact with
# <strong>Rowan Example</strong> when Peerlog locked."
draft-offer-before = { $form ->
    [contact] You were logging a contact with
    [boundary] You were writing a boundary note for
    [check_in] You were recording a check-in with
    [follow_up] You were adding a follow-up for
    [referral] You were making a referral for
    [consent] You were recording a consent for
   *[participant] You were adding a participant
}
draft-offer-after = when Peerlog locked.
# The same, when there is no participant's name to show.
draft-offer-alone = { $form ->
    [contact] You were logging a contact when Peerlog locked.
    [boundary] You were writing a boundary note when Peerlog locked.
    [check_in] You were recording a check-in when Peerlog locked.
    [follow_up] You were adding a follow-up when Peerlog locked.
    [referral] You were making a referral when Peerlog locked.
    [consent] You were recording a consent when Peerlog locked.
   *[participant] You were adding a participant when Peerlog locked.
}
# $when: the date and time it was kept.
draft-offer-kept = It was kept, encrypted, at { $when }.
draft-offer-discard = Discard it
draft-offer-continue = Continue

undo-region = Undo
undo-button = Undo
