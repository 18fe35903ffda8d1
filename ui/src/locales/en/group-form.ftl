# Peerlog's UI in English: creating or editing a recovery group.

group-form-title-new = New recovery group
group-form-title-edit = Edit group
group-form-name = Name
group-form-name-placeholder = e.g. Tuesday recovery circle
group-form-weekday = Meets every
group-form-no-weekday = No fixed day
group-form-time = At
group-form-location = Where
group-form-description = About this group
group-form-active = Still meeting
group-form-create = Create group
group-form-save = Save
