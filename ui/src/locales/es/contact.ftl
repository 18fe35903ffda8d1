# Peerlog en español: el diálogo para registrar un contacto (Ctrl/Cmd+N) y
# el aviso que se lee al guardarlo.

contact-title-new = Registrar un contacto
contact-title-edit = Editar contacto
contact-empty-title = Todavía no hay con quién registrar un contacto
# Alrededor del atajo: "…; después, <kbd>Ctrl</kbd>+<kbd>N</kbd> abre esto…"
contact-empty-before = Primero agregue un participante en Carga de casos; después,
contact-empty-after = abre esto desde cualquier pantalla.
# La letra del atajo Ctrl+N: no cambia con el idioma.
contact-key-new = N
contact-error-who = Elija con quién fue este contacto.
contact-error-when = Cuándo: use una fecha y una hora como 14:30.
contact-with = Con
contact-how = Cómo
contact-mode-hint = empieza en { $mode } cada vez; las teclas de letra eligen
contact-mode-hint-edit = las teclas de letra eligen
contact-date = Fecha
contact-time = Hora
contact-minutes = Minutos
contact-billing = Facturación
contact-too-long = Más de 12 horas
contact-too-long-limit = máximo 720 min
# Unidades de apoyo entre pares de Medicaid de 15 minutos, código HCPCS H0038.
contact-units-rule = 15 min · H0038
contact-units = { $count ->
    [one] { $count } unidad
   *[other] { $count } unidades
}
contact-notes = Notas
contact-notes-placeholder = Lo que hicieron juntos, cómo respondió la persona, el plan.
contact-anything-else = Algo más
contact-add-follow-up = Agregar un seguimiento
contact-follow-up-due = Fecha límite
contact-follow-up-text = Tema del seguimiento
contact-services = Servicios
# Las metas del plan de recuperación en las que se trabajó en el contacto;
# $words es la meta en las propias palabras de la persona, sin traducir.
# $status: una meta que ya no está activa («Cumplida») y que la nota ya nombra.
contact-goals = Metas del plan en las que se trabajó
contact-goal-option = Meta { $number } · { $words }
contact-goal-option-status = Meta { $number } · { $words } · { $status }
contact-more = Más: dimensiones del bienestar tratadas, lugar
contact-dimensions = Dimensiones del bienestar tratadas
contact-setting = Lugar
contact-setting-placeholder = p. ej., Vestíbulo de la corte, su casa
contact-save = Guardar contacto
contact-saved = Contacto con { $who } registrado · { $units }
contact-saved-with-follow-up = Contacto con { $who } registrado · { $units } · seguimiento creado, vence { $due }
contact-updated = Contacto con { $who } actualizado
contact-saved-someone = la persona

## La letra que elige cada modalidad en el formulario, y el atajo del
## seguimiento (Alt+letra): cada una distinta, según las palabras que se ven.

contact-key-in-person = e
contact-key-phone = t
# same as English: la V de Videollamada.
contact-key-video = v
contact-key-text = m
contact-key-jail-visit = l
# same as English: la C de Corte.
contact-key-court = c
contact-key-follow-up = s
