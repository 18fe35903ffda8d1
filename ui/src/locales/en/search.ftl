# Peerlog's UI in English: searching everything the peer has written.
#
# Each message is one line: a line break in a message would reach screen
# readers and the page's text.

search-title = Search
search-intro = Names, notes, narratives, follow-ups and referrals — everything you've written.
search-label = Search for
search-placeholder = e.g. bus pass, court date, a name
search-start-title = Find anything you've written
# Then the shortcut (Ctrl+K), then search-start-shortcut.
search-start-text = Type a word or two. Results come as you type, matching the start of words: “hous” finds housing. Press
search-start-shortcut = from anywhere to come here.
search-none-title = No matches
search-none-text = Nothing you've written contains “{ $query }”. Try fewer words or the start of a word.
# How many matched, said as the results change.
search-match-count = { $count ->
    [0] No matches
    [one] 1 match
   *[other] { $count } matches
}
# At the most the search returns: only the newest are shown.
search-match-count-limited = { $count } matches shown, the newest. Add a word to narrow it down.

## Each match's kind, and whose it is

search-kind-participant = Participant
search-kind-contact = Contact
search-kind-group-session = Group session
search-kind-boundary = Boundary note
search-kind-check-in = Check-in
search-kind-follow-up = Follow-up
search-kind-referral = Referral
search-kind-plan-goal = Plan goal
# A group session's match, which belongs to no one participant.
search-group = Group
