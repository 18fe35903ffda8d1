# Peerlog en español: la página de un participante, sus tarjetas (historial,
# seguimientos, bienestar, límites, referidos, consentimientos,
# divulgaciones, perfil), la gráfica de bienestar, el selector de
# participantes y la escala de calificación de los formularios de registro
# de bienestar y autoevaluación.
#
# Cada mensaje va en una sola línea. El vocabulario (modos de contacto,
# estados, categorías…) llega del shell ya en español, como argumento.

## La página y su barra de herramientas

participant-back = Volver
participant-loading = Cargando…
participant-case = Caso { $id }
participant-docket = Expediente { $docket }
participant-toolbar-label = Registro de { $name }
participant-log-contact = Registrar contacto
participant-check-in = Registro de bienestar
participant-boundary-note = Nota de límites
participant-follow-up = Seguimiento
participant-referral = Referido
participant-edit = Editar

## Lo que oyen los lectores de pantalla cuando un formulario guarda

participant-saved-changes = Cambios guardados
participant-deleted = Participante eliminado
participant-saved-check-in = Registro de bienestar guardado
participant-saved-boundary = Nota de límites guardada
participant-saved-follow-up = Seguimiento agregado
participant-saved-consent = Consentimiento guardado
participant-saved-outcome = Resultado del referido guardado
participant-saved-referral = Referido agregado

## Palabras que comparten las tarjetas

card-add = Agregar
card-edit = Editar
card-delete = Eliminar
card-done = Hecho

## Notas de límites

card-boundaries-title = Notas de límites
card-boundaries-private = Solo para usted. Nunca se exportan ni se comparten.
card-boundaries-empty = No hay límites anotados. Escribir lo que acordaron (horarios, medios de contacto, dinero, transporte) les ayuda a ambos a cumplirlo.
card-boundary-agreed = Acordada el { $date }
card-boundary-review = revisar el { $date }
card-boundary-review-due = toca revisarla
card-boundary-delete-title = ¿Eliminar esta nota de límites?
card-boundary-delete-message = Se borrará para siempre; esto no se puede deshacer.
card-boundary-deleted = Nota de límites eliminada

## Consentimientos

card-consents-title = Consentimientos
card-consents-empty = No hay ningún consentimiento para divulgar información. Agregue el que firmó el participante para compartir un resumen con una organización asociada, como el equipo de la corte; sin consentimiento no se comparte nada.
# La situación de un consentimiento en una fecha.
card-consent-active = Vigente
card-consent-expired = Vencido
card-consent-revoked = Revocado
card-consent-not-yet-effective = Aún no vigente
card-consent-revoked-on = revocado el { $date }
card-consent-revoke = Registrar una revocación
card-consent-revoke-title = ¿Registrar que { $name } revocó este consentimiento?
card-consent-revoke-message = Desde hoy no se envía nada más a { $recipient } con este consentimiento. Las divulgaciones ya hechas quedan en el registro.
card-consent-revoke-confirm = Registrar revocación
card-consent-revocation-recorded = Revocación registrada

## Divulgaciones (el registro de las exportaciones para reuniones de caso)

card-disclosures-title = Divulgaciones
card-disclosures-empty = Todavía no se ha compartido nada sobre { $name }. Cada exportación para una reunión de caso que incluya a esta persona aparece aquí: cuándo, a quién, por qué y qué.
card-disclosures-intro = Cada exportación que incluyó a { $name }, la más reciente primero.
card-disclosure-period = Periodo { $from } – { $to }
# Antes de la huella digital del archivo.
card-disclosure-hash = SHA-256

## Seguimientos abiertos

card-follow-ups-title = Seguimientos abiertos
card-follow-ups-empty = No hay nada abierto. Agregue uno aquí o al registrar un contacto.
card-follow-up-mark-done-label = Marcar como hecho: { $text }
card-follow-up-done = Seguimiento marcado como hecho
card-follow-up-reopened = Seguimiento abierto de nuevo

## Perfil

card-profile-title = Perfil
card-profile-contact-preferences = Preferencias de contacto
card-profile-phone = Teléfono
card-profile-email = Correo electrónico
card-profile-language = Idioma
card-profile-intake = Ingreso
card-profile-groups = Grupos
card-profile-no-groups = Ninguno todavía
card-profile-goals = Metas

## Referidos

card-referrals-title = Referidos
card-referral-referred = Referido el { $date }
# Después del resultado: «Conectado desde el 20 de nov».
card-referral-since = desde el { $date }
card-referral-change = Cambiar resultado
card-referral-change-label = Cambiar resultado del referido a { $name }

## Bienestar

card-wellness-title = Bienestar
card-wellness-check-in = Registro de bienestar
card-wellness-empty = Aún no hay registros de bienestar. Un registro califica juntas las ocho dimensiones del bienestar; después de dos, verá aquí la tendencia.
# En la lista de lo que falta calificar del formulario de registro de bienestar.
participant-missing-barc-items = { $count ->
    [one] ítem { $items } del BARC-10
   *[other] ítems { $items } del BARC-10
}

