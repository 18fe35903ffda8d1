# Peerlog's UI in English: the peer's own private self-check.

selfcheck-title = My self-check
selfcheck-intro = A minute for you. Supporting others is work; noticing how you are is part of it.
selfcheck-private = Just for you. Self-checks are never exported, shared or shown to a supervisor. All of this is optional.
selfcheck-form-title = How are you today?
selfcheck-energy = Energy
selfcheck-energy-low = Drained
selfcheck-energy-high = Full
selfcheck-stress = Stress
selfcheck-stress-low = Calm
selfcheck-stress-high = Overwhelmed
selfcheck-boundaries = Boundaries this week
selfcheck-support = I could use some support
selfcheck-note = Anything on your mind
selfcheck-missing = Pick a number for energy and stress, and how your boundaries held.
selfcheck-save = Save self-check
selfcheck-saved = Self-check saved. Thank you for checking in with yourself.
selfcheck-recent = Recent
selfcheck-reach-out = It sounds like a heavy stretch. Reaching out is part of the work: your supervisor, a peer you trust, or your own support network. Your boundaries protect you and the people you support.
selfcheck-empty-title = No self-checks yet
selfcheck-empty-body = Take one whenever you like — after a hard visit, at the end of the week. Over time you'll see your energy and stress side by side here.
selfcheck-chart = { $count ->
    [one] Energy and stress over your last self-check
   *[other] Energy and stress over your last { $count } self-checks
}
# One past self-check. $held: how the boundaries held ("Mostly held").
selfcheck-entry = Energy { $energy } · Stress { $stress } · { $held }
selfcheck-entry-with-support = Energy { $energy } · Stress { $stress } · { $held } · wanted support
selfcheck-delete = Delete
# $when: the self-check's date and time, as shown in the list.
selfcheck-delete-label = Delete the self-check from { $when }
selfcheck-delete-title = Delete this self-check?
selfcheck-delete-body = It will be gone for good.
selfcheck-delete-keep = Keep it
selfcheck-deleted = Self-check deleted
