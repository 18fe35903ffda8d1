# Peerlog en español: los seguimientos pendientes de toda la carga de casos.
#
# Cada mensaje va en una sola línea.

followups-title = Seguimientos
followups-intro = Lo que usted dijo que haría, y para quién.
followups-loading = Cargando…
followups-empty-title = Nada pendiente en las próximas dos semanas
followups-empty-text = Cuando registre un contacto, marque “Agregar un seguimiento” para recordar lo que sigue: una llamada de vuelta, un documento que llevar, una fecha de corte. Aparecen aquí cuando vencen.
# En lugar del estado vacío, cuando solo hay revisiones del plan pendientes.
followups-none-due = No hay seguimientos que venzan en las próximas dos semanas.

## Las tres listas

followups-overdue = Vencidos
followups-due-today = Vencen hoy
followups-coming-up = { $days ->
    [one] Próximos (el siguiente { $days } día)
   *[other] Próximos (los siguientes { $days } días)
}

## Cerrar uno, y deshacerlo

followups-done-button = Hecho
followups-done-label = Hecho: { $text }
followups-drop-button = Descartar
followups-drop-label = Descartar: { $text }
followups-done = Seguimiento marcado como hecho
followups-dropped = Seguimiento descartado
followups-reopened = Seguimiento abierto de nuevo
