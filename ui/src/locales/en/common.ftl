# Peerlog's UI in English: words used across screens.
#
# Each file in this folder has a twin in ../es with the same ids and
# arguments (scripts/messages.mjs refuses a difference).

days-ago-never = Never seen
days-ago = { $days ->
    [0] Today
    [1] Yesterday
   *[other] { $days } days ago
}
months-ago = { $months } months ago
due-overdue = { $days ->
    [1] 1 day overdue
   *[other] { $days } days overdue
}
due-ahead = { $days ->
    [0] Due today
    [1] Due tomorrow
   *[other] Due in { $days } days
}
