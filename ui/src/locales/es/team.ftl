# La interfaz de Peerlog en español: la carpeta del equipo en Ajustes (la
# clave de esta aplicación, empezar o unirse a un equipo, miembros,
# sincronizar, lo que se envió).

team-title = Equipo
team-intro = Supervisión sin servidor: las aplicaciones de los pares y supervisores de su equipo intercambian archivos sellados y firmados por una carpeta que su programa ya sincroniza. Su base de datos nunca sale de esta computadora.
team-key-title = La clave de esta aplicación
team-key-intro = Dé esta clave a quien le agregue a un equipo. Se puede compartir sin riesgo: permite que otras personas le sellen archivos y comprueben lo que usted firma.
team-key-label = Clave
team-copy-key = Copiar la clave
team-key-copied = Clave copiada.
team-key-select = La clave está seleccionada: presione Ctrl+C para copiarla.
team-fingerprint-label = Huella
team-fingerprint-read-aloud = Lea estos dígitos en voz alta a la otra persona, en persona o por teléfono. Si coinciden con los suyos, la clave le llegó sin cambios.

team-start-title = Empezar un equipo
team-start-intro = Para un/a supervisor/a o responsable del programa: usted lleva la lista de miembros.
team-join-title = Unirse a un equipo
team-join-intro = Su supervisor/a agrega primero su clave y luego le da su propia clave y la carpeta.
team-name = Nombre del equipo
team-folder = Carpeta del equipo
team-choose-folder = Elegir la carpeta…
team-no-folder = Todavía no eligió una carpeta.
team-your-name = Su nombre
team-role = Función
team-credential = Credencial
team-admin-key = La clave de quien administra
team-start = Empezar el equipo
team-join = Unirse al equipo
team-started = Equipo creado.
team-joined = Se unió. Esperando la lista de miembros de quien administra.
team-joined-admitted = Se unió. La lista de miembros de quien administra ya llegó.

team-role-peer = Par
team-role-supervisor = Supervisor/a

# $name: the team's name.
team-in = Equipo { $name }
team-in-unnamed = Su equipo
team-folder-shown = Carpeta: { $folder }
team-folder-available = La carpeta del equipo está disponible.
team-folder-waiting = Esperando la carpeta del equipo.
# $count: sealed messages waiting in this app for the folder.
team-waiting = { $count ->
    [0] Nada espera para salir.
    [one] 1 mensaje espera para salir.
   *[other] { $count } mensajes esperan para salir.
}
team-not-admitted = Esperando que la lista de miembros de quien administra nombre esta aplicación.
# $when: when the folder was last read.
team-last-read = Última lectura: { $when }.
# $count: files seen in the folder that could not be read whole.
team-unreadable = { $count ->
    [one] No se pudo leer 1 archivo: todavía se está sincronizando o está dañado. Se volverá a intentar.
   *[other] No se pudieron leer { $count } archivos: todavía se están sincronizando o están dañados. Se volverá a intentar.
}
# $count: files refused (altered, or from someone not in the team).
team-refused = { $count ->
    [one] Se rechazó 1 archivo: alterado, o de alguien que no está en el equipo.
   *[other] Se rechazaron { $count } archivos: alterados, o de alguien que no está en el equipo.
}
team-sync-now = Sincronizar ahora
team-syncing = Sincronizando…
team-synced = Sincronizado con la carpeta del equipo.
team-sync-failed = La última sincronización no terminó:

team-members-title = Miembros
team-you = (usted)
team-admin = Administra
# $name: a member's name.
team-remove-member = Quitar
team-remove-member-label = Quitar a { $name } del equipo
team-remove-title = ¿Quitar a este miembro?
team-remove-body = { $name } ya no recibirá nada del equipo, y se rechazarán los archivos de su aplicación.
team-remove-confirm = Quitar
team-remove-cancel = Mantener
team-member-removed = Miembro quitado.

team-add-title = Agregar un miembro
team-add-intro = Escriba la clave que le dio y lean juntos la huella en voz alta antes de guardar.
team-member-key = Su clave
team-member-name = Su nombre
team-add = Agregar el miembro
team-member-added = Miembro agregado. La lista sale en la próxima sincronización.

team-sample-title = Muestra para revisión
team-sample-intro = La parte de las notas firmadas de cada par que su aplicación envía a revisión cuando envía una muestra.
team-sample-percent = Porcentaje de notas
team-sample-save = Guardar
# $percent: a whole number.
team-sample-saved = Muestra para revisión: { $percent } %.

team-sent-title = Lo que se envió
team-sent-intro = Cada mensaje tal como salió de esta aplicación, sellado para las personas nombradas.
team-sent-empty = Todavía no se envió nada.
team-sent-kind-roster = Lista de miembros
team-sent-kind-review-request = Nota para revisión
team-sent-kind-review-decision = Decisión de revisión
team-sent-kind-supervision-session = Sesión de supervisión
team-sent-kind-supervision-acknowledged = Supervisión confirmada
team-sent-kind-week-summary = Cifras de la semana
# $names: who it was sent to, by the names the roster gave them.
team-sent-to = Para { $names }
team-sent-delivered = Entregado a la carpeta
team-sent-waiting = Esperando la carpeta
team-sent-show = Ver lo que se envió
team-sent-hide = Ocultar

