# Peerlog en español: la exportación para una reunión de caso (un
# resumen limitado por los consentimientos), su vista previa y el registro
# de divulgaciones.

export-title = Compartir un resumen
export-intro = Un resumen para una organización asociada, limitado a lo que permite el consentimiento de cada participante. Las notas de límites y sus autoevaluaciones nunca salen de aquí.
export-empty-title = Todavía no hay consentimientos para divulgar información
export-empty-body = Antes de compartir algo, el participante firma un consentimiento que dice quién puede recibir qué. Regístrelo en su página, en Consentimientos; luego vuelva aquí para preparar el resumen para esa reunión.
export-form-title = Qué compartir
export-recipient = Destinatario
export-recipient-choose = Elija para quién es
export-from = Desde
export-to = Hasta

## Quiénes quedan fuera, y por qué

# Se unen con "; " en un solo resumen.
export-left-out-no-consent = { $count ->
    [one] { $count } persona de su carga de casos no tiene consentimiento para este destinatario
   *[other] { $count } personas de su carga de casos no tienen consentimiento para este destinatario
}
export-left-out-ended = { $count ->
    [one] { $count } consentimiento terminó
   *[other] { $count } consentimientos terminaron
}
export-left-out-later = { $count ->
    [one] { $count } consentimiento empieza más adelante
   *[other] { $count } consentimientos empiezan más adelante
}
export-left-out-details = Quiénes y por qué
export-reason-no-consent = sin consentimiento para este destinatario
export-reason-revoked = consentimiento revocado
export-reason-expired = consentimiento terminado
export-reason-not-yet-effective = consentimiento aún no vigente

## Quiénes y qué se incluye

export-no-candidates = Hoy nadie tiene un consentimiento vigente para { $recipient }.
export-who = Quiénes
export-who-hint = (con un consentimiento vigente para { $recipient }; marque a las personas de las que trata esta reunión)
export-ticked = Marcados: { $chosen } de { $total }
export-select-all = Marcar todos
export-clear-all = Desmarcar todos
export-consent-allows = El consentimiento permite: { $categories } · hasta { $until }
export-include = Incluir
export-include-hint = (nunca más de lo que permite un consentimiento; las notas narrativas, solo si usted las marca)
export-purpose = Propósito
export-purpose-placeholder = Según los consentimientos
export-prepared-by = Preparado por
export-prepared-by-placeholder = Su programa
export-preview-button = Ver lo que saldría

## La vista previa

export-preview-title = Vista previa
export-preview-empty = Elija el destinatario y el periodo, y luego vea la vista previa. Verá exactamente lo que tendrá el archivo antes de que se escriba nada.
export-preview-for = Para
export-preview-purpose = propósito: { $purpose }
export-nothing-in-period = Nada en este periodo
# El aviso de 42 CFR §2.32 viene de core con la exportación; esto es solo
# el título que lo abre.
export-notice = El aviso que la acompaña (42 CFR §2.32)

## La sección de un participante en la vista previa, una línea cada cosa

export-line-engagement = { $contacts ->
    [one] { $contacts } contacto
   *[other] { $contacts } contactos
}, { $duration } ({ $units ->
    [one] { $units } unidad
   *[other] { $units } unidades
})
export-line-contact-notes = { $count ->
    [one] { $count } nota de contacto
   *[other] { $count } notas de contacto
}
export-line-narratives = con las notas narrativas de los contactos
export-line-no-sessions = ninguna sesión de grupo
export-line-attendance = asistencia al grupo: { $attended } de { $held }
export-line-attendance-rate = asistencia al grupo: { $attended } de { $held } ({ $rate }%)
export-line-wellness = { $count ->
    [one] { $count } registro de bienestar
   *[other] { $count } registros de bienestar
}
export-line-referrals = { $count ->
    [one] { $count } referido
   *[other] { $count } referidos
}
export-line-follow-ups = { $count ->
    [one] { $count } seguimiento abierto
   *[other] { $count } seguimientos abiertos
}
export-duration-minutes = { $minutes } min
export-duration-hours = { $hours } h
export-duration-hours-minutes = { $hours } h { $minutes } min

## Guardar

export-format = Formato
export-format-choice-pdf = PDF, una página por persona
export-format-choice-csv = Tablas CSV (zip)
export-format-choice-pack = Paquete sellado
export-packet-passphrase = Frase de contraseña del paquete
export-packet-passphrase-hint = (acuérdela con el destinatario; comuníquesela por separado)
export-preview-outdated = Algo cambió desde esta vista previa. Véala de nuevo para saber qué saldría ahora.
# Le siguen el comienzo del SHA-256 del archivo y "…)."
export-saved = Guardado y registrado como divulgación ({ $bytes } bytes, SHA-256
export-save = Guardar…
export-saved-announcement = Exportación guardada y registrada como divulgación

## El registro de divulgaciones

export-history-title = Registro de divulgaciones
export-history-empty = Todavía no se ha compartido nada. Cada exportación que guarde aparece aquí, con lo que se envió y a quién.
export-history-caption = Cada exportación que salió de Peerlog, de la más reciente a la más antigua
export-col-when = Cuándo
export-col-to = Para
export-col-period = Periodo
export-col-who = Quiénes
export-col-format = Formato
export-col-hash = SHA-256
export-format-pdf = PDF
export-format-csv = Tablas CSV
export-format-pack = Paquete sellado

export-language = Idioma del documento
export-language-hint = El idioma de quien lo recibe: inglés, salvo que lea español. El aviso federal conserva su texto en inglés junto a la traducción.
