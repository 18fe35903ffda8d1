# Peerlog en español: palabras que comparten todos los formularios (pies de
# diálogo, pistas, la pregunta antes de descartar lo no guardado).

form-loading = Cargando…
form-optional = (opcional)
form-required = (obligatorio)
form-cancel = Cancelar
form-save-changes = Guardar cambios
# Nombres de teclas, como están impresos en el teclado latinoamericano.
form-key-ctrl = Ctrl
form-key-enter = Enter
form-saves-with-keys = para guardar
# $what es el tipo de formulario (un código, no una palabra).
form-discard-title = { $what ->
    [participant] ¿Descartar los datos del participante?
    [contact] ¿Descartar este contacto?
    [boundary] ¿Descartar esta nota de límites?
    [check_in] ¿Descartar este registro de bienestar?
    [follow_up] ¿Descartar este seguimiento?
    [referral] ¿Descartar este referido?
    [consent] ¿Descartar este consentimiento?
    [group] ¿Descartar este grupo?
    [outcome] ¿Descartar este resultado?
    [addendum] ¿Descartar esta adenda?
    [plan] ¿Descartar este plan?
    [plan_goal] ¿Descartar esta meta?
    [signature] ¿Descartar esta firma?
    [group_notes] ¿Descartar estas notas de grupo?
   *[form] ¿Descartar este formulario?
}
