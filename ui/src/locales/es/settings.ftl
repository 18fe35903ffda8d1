# Peerlog en español: Configuración (copias de seguridad, bloqueo
# automático, desbloqueo rápido, la frase de contraseña, atajos de teclado)
# y cómo se leen las copias de seguridad en otros lugares (el recordatorio
# de la carga de casos, tamaños de archivo, el historial de copias).

settings-title = Configuración
settings-intro = Cómo mantiene Peerlog bloqueado su registro de casos.

## Copias de seguridad

settings-backups-title = Copias de seguridad
settings-backups-intro = Un solo archivo cifrado con todo lo que hay en Peerlog. Guárdelo lejos de esta computadora portátil, en una unidad que su programa apruebe. Se abre con la frase de contraseña que tenga cuando haga la copia, o con su clave de recuperación.
# Le sigue la fecha de la última copia, en negrita.
settings-backup-last = Última copia de seguridad:
settings-backup-none = Todavía no hay copia de seguridad.
settings-backup-due = Pendiente
settings-backup-saved = Copia de seguridad guardada · { $size } · { $when }
# El nombre de la suma de verificación; igual en todo idioma.
settings-backup-hash = SHA-256
settings-backing-up = Haciendo la copia de seguridad…
settings-back-up-now = Hacer una copia de seguridad ahora…
settings-restore = Restaurar desde una copia de seguridad…
settings-history-title = Copias de seguridad recientes
settings-history-empty = Todavía ninguna. Cada copia de seguridad que haga aparece aquí.
settings-backup-saved-announce = Copia de seguridad guardada, { $size }
settings-restore-confirm-title = ¿Bloquear Peerlog para restaurar una copia de seguridad?
settings-restore-confirm-body = Una restauración reemplaza los datos de Peerlog mientras nada los tiene abiertos, así que Peerlog se bloquea primero. No se reemplaza nada hasta que se haya revisado la copia y usted lo haya confirmado. Puede volver atrás y desbloquear en cualquier momento.
settings-restore-confirm = Bloquear y elegir una copia
settings-restore-cancel = Cancelar

## Firmar notas

settings-signer-title = Firmar notas
settings-signer-intro = Su nombre y su credencial tal como los lee un pagador en una nota firmada. Una nota firmada queda cerrada; las correcciones se agregan debajo como adendas.
settings-signer-name = Su nombre
settings-signer-credential = Credencial
settings-signer-credential-hint = Por ejemplo, CPS o CPRS; déjela vacía si no tiene ninguna.
settings-signer-save = Guardar nombre y credencial
settings-signer-announce = Las notas se firmarán como { $signer }

## Cómo se escriben las notas: la estructura de las notas nuevas

settings-format-title = Cómo se escriben las notas
settings-format-intro = Elija la estructura que pide su programa o su pagador. Las notas ya escritas conservan la que tienen.
settings-format-free = Texto libre
settings-format-free-hint = Un solo cuadro de notas, escrito a su manera.
# Same as English: the name payers use in Spanish too.
settings-format-girp = GIRP
settings-format-girp-hint = Meta, intervención, respuesta, plan: cada una en su cuadro.
# Same as English: the name payers use in Spanish too.
settings-format-dap = DAP
settings-format-dap-hint = Datos, evaluación, plan: cada uno en su cuadro.
settings-format-save = Guardar cómo se escriben las notas
settings-format-announce = { $format ->
    [girp] Las notas nuevas se escriben en formato GIRP
    [dap] Las notas nuevas se escriben en formato DAP
   *[free] Las notas nuevas se escriben como texto libre
}

## Bloqueo automático

settings-lock-title = Bloqueo automático
settings-lock-intro = Cuando nadie ha escrito ni hecho clic durante este tiempo, Peerlog se bloquea solo y limpia la pantalla.
settings-lock-minutes = Minutos sin actividad
settings-lock-save = Guardar
settings-lock-announce = { $minutes ->
    [one] Peerlog se bloqueará después de { $minutes } minuto sin actividad
   *[other] Peerlog se bloqueará después de { $minutes } minutos sin actividad
}

## Desbloqueo rápido

settings-quick-title = Desbloqueo rápido
settings-quick-intro = Guarde una clave en el llavero de esta computadora para desbloquear con un clic mientras tenga la sesión abierta. Su frase de contraseña también funciona siempre.
settings-quick-use = Usar el llavero de esta computadora para el desbloqueo rápido
settings-quick-on = El desbloqueo rápido está activado
settings-quick-off = El desbloqueo rápido está desactivado

## Cambiar la frase de contraseña

settings-pass-title = Cambiar la frase de contraseña
settings-pass-intro = Sus datos quedan como están; solo cambia la cerradura. Su clave de recuperación sigue funcionando.
settings-pass-current = Frase de contraseña actual
settings-pass-new = Nueva frase de contraseña
settings-pass-confirm = Escríbala otra vez
settings-pass-need-current = Escriba su frase de contraseña actual.
settings-pass-busy = Cambiando…
settings-pass-submit = Cambiar la frase de contraseña
settings-pass-changed = Se cambió la frase de contraseña. Su clave de recuperación sigue funcionando.

## Atajos de teclado (las teclas se muestran como vienen impresas)

settings-keys-title = Teclado
settings-key-log = Registrar un contacto, desde cualquier lugar
settings-key-search = Buscar
settings-key-lock = Bloquear ahora
settings-key-save = Guardar un formulario
settings-key-attendance = Cuadrícula de asistencia
settings-key-close = Cerrar un diálogo

## Acerca de

settings-about-title = Acerca de Peerlog
settings-about = Peerlog guarda todo en esta computadora, en un solo archivo cifrado, y nunca usa la red.
settings-data-folder = Carpeta de datos:

## Las copias de seguridad en otros lugares

# El recordatorio de la carga de casos.
backup-reminder-none = Todavía no tiene ninguna copia de seguridad
backup-reminder-last = { $days ->
    [0] Su última copia de seguridad fue hoy
    [1] Su última copia de seguridad fue ayer
   *[other] Su última copia de seguridad fue hace { $days } días
}
# Tamaños de archivo, en unidades decimales como los muestran los exploradores de archivos.
# same as English: «bytes» se dice igual en español.
backup-size-bytes = { $bytes } bytes
backup-size-kb = { $kb } KB
backup-size-mb = { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
backup-size-gb = { NUMBER($gb, minimumFractionDigits: 1, maximumFractionDigits: 1) } GB
# Líneas del historial de copias en Configuración.
backup-history-restored = Se restauró desde una copia de seguridad del { $when }
backup-history-written = Copia de seguridad del { $when } · { $size }

settings-language-title = Idioma
settings-language-intro = El idioma de Peerlog en esta computadora. Los documentos para un participante o una organización asociada tienen su propio idioma, que se elige al prepararlos.
