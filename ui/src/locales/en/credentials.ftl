# Peerlog's UI in English: the peer's own record (credentials, trainings,
# the renewal packet) and its reminder on the caseload.

credentials-title = My certification
credentials-intro = Your credentials, the hours each renewal needs, and the trainings that count.
credentials-private = Just for you. Your certification record is never exported, shared or put in a report.
credentials-add = Add a credential
credentials-add-training = Add a training
credentials-empty-title = No credentials yet
credentials-empty-body = Add the certification you hold, and Peerlog keeps count of your hours and reminds you before it expires.
credentials-added = Credential added.
credentials-training-added = Training added.
credentials-training-added-with-certificate = Training added with its certificate.

credentials-standing-current = Current
credentials-standing-due-soon = { $days ->
    [0] Expires today
    [one] Expires tomorrow
   *[other] Expires in { $days } days
}
# $until: the last day of the grace period, as a date.
credentials-standing-in-grace = Expired · grace period until { $until }
credentials-standing-lapsed = Lapsed
# $from and $to: dates.
credentials-period = This period: { $from } to { $to }
credentials-no-hours = No hours are needed to renew.
credentials-all-hours = All the hours are in.
# $hours: a number of hours, maybe with a fraction ("4.5").
credentials-missing = { $hours } hours still to go
credentials-hours-caption = Hours for { $name }
credentials-col-category = Category
credentials-col-required = Needed
credentials-col-earned = Earned
credentials-col-missing = Missing
credentials-total = Total
credentials-open-hours = Any category (elective)
credentials-supervision = Supervision this period: { $hours } hours
credentials-category-peer-support = Peer support and recovery
credentials-category-ethics = Ethics
credentials-category-elective = Elective
credentials-category-supervision = Supervision

credentials-packet-pdf = Save renewal packet (PDF)
credentials-packet-csv = Save as CSV
credentials-packet-zip = Save with certificates (zip)
credentials-packet-saved = Renewal packet saved.
credentials-renew-open = Record a renewal
credentials-renew-title = Record a renewal?
credentials-renew-body = { $name } will expire one period later than now, and a new period of hours begins.
credentials-renew = Record renewal
credentials-renew-keep = Not yet
credentials-renewed = Renewal recorded. A new period has begun.

credentials-trainings = Trainings and continuing education
credentials-trainings-none = No trainings yet. Add one after a course, with its certificate if you have it.
credentials-col-date = Completed
credentials-col-title = Training
credentials-col-hours = Hours
credentials-col-for = Counts toward
credentials-col-certificate = Certificate
credentials-for-all = Every credential
# $size: the file's size ("34 KB").
credentials-certificate-kept = Kept ({ $size })
credentials-certificate-save = Save a copy
credentials-certificate-save-label = Save a copy of the certificate for { $title }
credentials-certificate-attach = Attach
credentials-certificate-attach-label = Attach a certificate to { $title }
credentials-certificate-attached = Certificate kept inside Peerlog.
credentials-certificate-saved = Certificate saved.
credentials-delete-label = Delete { $title }
credentials-delete-title = Delete this training?
credentials-delete-body = “{ $title }” and its certificate will be removed from your record.
credentials-delete = Delete
credentials-delete-keep = Keep it
credentials-deleted = Training deleted.

credentials-preset-pennsylvania = Certified Peer Specialist (Pennsylvania)
credentials-preset-wisconsin = Certified Peer Specialist (Wisconsin)
credentials-preset-mhfa = Mental Health First Aid

credential-form-title = Add a credential
credential-form-preset = Start from
credential-form-own-rule = My own rule
credential-form-preset-hint = A board's published figures to start from; change any of them to match your board's current rule.
credential-form-name = Name of the credential
credential-form-number = Number
credential-form-board = Issuing board
credential-form-issued = Issued on
credential-form-expires = Expires on
credential-form-expires-hint = As printed on it; if empty, one period after it was issued.
credential-form-rule = Renewal rule
credential-form-period = Months per period
credential-form-total = Hours per period
credential-form-grace = Days of grace
# $category: a training category ("Ethics").
credential-form-minimum = At least, in { $category }
credential-form-rule-hint = Hours beyond a category's minimum count toward the rest of the total.
credential-form-save = Save credential

training-form-title = Add a training
training-form-name = Title
training-form-provider = Given by
training-form-date = Completed on
training-form-hours = Hours
training-form-hours-hint = For example 1.5
training-form-category = Category
training-form-credential = Counts toward
training-form-certificate = Attach its certificate after saving
training-form-certificate-hint = A PDF, PNG or JPEG of up to 10 MB. It is kept inside Peerlog's encrypted store, not as a loose file.
training-form-save = Save training

# The caseload's reminder. $name: the credential's name.
credentials-reminder-due = { $days ->
    [0] Your { $name } expires today
    [one] Your { $name } expires tomorrow
   *[other] Your { $name } expires in { $days } days
}
credentials-reminder-grace = Your { $name } has expired; its grace period ends { $until }
credentials-reminder-lapsed = Your { $name } has lapsed
credentials-reminder-why = Check your hours and save the renewal packet for the board.
credentials-reminder-go = Open my certification