## La gráfica de bienestar. Los promedios llevan un decimal («3.0»).

chart-summary-trend = El bienestar promedio pasó de { $first } el { $firstDate } a { $latest } el { $latestDate }, en { $count } registros de bienestar.
chart-summary-one = Un registro de bienestar hasta ahora, el { $date }: promedio { $average } de 5.
chart-point = { $date }: promedio { $average }
chart-average-caption = Promedio de las ocho dimensiones (1 con dificultades – 5 muy bien).
chart-dimensions-caption = Cada dimensión: calificación más reciente y cambio desde el primer registro de bienestar
chart-col-dimension = Dimensión
chart-col-trend = Tendencia
chart-col-latest = Última
chart-col-change = Cambio
chart-barc-label = Capital de recuperación BARC-10: último puntaje { $latest } de 60; el punto de corte asociado con la remisión sostenida es { $cutoff }.
# Le sigue el total más reciente, en negrita.
chart-barc-latest = Capital de recuperación BARC-10 (10–60): último puntaje
chart-barc-first = , primero { $first }
chart-barc-cutoff = La línea punteada en { $cutoff } es el puntaje que Vilsaint y colaboradores (2017) asociaron con la remisión sostenida.

## La escala de calificación (un grupo de opciones): «1 de 5 (con dificultades)»

chart-rating-option = { $n } de { $max }
chart-rating-option-end = { $n } de { $max } ({ $end })

## Elegir a un participante por nombre o número de caso

participant-picker-placeholder = Escriba un nombre o número de caso
participant-picker-matches = Participantes que coinciden
participant-picker-none = Nadie en su carga de casos coincide con “{ $text }”.

## El historial

timeline-title = Historial
timeline-filter-label = Mostrar
timeline-filter-all = Todo
timeline-kind-contacts = Contactos
timeline-kind-groups = Grupos
timeline-kind-check-ins = Registros de bienestar
timeline-kind-boundaries = Límites
timeline-kind-follow-ups = Seguimientos
timeline-kind-referrals = Referidos
timeline-kind-plans = Plan de recuperación
timeline-empty-title = Aún no hay nada aquí
# Le sigue el atajo entre paréntesis: «(Ctrl+N).»
timeline-empty-first = Registre su primer contacto con { $name }
timeline-empty-rest = Los contactos, la asistencia a grupos, los registros de bienestar, los límites, los seguimientos y los referidos aparecen aquí, lo más reciente primero.
timeline-log-contact = Registrar un contacto
timeline-upcoming = próximo
timeline-private = Privado
# A group note: the part every member's note shares, and this member's own.
timeline-group-shared = Sesión de grupo
timeline-group-own = Para esta persona
timeline-edit = Editar
timeline-delete = Eliminar
timeline-edit-contact-label = Editar el contacto { $title }
timeline-delete-contact-label = Eliminar el contacto { $title }
timeline-delete-check-in-label = Eliminar este registro de bienestar
timeline-delete-contact-title = ¿Eliminar este contacto?
timeline-delete-contact-message = Se borrará para siempre, con sus unidades; esto no se puede deshacer.
timeline-contact-deleted = Contacto eliminado
timeline-delete-check-in-title = ¿Eliminar este registro de bienestar?
timeline-delete-check-in-message = Sus calificaciones saldrán de la tendencia de bienestar; esto no se puede deshacer.
timeline-check-in-deleted = Registro de bienestar eliminado
timeline-show-older = Mostrar anteriores
timeline-loading-older = Cargando entradas anteriores…
timeline-showing-all = { $count ->
    [one] Se muestra { $count } entrada
   *[other] Se muestran todas las { $count } entradas
}
timeline-showing-recent = { $count ->
    [one] Se muestra la entrada más reciente
   *[other] Se muestran las { $count } entradas más recientes
}

## Cómo se lee cada entrada del historial

timeline-contact-title = { $mode } · { $minutes } min
timeline-attendance-title = { $group }: { $status }
timeline-check-in-title = Registro de bienestar · promedio { $average } de 5
timeline-check-in-barc = BARC-10 { $total } de 60
timeline-boundary-title = Límite · { $category }
timeline-boundary-review = revisar el { $date }
timeline-follow-up-title = Seguimiento · { $status }
timeline-referral-title = Referido · { $type }: { $name }
timeline-plan-created-title = Plan de recuperación · versión { $version } escrita
timeline-plan-signed-title = Plan de recuperación · versión { $version } firmada
timeline-plan-goals = { $count ->
    [one] { $count } meta
   *[other] { $count } metas
}
# Bajo la nota de un contacto, las metas del plan de recuperación en las
# que se trabajó. $goals: cada meta como timeline-goal-named, separadas
# por punto y coma.
timeline-toward-goals = { $count ->
    [one] Hacia la meta { $goals }
   *[other] Hacia las metas { $goals }
}
# $words: la meta en las propias palabras de la persona, sin traducir.
timeline-goal-named = { $number }: { $words }
