# Peerlog en español: los grupos de recuperación, sus sesiones y la
# cuadrícula de asistencia.
#
# Cada mensaje va en una sola línea. $day es el código de un día
# (monday…sunday); el nombre de un solo día viene de Intl, así que aquí
# solo se escriben las formas de «cada semana».

groups-title = Grupos
groups-intro = Los grupos de recuperación, sus sesiones y quién asistió.
groups-new = Nuevo grupo
groups-loading = Cargando…
groups-empty-title = Aún no hay grupos
groups-empty-text = Cree su grupo de recuperación semanal, agregue a sus miembros desde su carga de casos y luego tome la asistencia de cada sesión en una cuadrícula: una tecla por persona.
groups-create = Crear un grupo
groups-list-label = Sus grupos
groups-saved = { $name } guardado
groups-edit = Editar

## Cuándo se reúne un grupo

# En la lista de grupos: «Los lunes · 18:00 · 3 miembros».
groups-weekdays = { $day ->
    [monday] Los lunes
    [tuesday] Los martes
    [wednesday] Los miércoles
    [thursday] Los jueves
    [friday] Los viernes
    [saturday] Los sábados
   *[sunday] Los domingos
}
# Bajo el nombre del grupo elegido: «Se reúne los lunes a las 18:00».
groups-meets = { $day ->
    [monday] Se reúne los lunes
    [tuesday] Se reúne los martes
    [wednesday] Se reúne los miércoles
    [thursday] Se reúne los jueves
    [friday] Se reúne los viernes
    [saturday] Se reúne los sábados
   *[sunday] Se reúne los domingos
}
groups-at-time = a las { $time }
groups-no-fixed-day = Sin día fijo
groups-member-count = { $count ->
    [one] { $count } miembro
   *[other] { $count } miembros
}
# Un grupo que ya no se reúne.
groups-ended = terminado

## Sesiones

groups-new-session = Nueva sesión
groups-session-date = Fecha
groups-session-topic = Tema
groups-optional = (opcional)
groups-session-topic-placeholder = p. ej., Reconstruir rutinas
groups-add-session = Agregar sesión
groups-session-added = Se agregó la sesión del { $date }. Marque la asistencia abajo.
# $day y $usual son nombres de días de Intl («jueves»).
groups-off-day-title = ¿Registrar la sesión el { $day }?
groups-off-day-message = El { $day } no es el día habitual de este grupo ({ $usual }). ¿Registrar la sesión el { $day }?
groups-off-day-confirm = Registrar el { $day }
groups-off-day-cancel = Cambiar la fecha
groups-no-sessions-title = Aún no hay sesiones
groups-no-sessions-text = Agregue arriba la sesión de hoy y luego marque quién asistió: una tecla por persona.
groups-delete-session-title = ¿Eliminar la sesión del { $date }?
groups-delete-this-session-title = ¿Eliminar esta sesión?
groups-delete-session-message = Su asistencia se elimina con ella; esto no se puede deshacer.
groups-session-deleted = Sesión eliminada
groups-attendance-saved = Asistencia guardada
groups-discard-title = ¿Descartar estas marcas de asistencia?
groups-discard-message = Las marcas que puso no se han guardado. Siga editando para volver a ellas, o descártelas.
groups-discard-confirm = Descartar
groups-discard-keep = Seguir editando

## Miembros

groups-members = Miembros
groups-members-count = Miembros ({ $count })
groups-no-members-title = Aún no hay miembros
groups-no-members-text = Agregue a las personas que vienen a este grupo. Cualquier persona de su carga de casos puede unirse.
groups-no-people = Primero agregue participantes a su carga de casos; luego podrán unirse a grupos.
groups-add-member = Agregar un miembro
groups-add = Agregar
groups-member-added = Miembro agregado
groups-remove-label = Quitar a { $name } de la lista
groups-remove-title = ¿Quitar a { $name } de la lista?
groups-remove-message = Su asistencia anterior queda en el registro.
groups-remove-confirm = Quitar de la lista

## La cuadrícula de asistencia. Las teclas (P, L, E, A, Space, Ctrl+Enter)
## quedan como están; cada palabra de aquí va después de su tecla.

roster-marking-label = Marcando asistencia
# Le sigue la fecha de la sesión, en negrita.
roster-marking = Marcando
roster-keys = Teclas:
roster-key-present = presente
roster-key-late = tarde
roster-key-excused = justificado
roster-key-absent = ausente
roster-key-space = Espacio
roster-key-cycle = alternar
roster-key-save = guardar
roster-everyone-present = Todos los demás presentes
roster-clear = Borrar
roster-delete-session = Eliminar sesión
roster-not-saved = Aún sin guardar
roster-saving = Guardando…
roster-save = Guardar asistencia
roster-caption = Asistencia: miembros por sesión
roster-caption-open = Asistencia: miembros por sesión; la columna del { $date } está abierta para marcar
roster-col-member = Miembro
roster-col-attended = Asistió
roster-not-marked = Sin marcar
# Sesiones a las que asistió de las marcadas: «3 de 4».
roster-rate = { $attended } de { $marked }

## Notas de grupo: después de una sesión, una nota en el expediente de cada
## persona presente. La parte compartida va a todas; la parte propia, solo
## a esa persona.

group-notes-heading = Notas de grupo
group-notes-none = Todavía no hay notas de grupo para esta sesión.
# «2 de 3 presentes tienen nota · 1 firmada».
group-notes-written = { $written } de { $present } presentes tienen nota · { $signed } firmadas
group-notes-nobody = Marque quién asistió y guarde la asistencia; luego escriba las notas de grupo.
group-notes-save-marks-first = Primero guarde la asistencia: las notas van a quienes estén marcados como presentes.
group-notes-write = Escribir notas de grupo…
group-notes-edit = Editar notas de grupo…
group-notes-sign = Firmar las notas…
group-notes-form-title = Notas de grupo · { $date }
group-notes-intro = Cada persona presente recibe una nota en su expediente: la parte compartida y lo que usted agregue solo para esa persona.
group-notes-loading = Cargando quiénes asistieron…
group-notes-start = Hora de inicio
group-notes-minutes = Minutos
group-notes-how = Modalidad
group-notes-shared = Lo que hizo el grupo
group-notes-shared-hint = Va al expediente de cada persona: describa el grupo y no nombre a nadie.
group-notes-own = Para { $name } (opcional)
group-notes-own-signed = Firmada: esta nota está bloqueada.
group-notes-over-limit = Asistieron { $present } personas; { $payer } factura grupos de { $limit } como máximo. Puede guardar las notas de todos modos: el registro de facturación mostrará esta sesión.
group-notes-save = Guardar notas
group-notes-saved = { $count ->
    [one] Se guardó la nota de grupo de { $count } persona
   *[other] Se guardaron las notas de grupo de { $count } personas
}
group-notes-sign-title = { $count ->
    [one] ¿Firmar { $count } nota de grupo?
   *[other] ¿Firmar { $count } notas de grupo?
}
group-notes-sign-message = Usted firma la nota de cada persona como { $signer }. Una nota firmada no se puede cambiar ni eliminar después; una corrección va en una adenda debajo.
group-notes-sign-confirm = Firmar las notas
group-notes-signed = Notas de grupo firmadas
