# La interfaz de Peerlog en español: las reuniones de caso con las
# organizaciones aliadas, la lista de casos de una reunión, su exportación
# y sus decisiones, y las próximas reuniones en la pantalla de inicio.

nav-meetings = Reuniones

meetings-title = Reuniones
meetings-intro = Sus reuniones de caso habituales. Abra una fecha para elegir a quién se va a tratar, exportar justo lo que la reunión necesita y anotar lo que se decidió.
meetings-add = Agregar una reunión
meetings-added = { $name } agregada.
meetings-empty-title = Todavía no hay reuniones
meetings-empty-body = Agregue la reunión de caso a la que asiste, y su próxima fecha aparece en la pantalla de inicio.
meetings-no-partners-title = Primero agregue una organización aliada
meetings-no-partners-body = Cada reunión es con una organización: el tribunal, la oficina del alguacil, un proveedor.
meetings-go-partners = Abrir Organizaciones aliadas
meetings-caption = Sus reuniones, la más próxima primero
meetings-col-meeting = Reunión
meetings-col-partner = Con
meetings-col-when = Cuándo
meetings-col-next = Próxima
meetings-col-actions = Acciones
meetings-prepare = Preparar
meetings-prepare-label = Preparar { $name } del { $date }
meetings-date = Fecha
meetings-next = próxima
meetings-rhythm = { $day } a las { $time }, { $weeks ->
    [one] cada semana
   *[other] cada { $weeks } semanas
}

meetings-ahead-title = { $count ->
    [one] Próxima reunión
   *[other] Próximas reuniones
}
meetings-ahead-when = { $date } a las { $time }

meeting-form-title = Agregar una reunión
meeting-form-partner = Organización aliada
meeting-form-pick-partner = Elija una organización
meeting-form-pick-partner-error = Elija la organización con la que es la reunión.
meeting-form-name = Nombre
meeting-form-name-hint = Por ejemplo «Reunión del tribunal de tratamiento».
meeting-form-weekday = Día
meeting-form-time = Hora
meeting-form-every-weeks = Cada cuántas semanas
meeting-form-starts-on = A partir del
meeting-form-starts-hint = La primera reunión es en su día de esa semana o después.
meeting-form-save = Guardar la reunión

meeting-docket-title = Casos a tratar
meeting-docket-intro = Solo aparecen las personas con un consentimiento para { $partner } y un acuerdo vigente.
meeting-docket-none = Hoy no se puede agregar a nadie: nadie tiene un consentimiento vigente para { $partner }, o el acuerdo con esa organización venció.
meeting-docket-may-share = Se puede compartir: { $categories }
meeting-docket-save = Guardar la lista
meeting-docket-saved = { $count ->
    [0] Lista vaciada.
    [one] 1 persona en la lista.
   *[other] { $count } personas en la lista.
}
meeting-docket-kept = { $count ->
    [one] 1 persona en la lista.
   *[other] { $count } personas en la lista.
}

meeting-export-title = Exportación para esta reunión
meeting-export-needs-docket = Primero agregue a alguien a la lista; la exportación solo incluye a esas personas.
meeting-export-loading = Preparando la exportación…
meeting-export-docket-unsaved = Primero guarde la lista: la exportación sigue la lista guardada.
meeting-export-period = Para { $partner }, del { $from } al { $to } (desde la reunión anterior).
meeting-export-save = Guardar la exportación…
meeting-export-saved = Guardada y anotada en el registro de divulgaciones ({ $size }, SHA-256 { $hash }…).
meeting-export-saved-short = Exportación guardada.

meeting-decisions-title = Lo que se decidió
meeting-decisions-none = Todavía no hay nada anotado para esta fecha.
meeting-decisions-needs-docket = Las decisiones se anotan para las personas de la lista.
meeting-decision-add = Anotar una decisión
meeting-decision-who = Sobre
meeting-decision-pick = Elija a alguien de la lista
meeting-decision-pick-error = Elija sobre quién es la decisión.
meeting-decision-text = Decisión
meeting-decision-with-follow-up = Agregar un seguimiento a su expediente
meeting-decision-follow-up-text = Seguimiento
meeting-decision-due = Para el
meeting-decision-save = Guardar la decisión
meeting-decision-recorded = Decisión guardada.
meeting-decision-recorded-follow-up = Decisión guardada; el seguimiento está en su expediente.
meeting-decision-follow-up-opened = Seguimiento agregado
