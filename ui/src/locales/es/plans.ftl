# Peerlog en español: el plan de recuperación de un participante. Metas por
# área de la vida en las propias palabras de la persona (nunca se traducen),
# fortalezas y la próxima revisión; en versiones, cada una firmada por la
# persona participante (o su motivo para no firmar), el par y, si hace
# falta, un supervisor. Una versión firmada no se cambia: un cambio crea la
# versión siguiente. Se trata al par de «usted».

## La tarjeta

plan-card-title = Plan de recuperación
plan-empty = Aún no hay plan. Escríbalo junto con { $name }, en sus propias palabras.
plan-write = Escribir un plan
plan-version = Versión { $version }
plan-earlier = Versiones anteriores:
plan-earlier-open-label = Leer la versión { $version }
plan-strengths = Fortalezas
plan-strengths-none = Aún no hay ninguna anotada.
plan-next-review = Próxima revisión: { $date }
plan-no-review = Sin fecha de revisión
plan-review-due = Revisión pendiente
plan-goal-heading = Meta { $number }
plan-goal-who-helps = Quién ayuda: { $who }
plan-goal-target = Fecha meta: { $date }
plan-goal-steps-label = Pasos de la meta { $number }
plan-signatures-label = Firmas
plan-read-only = Firmada, así que no se cambia. Un cambio crea la versión { $next }.
plan-edit = Editar
plan-edit-label = Editar la versión { $version } del plan
plan-sign = Firmar…
plan-sign-label = Firmar la versión { $version } del plan
plan-print = Imprimir…
plan-print-label = Imprimir el plan de { $name }
plan-printed = Plan guardado como PDF para imprimir
plan-print-cancelled = No se imprimió
plan-change-status = Cambiar estado…
plan-change-status-label = Cambiar estado de la meta { $number }
plan-add-goal = Agregar una meta…
plan-change-review = Cambiar fecha de revisión…
plan-signed-meanwhile = Esta versión se firmó mientras tanto; ahora se muestra firmada.

## Cómo se leen las firmas de una versión

plan-unsigned = Aún sin firmar
plan-signed-participant = Firmado por { $name } el { $date }
plan-declined-participant = La persona participante prefirió no firmar: { $reason }
plan-signed-peer = Par: { $signer } · { $when }
plan-signed-supervisor = { $name } ({ $role }) firmó el { $date }

## Una versión anterior

plan-earlier-title = Plan de recuperación · versión { $version }
plan-earlier-intro = Una versión anterior, tal como quedó. Solo lectura.
plan-earlier-close = Cerrar

## Escribir y editar un plan

plan-form-write-title = Plan de recuperación de { $name }
plan-form-edit-title = Editar la versión { $version } del plan
plan-form-add-goal-title = Agregar una meta al plan
plan-form-intro = Escriba cada meta con las propias palabras de la persona: el plan se imprime tal como está escrito.
plan-form-new-version = Al guardar se crea la versión { $next }; la versión { $current } queda tal como se firmó.
plan-form-goals = Metas
plan-form-goal-legend = Meta { $number }
plan-form-area = Área de la vida
plan-form-words = La meta, en sus palabras
plan-form-steps = Pasos, uno por línea
plan-form-who-helps = Quién ayuda
plan-form-target = Fecha meta
plan-form-status = Estado
plan-form-add-row = Agregar otra meta
plan-form-remove-row = Quitar
plan-form-remove-row-label = Quitar la meta { $number }
plan-form-strengths = Fortalezas que nombra, una por línea
plan-form-next-review = Próxima revisión
plan-form-save = Guardar plan
plan-form-save-goal = Agregar la meta como versión { $next }
plan-saved = Plan guardado
plan-goal-added = Meta agregada: el plan está ahora en la versión { $version }

## Firmar

plan-sign-title = Firmar la versión { $version } del plan
plan-sign-intro = Una vez firmada, esta versión no se puede cambiar: un cambio crea una versión nueva, y esta se conserva.
plan-sign-participant = La persona participante
plan-sign-participant-signed = Firmó
plan-sign-participant-declined = Prefirió no firmar
plan-sign-name = Su nombre, tal como lo escribió
plan-sign-on = Fecha
plan-sign-reason = Su motivo
plan-sign-supervisor-toggle = También firma un supervisor o profesional
plan-sign-supervisor-name = Supervisor o profesional
plan-sign-supervisor-role = Cargo o credencial
plan-sign-supervisor-on = Fecha de su firma
plan-sign-peer = Usted firma como { $signer }.
plan-sign-save = Firmar la versión { $version }
plan-signed = Plan firmado
plan-countersign = Añadir la firma del supervisor…
plan-countersign-label = Añadir la firma de un supervisor a la versión { $version }
plan-countersign-title = Un supervisor firma la versión { $version }
plan-countersign-intro = Para un supervisor o profesional que firma después del participante y de usted. Su firma se guarda con esta versión y nunca se cambia.
plan-countersign-save = Añadir su firma
plan-countersigned = Firma del supervisor añadida a la versión { $version }
plan-no-signer-title = ¿Quién firma como par?
plan-no-signer-message = Primero anote su nombre, y su credencial si la tiene, en Configuración. Cada plan que firme los lleva.
plan-no-signer-confirm = Abrir Configuración
plan-no-signer-cancel = Ahora no

## Cambiar un plan firmado: cada cambio crea una versión nueva

plan-status-title = Meta { $number }: su estado
plan-review-title = La próxima revisión
plan-change-intro = El plan está firmado, así que esto crea la versión { $next }; la versión { $current } queda tal como se firmó.
plan-status-legend = Estado
plan-review-on = Próxima revisión
plan-change-save = Crear la versión { $next }
plan-status-saved = Versión { $version }: la meta { $number } queda como «{ $status }»
plan-review-saved = Versión { $version }: próxima revisión fijada

## Planes con la revisión pendiente: la etiqueta y el filtro de la lista
## de casos, y la lista de la pantalla de seguimientos. $date: la fecha de
## la revisión, como se muestran las fechas («jue, 3 dic»).

caseload-row-plan-review = Revisión del plan pendiente
caseload-row-plan-review-on = Revisión del plan pendiente: { $date }
caseload-filter-plan-review = Con revisión del plan pendiente
followups-plan-reviews = Revisiones del plan pendientes
# Bajo el nombre de la persona. $externalId: su número de caso.
followups-plan-review-detail = { $externalId } · versión { $version } del plan · revisión pendiente: { $date }
