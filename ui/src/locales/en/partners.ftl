# Peerlog's UI in English: the program's partners, their data-sharing
# agreements, look-alike names to resolve, and the caseload's warning.

nav-partners = Partners

partners-title = Partners
partners-intro = The organizations you share with, who comes to their meetings, and the agreements that say what may be shared.
partners-add = Add a partner
partners-privacy-register = Privacy register
partners-empty-title = No partners yet
partners-empty-body = Add the court, the sheriff's office or the provider you meet with. A consent you record names one, too.
# $name: the partner's name.
partners-added = { $name } added.
partners-saved = { $name } saved.
partners-edit = Edit
partners-edit-label = Edit { $name }
partners-add-agreement = Add an agreement
partners-add-agreement-label = Add an agreement with { $name }
partners-attendees = At meetings
partners-handover = Hand-over
partners-none-yet = Not given yet
partners-no-agreement = No data-sharing agreement on file: each participant's consent alone says what may go.
partners-agreements-caption = Data-sharing agreements with { $name }
partners-col-agreement = Agreement
partners-col-dates = In force
partners-col-allows = Allows
partners-col-status = Status
partners-col-document = Signed copy
partners-agreement-not-yet = Not yet in force
partners-agreement-in-force = In force
partners-agreement-expiring = Ends soon
partners-agreement-expired = Expired
partners-agreement-added = Agreement added.
partners-agreement-added-with-document = Agreement added with its signed copy.
partners-document-attach = Attach signed copy
# $title: the agreement's title.
partners-document-attach-label = Attach signed copy to { $title }
partners-document-attached = Signed copy kept with the agreement.
partners-document-save = Save a copy
partners-document-save-label = Save a copy of { $title }
partners-document-saved = Copy saved.

# The caseload's warning. $count: how many agreements it names.
partners-warning-title = { $count ->
    [one] A data-sharing agreement needs attention
   *[other] { $count } data-sharing agreements need attention
}
# $partner: the partner's name; $date: the last day in force; $days: days left.
partners-warning-expiring = The agreement with { $partner } ends on { $date } ({ $days ->
    [0] today
    [one] tomorrow
   *[other] in { $days } days
}).
partners-warning-expired = The agreement with { $partner } ended on { $date }. Nothing can be exported to them until it is renewed.
partners-warning-why = Record the renewed agreement under Partners before the next meeting.
partners-warning-go = Open Partners

partner-form-title = Add a partner
partner-form-edit-title = Edit partner
partner-form-name = Name of the organization
partner-form-type = Type
partner-form-attendees = Who comes to meetings
partner-form-attendees-hint = One person a line: name, then a comma and their role ("Jordan Reyes, coordinator").
partner-form-handover = How packets are handed over
partner-form-handover-hint = For example: printed at the staffing, or a sealed packet by email.
partner-form-save = Save partner

# $partner: the partner's name.
agreement-form-title = Agreement with { $partner }
agreement-form-name = Title
agreement-form-name-hint = As the program names it, for example "MOU 2026–2027".
agreement-form-purpose = Purpose
agreement-form-categories = What it allows to be shared
agreement-form-effective-on = In force from
agreement-form-expires-on = Last day in force
agreement-form-expires-hint = Peerlog warns on the home screen 30 days before.
agreement-form-document = Attach the signed copy now
agreement-form-document-hint = A PDF or a photo of it. It is kept inside Peerlog's encrypted data, never beside it.
agreement-form-save = Save agreement

# $count: how many partners look like another.
lookalikes-title = { $count ->
    [one] Two partner names look alike
   *[other] Some partner names look alike
}
lookalikes-why = Sometimes one organization gets typed two ways. Tell Peerlog once whether these are the same, and consents follow.
# $name: a partner's name; $consents: how many consents name it. The names it looks like follow.
lookalikes-line = “{ $name }” ({ $consents ->
    [one] 1 consent
   *[other] { $consents } consents
}) looks like:
lookalikes-same = Same organization
lookalikes-same-label = Same organization: { $name } and { $other }
lookalikes-different = Different organizations
lookalikes-different-label = Different organizations: { $name } and the ones it looks like
lookalikes-merged = Merged into { $name }.
lookalikes-kept-apart = Kept as different organizations.
