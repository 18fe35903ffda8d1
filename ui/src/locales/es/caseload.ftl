# Peerlog en español: la carga de casos (la pantalla de inicio).
#
# Cada mensaje va en una sola línea. Los nombres de teclas (Ctrl, N, Enter)
# no están en los mensajes: quedan como en el teclado, y la pantalla los
# pone junto a las palabras.

caseload-title = Carga de casos
caseload-add = Agregar participante
caseload-added = { $name } se agregó a su carga de casos

## El recordatorio de copia de seguridad (su título viene de la configuración de copias)

caseload-backup-why = Una copia de seguridad es un archivo cifrado que usted guarda lejos de esta computadora portátil, para que su registro de casos se conserve aunque la computadora se pierda o se dañe.
caseload-backup-go = Hacer una copia en Configuración
caseload-backup-not-now = Ahora no
caseload-backup-not-now-label = Ahora no: ocultar el recordatorio de copia de seguridad hasta mañana

## Cargando, y una carga de casos vacía

caseload-loading = Cargando sus casos…
caseload-empty-title = Su carga de casos está vacía
# Le siguen el atajo (Ctrl+N) y un punto.
caseload-empty-text = Agregue a la primera persona que acompaña. Un número de caso y un nombre es todo lo que necesita; lo demás puede esperar. Luego registre un contacto desde cualquier pantalla con
caseload-empty-add = Agregar a su primer participante

## Los recuadros de arriba; el número va encima de cada texto

caseload-tiles-label = De un vistazo
caseload-tile-active = { $count ->
    [one] participante activo
   *[other] participantes activos
}
caseload-tile-not-seen = sin contacto en 14 días
caseload-overdue-people = { $count ->
    [one] persona con seguimientos vencidos
   *[other] personas con seguimientos vencidos
}
caseload-overdue-follow-ups = { $count ->
    [one] { $count } seguimiento vencido en total
   *[other] { $count } seguimientos vencidos en total
}
caseload-tile-next-group = próximo grupo: { $name }
caseload-tile-no-group = ningún grupo programado

## Buscar, filtrar y ordenar

caseload-find-label = Buscar a alguien
caseload-find-placeholder = Nombre, número de caso o programa
# Después de la tecla Enter, cuando queda una sola persona: Enter la abre.
caseload-find-opens = abre
caseload-status-label = Estado
caseload-status-all = Todos
caseload-sort-label = Ordenar por
caseload-sort-not-seen = Más tiempo sin contacto
caseload-sort-follow-ups = Seguimientos pendientes
caseload-sort-name = Nombre
caseload-not-seen = Sin contacto en 14 días
caseload-filter-overdue = Con seguimientos vencidos
caseload-none-title = Nadie coincide con estos filtros
caseload-none-text = Nadie en su carga de casos cumple con lo que está seleccionado arriba.
caseload-show-everyone = Mostrar a todos

## La tabla

# Lo leen los lectores de pantalla antes de la tabla. $sort es name, notSeen o followUps.
caseload-caption = Carga de casos, { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}, ordenada por { $sort ->
    [name] nombre
    [notSeen] más tiempo sin contacto
   *[followUps] seguimientos pendientes
}
caseload-col-name = Nombre
caseload-col-last-contact = Último contacto
caseload-col-follow-ups = Seguimientos
caseload-col-next-group = Próximo grupo
caseload-col-status = Estado
caseload-col-actions = Acciones
caseload-no-contact = Aún sin contacto
caseload-row-overdue = { $count ->
    [one] { $count } vencido
   *[other] { $count } vencidos
}
caseload-row-open = { $count ->
    [one] { $count } abierto
   *[other] { $count } abiertos
}
caseload-row-none = Ninguno
caseload-log = Registrar
caseload-log-label = Registrar un contacto con { $name }