# The supervisor's review queue.
reviews-title = Notas para revisar
reviews-intro = Notas que los pares de su equipo enviaron a revisión; la persona participante solo por sus iniciales. Al aprobar, su firma conjunta se agrega a la nota.
reviews-empty-title = Nada que revisar
reviews-empty-body = Las notas que envíe un par llegan aquí en la próxima sincronización.
# $count: notes waiting for a decision.
reviews-waiting = { $count ->
    [0] Ninguna nota espera
    [one] 1 nota espera
   *[other] { $count } notas esperan
}
reviews-decided = Decididas
# $peer: the peer's name; $initials: the participant's initials.
reviews-note-heading = { $peer } · participante { $initials }
reviews-status-approved = Aprobada
reviews-status-changes = Cambios pedidos
# $minutes: the contact's length.
reviews-minutes = { $minutes } min
# $goals: the plan goals the note worked toward.
reviews-goals = Hacia: { $goals }
# $signer: name and credential; $when: date and time.
reviews-signed = Firmada por { $signer } · { $when }
# $when: date and time.
reviews-received = Recibida { $when }
# $comment: what the supervisor wrote.
reviews-your-comment = Su comentario: { $comment }
reviews-approve = Aprobar
reviews-approve-label = Aprobar la nota de { $peer } sobre { $initials }
reviews-request-changes = Pedir cambios
reviews-request-changes-label = Pedir cambios a la nota de { $peer } sobre { $initials }
reviews-comment = Qué debe cambiar
reviews-comment-hint = El par lo lee y responde con una adenda.
reviews-send-changes = Enviar el pedido
reviews-cancel = Cancelar
# $name: the peer's name.
reviews-approved = Aprobada; su firma conjunta llega a { $name } en la próxima sincronización.
reviews-changes-sent = Su pedido llega a { $name } en la próxima sincronización.

# Supervision sessions, on both sides.
supervision-title = Supervisión
supervision-intro = Registre la supervisión con los pares de su equipo. Cada sesión llega al par para que la confirme, así ambos tienen las mismas horas.
supervision-record-title = Registrar una sesión
supervision-peer = Par
supervision-pick-peer = Elija un par
supervision-date = Fecha
supervision-minutes-label = Minutos
supervision-kind = Tipo
supervision-topics = Temas
supervision-private-note = Nota privada
supervision-private-hint = Solo en esta aplicación: la otra persona nunca la ve.
supervision-record = Registrar la sesión
# $name: the peer's name.
supervision-recorded = Sesión registrada; llega a { $name } en la próxima sincronización.
supervision-sessions-title = Sesiones
supervision-none = Todavía no hay sesiones de supervisión.
# $minutes: the session's length.
supervision-minutes = { $minutes } min
# $when: date and time.
supervision-acknowledged-on = Confirmada { $when }
supervision-not-acknowledged = Sin confirmar
# $name: the supervisor's name.
supervision-with-supervisor = Con { $name }
# $name: the peer's name.
supervision-with-peer = Con { $name }
supervision-acknowledge = Confirmar
# $date: the session's date; $name: the supervisor's name.
supervision-acknowledge-label = Confirmar la sesión del { $date } con { $name }
# $name: the supervisor's name.
supervision-acknowledged = Confirmada; { $name } la recibe en la próxima sincronización.
supervision-note-add = Agregar una nota privada
supervision-note-edit = Editar la nota privada
supervision-note-save = Guardar la nota
supervision-note-saved = Nota privada guardada.
supervision-cancel = Cancelar
supervision-received-title = Supervisión recibida
supervision-received-intro = Sesiones que su supervisor/a registró con usted. Confirme cada una para que las horas cuenten para ambos.

# A supervisor's view of each peer's weeks.
weeks-title = Semanas de los pares
weeks-intro = Las cifras que la aplicación de cada par envía una vez por semana: solo números, sin nombres.
weeks-none = Todavía no hay pares en el equipo.
weeks-none-yet = Todavía no llegó ninguna semana.
# $when: when the last week arrived.
weeks-received = Última recibida { $when }
weeks-week-of = Semana del
weeks-trend = Tendencia
weeks-count-active = Participantes activos
weeks-count-not-seen = Sin ver en 14 días
weeks-count-overdue = Seguimientos vencidos
weeks-count-plan-reviews = Revisiones de plan pendientes
weeks-count-unsigned = Notas sin firmar
weeks-count-units = Unidades facturadas
weeks-count-group-sessions = Sesiones de grupo
weeks-count-attendance = Asistencia a grupos
weeks-units-by-payer = Unidades por pagador, última semana:
