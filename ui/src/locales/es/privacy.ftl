# La interfaz de Peerlog en español: el registro del oficial de privacidad
# (solicitudes de restricción y el registro de incidentes).

privacy-title = Registro de privacidad
privacy-intro = Las solicitudes de restricción de los participantes y el registro de posibles violaciones. Ambos se imprimen para una auditoría; ninguno guarda notas.
privacy-print-pdf = Guardar como PDF
privacy-print-csv = Guardar como CSV
privacy-printed = Registro guardado.

privacy-restrictions-title = Solicitudes de restricción
privacy-restrictions-none = Todavía no hay solicitudes.
privacy-restriction-add = Registrar una solicitud
privacy-restriction-added = Solicitud registrada.
privacy-restriction-accepted = Aceptada: desde ahora las exportaciones dejan eso fuera.
privacy-restriction-refused = Rechazada; la decisión quedó registrada.
privacy-col-who = Participante
privacy-col-partner = Con
privacy-col-withheld = No compartir
privacy-col-requested = Pedida el
privacy-col-decision = Decisión
privacy-decide = Decidir
privacy-decide-label = Decidir la solicitud de { $name }
privacy-decided = { $date } · { $by }

privacy-incidents-title = Registro de incidentes
privacy-incidents-why = Una posible violación de estos registros queda bajo la notificación de violaciones de HIPAA: el plazo corre desde el día en que se descubrió.
privacy-incidents-none = No hay incidentes registrados.
privacy-incident-add = Registrar un incidente
privacy-incident-added = Incidente registrado.
privacy-col-what = Qué pasó
privacy-col-happened = Ocurrió
privacy-col-discovered = Se descubrió
privacy-col-told = A quién se avisó
privacy-col-status = Estado
privacy-not-told-yet = A nadie todavía
privacy-incident-update = Actualizar
# $summary: the incident's one line.
privacy-incident-update-label = Actualizar el incidente: { $summary }
privacy-incident-updated = Incidente actualizado.

restriction-form-title = Registrar una solicitud de restricción
restriction-form-who = Quién la pidió
restriction-form-pick = Elija a un participante
restriction-form-pick-error = Elija quién hizo la solicitud.
restriction-form-partner = No compartir con
restriction-every-partner = Todas las organizaciones
restriction-form-categories = Qué pidió no compartir
restriction-form-requested-on = Pedida el
restriction-form-save = Guardar la solicitud

restriction-decide-title = Solicitud de { $name }
restriction-decide-decision = Decisión
restriction-decide-on = Decidida el
restriction-decide-by = Decidida por
restriction-decide-by-hint = Un cargo o un nombre, por ejemplo «Oficial de privacidad».
restriction-decide-save = Guardar la decisión

incident-form-title = Registrar un incidente
incident-form-update-title = Actualizar el incidente
incident-form-summary = Qué pasó
incident-form-summary-hint = Una línea sobre qué tipo de cosa pasó, nunca sobre una persona: «Computadora portátil sin bloquear en el juzgado».
incident-form-happened-on = Ocurrió el
incident-form-discovered-on = Se descubrió el
incident-form-notified = A quién se avisó
incident-form-notified-on = Se avisó el
incident-form-status = Estado
incident-form-save = Guardar el incidente
