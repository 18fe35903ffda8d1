# Peerlog's UI in English: a wellness check-in with a participant (the
# eight dimensions of wellness, and optionally the BARC-10).

# $name: the participant's name.
checkin-title = Wellness check-in with { $name }
checkin-error-when = When: use a date and a time like 14:30.
checkin-intro = Ask how things are in each area of life, in their own words, and rate together from 1 (struggling) to 5 (thriving). Tip: a number key picks the rating.
checkin-date = Date
checkin-time = Time
checkin-low = Struggling
checkin-high = Thriving
checkin-use-barc = Also take the BARC-10 (recovery capital, ten statements rated 1–6)
checkin-barc-help = Read each statement from the published BARC-10 form; rate 1 (strongly disagree) to 6 (strongly agree).
# Around the running total: "Total so far: <strong>42</strong> of 60."
checkin-barc-total = Total so far:
checkin-barc-out-of = of { $max }.
checkin-barc-low = Disagree
checkin-barc-high = Agree
checkin-note = Note
checkin-note-placeholder = What they named as strengths, what they want to work on.
# $items: what is still unrated, separated by commas.
checkin-missing = Still to rate: { $items }.
checkin-save = Save check-in
