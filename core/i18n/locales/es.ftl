# Peerlog en español: lo que Rust escribe para que lo lean personas.
#
# Registro: se usa «usted» en todo lo que recibe un participante; las
# etiquetas de vocabulario son sustantivos o adjetivos que concuerdan con el
# sustantivo que describen (el referido, el consentimiento, el seguimiento).
# Cada código de un vocabulario cerrado tiene aquí su etiqueta, con el
# identificador `<vocabulario>-<código>`; una prueba exige que estén todas.

## Estado del participante en el programa

participant-status-active = En curso
participant-status-paused = En pausa
participant-status-completed = Programa completado
participant-status-discharged = Egreso
participant-status-transferred = Traslado

## Modalidad de contacto

contact-mode-in-person = En persona
contact-mode-phone = Teléfono
contact-mode-video = Videollamada
contact-mode-text = Mensaje de texto
contact-mode-jail-visit = Visita en la cárcel
contact-mode-court = Corte

## Servicios de apoyo entre pares

service-check-in = Chequeo
service-court-accompaniment = Acompañamiento a la corte
service-crisis-support = Apoyo en crisis
service-linkage-referral = Vinculación / referido
service-transportation = Transporte
service-recovery-planning = Plan de recuperación
service-advocacy = Defensoría
service-system-navigation = Orientación en los sistemas
service-skill-building = Desarrollo de habilidades
service-family-support = Apoyo familiar
service-other = Otro

## Las ocho dimensiones del bienestar

dimension-emotional = Emocional
dimension-environmental = Ambiental
dimension-financial = Financiera
dimension-intellectual = Intelectual
dimension-occupational = Ocupacional
dimension-physical = Física
dimension-social = Social
dimension-spiritual = Espiritual

## Asistencia a grupos

attendance-status-present = Presente
attendance-status-late = Llegó tarde
attendance-status-excused = Ausencia justificada
attendance-status-absent = Ausente

## Días de la semana

weekday-monday = Lunes
weekday-tuesday = Martes
weekday-wednesday = Miércoles
weekday-thursday = Jueves
weekday-friday = Viernes
weekday-saturday = Sábado
weekday-sunday = Domingo

## Notas de límites

boundary-category-hours = Horario y disponibilidad
boundary-category-channels = Medios de contacto
boundary-category-money = Dinero y regalos
boundary-category-rides = Llevar en auto
boundary-category-topics = Temas
boundary-category-dual-relationships = Relaciones duales
boundary-category-other = Otro

## Referidos a recursos de la comunidad

resource-type-housing = Vivienda
resource-type-treatment = Tratamiento
resource-type-mental-health = Salud mental
resource-type-health-care = Atención médica
resource-type-employment = Empleo
resource-type-education = Educación
resource-type-id-documents = Documentos de identidad
resource-type-benefits = Beneficios públicos
resource-type-legal = Asistencia legal
resource-type-food = Alimentos
resource-type-transportation = Transporte
resource-type-mutual-aid = Ayuda mutua / comunidad de recuperación
resource-type-other = Otro

referral-outcome-pending = Pendiente
referral-outcome-connected = Conectado
referral-outcome-not-connected = No conectado
referral-outcome-declined = Declinado

## Consentimiento para divulgar información

consent-category-attendance = Asistencia a grupos
consent-category-contact-summaries = Resúmenes de contactos (fecha, duración, modalidad, servicios)
consent-category-contact-narratives = Notas narrativas de los contactos
consent-category-wellness = Puntajes de bienestar
consent-category-referrals = Referidos y resultados
consent-category-follow-ups = Seguimientos

partner-type-court = Tribunal
partner-type-sheriff = Oficina del alguacil
partner-type-behavioral-health = Proveedor de salud conductual
partner-type-peer-run = Organización dirigida por pares
partner-type-probation = Libertad condicional
partner-type-other = Otra

restriction-decision-accepted = Aceptada
restriction-decision-refused = Rechazada

incident-status-open = Abierto
incident-status-notified = Notificado
incident-status-closed = Cerrado

consent-status-active = Vigente
consent-status-expired = Vencido
consent-status-revoked = Revocado
consent-status-not-yet-effective = Aún no vigente

## Seguimientos

follow-up-status-open = Abierto
follow-up-status-done = Hecho
follow-up-status-dropped = Descartado

## Planes de recuperación

note-format-free = Texto libre
note-format-girp = GIRP: meta, intervención, respuesta, plan
note-format-dap = DAP: datos, evaluación, plan
note-part-goal = Meta
note-part-intervention = Intervención
note-part-response = Respuesta
note-part-data = Datos
note-part-assessment = Evaluación
note-part-plan = Plan
group-note-part-shared = Sesión de grupo
group-note-part-own = Para esta persona
team-role-peer = Par
team-role-supervisor = Supervisor/a
goal-status-active = En curso
goal-status-met = Lograda
goal-status-changed = Cambiada
goal-status-set-aside = Dejada de lado

## Autoevaluación del especialista de apoyo entre pares

boundaries-held-yes = Mantenidos
boundaries-held-mostly = Mayormente mantenidos
boundaries-held-no = No mantenidos

## Sesiones de supervisión del propio especialista

supervision-kind-individual = Individual
supervision-kind-group = Grupal

supervision-topic-boundaries = Límites
supervision-topic-burnout = Agotamiento
supervision-topic-ethics = Ética
supervision-topic-documentation = Documentación
supervision-topic-career = Desarrollo profesional

supervision-side-as-supervisor = Como supervisor
supervision-side-as-peer = Como especialista supervisado

## Registro de auditoría

audit-action-vault-created = Bóveda creada
audit-action-unlocked = Desbloqueo
audit-action-unlock-failed = Desbloqueo fallido
audit-action-passphrase-changed = Frase de contraseña cambiada
audit-action-keyring-enabled = Desbloqueo rápido activado
audit-action-keyring-disabled = Desbloqueo rápido desactivado
audit-action-deleted = Eliminación
audit-action-imported = Importación
audit-action-exported = Exportación
audit-action-demo-loaded = Datos de demostración cargados
audit-action-backup-written = Copia de seguridad guardada
audit-action-restored = Restauración desde una copia de seguridad
audit-action-team-changed = Cambio en el equipo
audit-action-team-message-received = Mensaje del equipo recibido
audit-action-review-submitted = Nota enviada a revisión
audit-action-review-decided = Revisión resuelta
audit-action-supervision-recorded = Sesión de supervisión registrada
audit-action-supervision-acknowledged = Sesión de supervisión confirmada
audit-action-partners-merged = Organizaciones aliadas fusionadas

## Búsqueda

search-kind-participant = Participante
search-kind-contact = Contacto
search-kind-group-session = Sesión de grupo
search-kind-boundary = Nota de límites
search-kind-check-in = Registro de bienestar
search-kind-follow-up = Seguimiento
search-kind-referral = Referido
search-kind-plan-goal = Meta del plan

## Formatos de archivo

export-format-pdf = PDF
export-format-csv = Tablas CSV (zip)
export-format-pack = Paquete sellado
report-format-pdf = PDF
report-format-csv = CSV

## Errores: lo que Peerlog responde cuando no puede hacer algo. Nunca
## llevan datos de un participante; nombran el campo y la regla.

error-import-rejected = No se importó nada: { $problems ->
    [one] 1 problema
   *[other] { $problems } problemas
} en { $lines ->
    [one] 1 línea
   *[other] { $lines } líneas
}
error-wrong-passphrase = La frase de contraseña no es correcta
error-wrong-recovery-key = La clave de recuperación no es correcta
error-no-vault = Todavía no hay una bóveda de Peerlog en esta carpeta; cree una primero (peerlog init)
error-vault-exists = Esta carpeta ya tiene una bóveda de Peerlog; no se cambió nada
error-vault-damaged = El archivo de la bóveda está dañado; restáurelo desde una copia de seguridad
error-store-damaged = Los datos están dañados o no se pueden leer; Peerlog no escribió nada en ellos. Restaure una copia de seguridad
error-schema-too-new = Estos datos los escribió una versión más nueva de Peerlog (esquema { $found }; esta versión conoce hasta el { $known }). Actualice Peerlog; el archivo quedó como estaba
error-not-found = Ese registro ya no existe
error-keyring-unavailable = El llavero del sistema no está disponible; use la frase de contraseña
error-disk-full = El disco está lleno; no se guardó nada
error-io = No se pudo leer o escribir un archivo
error-database = Los datos no pudieron completar la operación; inténtelo de nuevo en un momento
error-not-a-peerlog-file = Este archivo no es de Peerlog
error-file-damaged = El archivo está dañado o fue alterado; no se usó nada de él
error-file-truncated = El archivo está incompleto (cortado); no se usó nada de él
error-file-too-new = Este archivo lo escribió una versión más nueva de Peerlog (formato { $found }); actualice Peerlog
error-file-exists = Ya hay un archivo o carpeta con ese nombre; elija otro nombre o permita reemplazarlo
error-output-in-data-folder = Esa ubicación está dentro de la carpeta de datos de Peerlog, donde se guardan los datos cifrados; elija otro lugar. No se escribió nada
error-restore-refused = No se reemplazó nada
error-restore-in-use = Los datos de esta carpeta están abiertos en Peerlog ahora mismo (la aplicación u otro comando); bloquéelo o ciérrelo y luego restaure. No se reemplazó nada
error-restore-newer-changes = Los datos de esta carpeta tienen cambios posteriores a esta copia de seguridad; para reemplazarlos de todos modos, elija «Reemplazar de todos modos». No se reemplazó nada
error-restore-different-store = Esta carpeta tiene otros datos de Peerlog; para reemplazarlos, elija «Reemplazar de todos modos». No se reemplazó nada
error-restore-newer-schema = Los datos de esta carpeta los escribió una versión más nueva de Peerlog; para reemplazarlos, elija «Reemplazar de todos modos». No se reemplazó nada
error-restore-cannot-compare = Los datos de esta carpeta no se pueden leer para compararlos con la copia de seguridad; para reemplazarlos, elija «Reemplazar de todos modos». No se reemplazó nada
error-preview-outdated = Los registros cambiaron después de la vista previa; revísela de nuevo antes de exportar. No se escribió nada
error-vault-changed = Otra ventana o comando de Peerlog cambió la bóveda en el mismo momento; aquí no se cambió nada. Inténtelo de nuevo
error-note-signed = Esta nota está firmada, así que nunca se cambia ni se elimina; corríjala con una adenda
error-plan-not-signed = Esta versión del plan de recuperación aún no está firmada; el supervisor firma después del participante y del par
error-no-team = Este registro aún no pertenece a un equipo; cree uno o únase a uno en Configuración (peerlog team init o join)
error-team-role-required = Su función en el equipo no permite hacer esto
error-note-not-signed = Esta nota aún no está firmada; edítela, o fírmela antes de añadir una adenda
error-signed-notes-kept = Este participante tiene notas firmadas, que se conservan como registro del servicio; cambie el estado del participante en vez de eliminarlo
error-plan-signed = Esta versión del plan de recuperación está firmada, así que nunca se cambia; un cambio crea una versión nueva
error-signed-plan-kept = Este participante tiene un plan de recuperación firmado, que se conserva; cambie el estado del participante en vez de eliminarlo
error-supervision-acknowledged = Esta sesión de supervisión está reconocida, así que nunca se cambia; solo su nota privada puede cambiarse
error-supervision-own-session = Usted registró esta sesión de supervisión como supervisor; solo el especialista la reconoce
error-agreement-expired = El acuerdo de intercambio de datos «{ $agreement }» con esta organización venció el { $expired_on } y no hay otro vigente; registre el acuerdo renovado antes de exportarle información; no se escribió nada

## Reglas de los campos: «<Campo>: <problema>»

problem-required = es obligatorio
problem-too-long = es demasiado largo (máximo { $max } caracteres)
problem-out-of-range = debe estar entre { $min } y { $max }
problem-in-future = no puede ser en el futuro
problem-too-early = es demasiado antigua (1990 o después)
problem-not-a-date = no es una fecha (use AAAA-MM-DD o M/D/AAAA)
problem-not-a-time = no es una hora (use HH:MM, formato de 24 horas)
problem-not-a-number = no es un número entero
problem-unknown-value = no es uno de: { $expected }
problem-out-of-order = no puede ser anterior a { $after }
problem-duplicate = ya está en uso
problem-ambiguous = coincide con más de un registro (solo se diferencian en mayúsculas o acentos); dele a uno de ellos otro identificador
problem-no-such-record = no coincide con ningún registro
problem-control-character = contiene un carácter de control
problem-wrong-count = necesita exactamente { $expected } valores
problem-weak = es demasiado fácil de adivinar (use al menos 10 caracteres; unas cuantas palabras sin relación funcionan bien)
problem-not-empty = debe estar vacío
problem-not-consented = no está cubierto por ningún consentimiento vigente hoy
problem-bad-format = no tiene la forma esperada (por ejemplo { $example })

## Nombres de los campos, como los muestran los formularios

field-active = Activo
field-after = Después de
field-after-grace = Qué sigue tras el período de gracia
field-agreed-on = Fecha del acuerdo
field-auto-lock-minutes = Bloqueo automático (minutos)
field-barc10 = BARC-10
field-board = Entidad certificadora
field-boundaries-held = Límites mantenidos
field-categories = Categorías
field-category = Categoría
field-certificate = Certificado
field-code = Código de facturación
field-completed-on = Fecha de finalización
field-contact-preferences = Preferencias de contacto
field-credential = Credencial
# The team folder's fields (docs/TEAM.md), as its forms name them.
field-comment = Comentario
field-folder = Carpeta del equipo
field-your-name = Su nombre
field-admin-key = La clave de quien administra
field-key = Clave
field-peer = Par
field-peer-name = Nombre del par
field-counterpart = La otra persona
field-supervisor-credential = Credencial de quien supervisa
field-minutes = Minutos
field-kind = Tipo
field-private-note = Nota privada
field-review-sample-percent = Porcentaje de notas
field-notes = Notas
field-week = Semana
field-daily-unit-cap = Máximo de unidades por día
field-description = Descripción
field-dimensions = Dimensiones
field-discloser = Quien divulga
field-docket = Lista de casos
field-due-on = Fecha límite
field-duration-minutes = Duración (minutos)
field-effective-on = Fecha de inicio
field-email = Correo electrónico
field-energy = Energía
field-expires-on = Fecha de vencimiento
field-expiry-event = Evento de vencimiento
field-external-id = ID externo
field-first-name = Nombre
field-follow-up = Seguimiento
field-follow-up-due-on = Fecha del seguimiento
field-follow-up-text = Seguimiento
field-form = Formulario
field-from = Desde
field-goals = Metas
field-grace-days = Días de gracia
field-group-id = Grupo
field-group-modifiers = Modificadores de grupo
field-group-size-limit = Máximo de participantes por grupo
field-held-on = Fecha de la sesión
field-hours = Horas
field-id = ID
field-intake-date = Fecha de ingreso
field-issued-on = Fecha de emisión
field-language = Idioma
field-last-name = Apellido
field-location = Lugar
field-minimums = Mínimos por categoría
field-mode = Modalidad
field-modifiers = Modificadores
field-name = Nombre
field-note-format = Estructura de la nota
field-number = Número
field-parts = Partes de la nota
field-part-goal = Meta
field-part-intervention = Intervención
field-part-response = Respuesta
field-part-data = Datos
field-part-assessment = Evaluación
field-part-plan = Plan
field-narrative = Narrativa
field-note = Nota
field-occurred-at = Fecha y hora
field-outcome = Resultado
field-outcome-on = Fecha del resultado
field-packet-passphrase = Frase de contraseña del paquete
field-participant = Participante
field-participant-id = Participante
field-participants = Participantes
field-passphrase = Frase de contraseña
field-payload = Contenido
field-period-months = Meses por período
field-phone = Teléfono
field-preferred-name = Nombre preferido
field-prepared-by = Preparado por
field-program = Programa
field-pronouns = Pronombres
field-provider = Quién la impartió
field-purpose = Propósito
field-recipient = Destinatario
field-recovery-key = Clave de recuperación
field-referred-on = Fecha del referido
field-resource-name = Nombre del recurso
field-resource-type = Tipo de recurso
field-review-on = Fecha de revisión
field-revoked-on = Fecha de revocación
field-scores = Puntajes
field-services = Servicios
field-setting = Lugar del servicio
field-signed-on = Fecha de firma
field-start-time = Hora de inicio
field-status = Estado
field-store = Datos
field-stress = Estrés
field-supervision-counts-as = La supervisión cuenta como
field-support-needed = Apoyo necesario
field-text = Texto
field-goal = Meta
field-steps = Pasos
field-title = Título
field-total-hours = Horas en total
field-training = Capacitación
field-who-helps = Quién ayuda
field-shared = Parte compartida del grupo
field-own-parts = Parte de cada persona
field-attendance = Asistencia
field-target-on = Fecha prevista
field-strength = Fortaleza
field-next-review-on = Próxima revisión
field-participant-name = Nombre del participante
field-participant-signed-on = Fecha de firma del participante
field-declined-reason = Motivo por el que no firmó
field-supervisor-name = Nombre del supervisor o profesional
field-supervisor-role = Función o credencial del supervisor
field-supervisor-signed-on = Fecha de firma del supervisor
field-unsigned-note-days = Días para firmar una nota
field-payer = Pagador
field-rounding = Redondeo
field-preset = Modelo
field-signer-name = Nombre de quien firma
field-signer-credential = Credencial de quien firma
field-reason = Motivo
field-to = Hasta
field-unit-minutes = Minutos por unidad
field-topic = Tema
field-weekday = Día de la semana
field-yearly-hours-cap = Máximo de horas por año
field-partner = Organización aliada
field-partner-name = Nombre de la organización
field-partner-type = Tipo de organización
field-attendees = Asistentes
field-attendee-name = Nombre del asistente
field-attendee-role = Función del asistente
field-handover = Forma de entrega
field-into = Fusionar con
field-merge = Organización a fusionar
field-separate = Organización a mantener aparte
field-agreement-title = Título del acuerdo
field-document = Documento firmado
field-requested-on = Fecha de la solicitud
field-decision = Decisión
field-decided-on = Fecha de la decisión
field-decided-by = Decidido por
field-restriction = Solicitud de restricción
field-summary = Resumen
field-happened-on = Fecha en que ocurrió
field-discovered-on = Fecha en que se descubrió
field-notified = A quién se notificó
field-notified-on = Fecha de la notificación
field-meeting = Reunión
field-meeting-name = Nombre de la reunión
field-time = Hora
field-every-weeks = Cada cuántas semanas
field-starts-on = Fecha de inicio
field-on = Fecha

## BARC-10: las diez afirmaciones de capital de recuperación. Es una
## traducción de trabajo para que el participante las lea en su idioma, no
## una versión validada del instrumento; el puntaje se calcula igual.

barc10-item-1 = Hay otras cosas que me importan más que consumir
barc10-item-2 = Estoy contento/a con mi vida en general
barc10-item-3 = Tengo energía para las tareas que me propongo
barc10-item-4 = Soy parte de mi comunidad y me siento orgulloso/a de ella
barc10-item-5 = Tengo el apoyo de mis amistades
barc10-item-6 = Mi vida es plena sin sustancias
barc10-item-7 = El lugar donde vivo apoya mi recuperación
barc10-item-8 = Me hago responsable de mis acciones
barc10-item-9 = Me siento a gusto con los profesionales
barc10-item-10 = Avanzo en mi camino de recuperación

## Exportación: los documentos para la reunión de caso (el PDF, y el README
## de una carpeta CSV o de un paquete sellado). Los números llegan ya
## escritos, con punto decimal como en Estados Unidos; las fechas van en
## formato ISO 8601 (AAAA-MM-DD) en todos los idiomas.

export-title = Resumen para la reunión de caso
export-running-header = Confidencial · { $title } · { $recipient } · { $period }
export-participant-header = Confidencial · { $name } ({ $id }) · { $title } · { $recipient }
export-period = del { $from } al { $to }
export-cover-intro = Confidencial: se divulga según el consentimiento por escrito de cada participante. Solo se incluyen los participantes y los tipos de información que esos consentimientos nombran.
export-meeting = Reunión de caso
export-recipient = Destinatario
export-purpose = Propósito
export-disclosed-by = Divulgado por
export-prepared-by = Preparado por
export-prepared-on = Fecha de preparación
export-period-label = Período
export-participants = Participantes
export-cover-included = Participantes incluidos
export-column-participant = Participante
export-column-case-id = ID de caso
export-column-consent = Consentimiento
export-column-information = Información incluida
export-notice-heading = Aviso de prohibición de volver a divulgar (42 CFR 2.32)
export-consent-signed = firmado el { $signed }, vigente desde el { $effective }
export-consent-until-date-or-event = hasta el { $date } o { $event }
export-consent-until-date = hasta el { $date }
export-consent-until-event = hasta { $event }
export-case-id = ID de caso
export-consent = Consentimiento
export-consent-purpose = Propósito del consentimiento
export-included = Información incluida
export-not-included = No se incluye: { $categories }.
export-engagement = Participación en el período
export-engagement-summary = { $contacts ->
        [one] { $contacts } contacto
       *[other] { $contacts } contactos
    } · { $hours } horas · { $units ->
        [one] { $units } unidad
       *[other] { $units } unidades
    } de 15 minutos · último contacto: { $last }
export-column-mode = Modalidad
export-column-contacts = Contactos
export-column-hours = Horas
export-column-units = Unidades
export-attendance = Asistencia a grupos de recuperación
export-attendance-none = No hay sesiones registradas
export-attendance-attended = Asistió a { $attended } de { $counted } { $counted ->
        [one] sesión
       *[other] sesiones
    }
export-attendance-late = ({ $late } con llegada tarde)
export-attendance-excused = { $excused ->
        [one] { $excused } ausencia justificada, que no se cuenta
       *[other] { $excused } ausencias justificadas, que no se cuentan
    }
export-wellness = Registros de bienestar
export-wellness-none = No hay registros de bienestar en el período.
export-chart-wellness = Bienestar (promedio de las ocho dimensiones, de 1 a 5)
export-chart-barc10 = Total del BARC-10 (de 10 a 60; línea discontinua: { $cutoff })
export-chart-none = ninguno en el período
export-latest-check-in = Último registro, { $date }:
export-barc10-change = Total del BARC-10: { $latest } (el primero del período: { $first }; cambio: { $change }). Un total de { $cutoff } o más se asoció con una remisión sostenida (Vilsaint et al., 2017).
export-barc10-one = Total del BARC-10: { $latest } (uno solo en el período). Un total de { $cutoff } o más se asoció con una remisión sostenida (Vilsaint et al., 2017).
export-barc10-none = BARC-10: no se aplicó en el período.
export-check-ins = { $count ->
        [one] { $count } registro de bienestar en el período.
       *[other] { $count } registros de bienestar en el período.
    }
export-referrals = Referidos hechos o resueltos en el período
export-referrals-none = No hay referidos en el período.
export-column-referred = Fecha del referido
export-column-to = Recurso
export-column-type = Tipo
export-column-outcome = Resultado
export-column-outcome-on = Fecha
export-follow-ups = Seguimientos abiertos
export-follow-ups-none = No hay seguimientos abiertos.
export-column-due = Vence
export-column-follow-up = Seguimiento
export-contacts-and-notes = Contactos y notas
export-contacts = Contactos
export-contacts-none = No hay contactos en el período.
export-note-signed = Firmada por { $signer }, { $when }
export-note-cosigned = Cofirmada por { $signer }, { $when }
export-note-addendum = Adenda, { $when }, { $signer } ({ $reason }): { $text }
export-column-date = Fecha
export-column-minutes = Min.
export-column-services = Servicios
export-column-narrative = Narrativa

# Lo que muestra un gráfico, para un lector de pantalla.
export-alt-line-chart = Gráfico de líneas.
export-alt-wellness = Bienestar, promedio de las ocho dimensiones de 1 a 5
export-alt-barc10 = Total del BARC-10 de 10 a 60
export-alt-none = { $name }: ninguno en el período.
export-alt-values = { $name }: { $count ->
        [one] un valor
       *[other] { $count } valores
    } del { $from } al { $to }; primero { $first }, mínimo { $lowest }, máximo { $highest }, último { $latest }.
export-alt-cutoff = Una línea discontinua marca { $cutoff }.

# El README junto a las tablas de una exportación CSV.
export-readme-title = Exportación de Peerlog para la reunión de caso
export-readme-scope =
    Cada participante aparece solo con un consentimiento vigente el día en que se preparó,
    y solo con los tipos de información que ese consentimiento nombra (vea participants.csv).
export-readme-tables = Tablas (UTF-8, separadas por comas, una fila por línea, la primera fila es el encabezado; los nombres de las tablas y de las columnas y los códigos van en inglés para que cualquier programa los lea igual):
export-readme-participants = quién se incluye, con qué consentimiento y con qué categorías
export-readme-engagement = contactos, minutos y unidades de 15 minutos (H0038) en el período
export-readme-contacts = cada contacto; las narrativas solo donde hay consentimiento
export-readme-attendance = sesiones de grupos de recuperación en el período
export-readme-wellness = registros de bienestar (1 a 5 por dimensión) y totales del BARC-10
export-readme-referrals = referidos hechos o resueltos en el período
export-readme-follow-ups = seguimientos abiertos el día en que se preparó
export-readme-notice = El aviso de { $file } se aplica a todos los archivos de esta carpeta:

# El aviso de 42 CFR §2.32 que acompaña toda divulgación. Es una traducción
# fiel y completa: cada cláusula y cada cita, y el «NO» en mayúsculas del
# original. El texto en inglés es el que tiene fuerza legal: toda
# exportación en español lo lleva a continuación de esta traducción.
export-notice-governs = Traducción al español; el texto en inglés que sigue es el que rige.
export-notice-translation = Este registro que se le ha divulgado está protegido por las normas federales de confidencialidad (42 CFR parte 2). Estas normas le prohíben usar o divulgar este registro, o testimonios que describan la información contenida en este registro, en cualquier procedimiento civil, penal, administrativo o legislativo que cualquier autoridad federal, estatal o local lleve a cabo en contra del paciente, a menos que lo autorice el consentimiento del paciente, salvo lo dispuesto en 42 CFR 2.12(c)(5) o lo que autorice un tribunal de conformidad con 42 CFR 2.64 o 2.65. Además, las normas federales le prohíben hacer cualquier otro uso o divulgación de este registro a menos que se cumpla al menos una de las siguientes condiciones: (i) El uso o la divulgación adicional está expresamente permitido por el consentimiento por escrito de la persona cuya información se divulga en este registro, o está permitido de otro modo por 42 CFR parte 2. (ii) Usted es una entidad cubierta o un socio comercial y ha recibido el registro para tratamiento, pago u operaciones de atención médica, o (iii) Usted ha recibido el registro de una entidad cubierta o de un socio comercial según lo permite 45 CFR parte 164, subpartes A y E. Una autorización general para la divulgación de información médica o de otro tipo NO es suficiente para cumplir con los elementos requeridos del consentimiento por escrito para el uso adicional o la nueva divulgación del registro (véase 42 CFR 2.31).

## Todo documento impreso

document-page = Página { $page } de { $pages }

## Informe del programa: conteos sin datos que identifiquen a nadie. El
## CSV conserva las palabras en inglés (lo leen programas); el PDF va en el
## idioma de quien lo lee.

report-title = Informe del programa
report-header = { $title } · { $period } · sin datos identificables
report-footer = Conteos sin datos identificables para informes del programa: sin nombres, identificadores de caso, narrativas ni fechas ligadas a una persona. Un conteo pequeño aún puede señalar a alguien; comparta este informe con cuidado.
report-intro = Servicios de apoyo entre pares del { $from } al { $to }, preparado el { $prepared }. Solo conteos: sin nombres, identificadores de caso ni notas.
report-measure = Medida
report-value = Valor
report-section-period = período
report-section-participants = participantes
report-section-contacts = contactos
report-section-by-mode = contactos por modalidad
report-section-by-service = contactos por servicio
report-section-groups = grupos
report-section-referrals = referidos
report-section-referrals-by-type = referidos por tipo
report-section-wellness = bienestar (promedio de las ocho, 1-5)
report-section-barc10 = total del BARC-10 (10-60)
report-from = desde
report-to = hasta
report-prepared-on = preparado el
report-served = atendidos
report-new = nuevos (ingreso en el período)
report-completed = completaron (cambio de estado en el período)
report-served-now = atendidos, ahora { $label }
report-contacts = contactos
report-participants-contacted = participantes contactados
report-hours = horas
report-units = unidades (15 minutos, H0038)
report-of-contacts = { $label }: contactos
report-of-hours = { $label }: horas
report-of-units = { $label }: unidades
report-sessions-held = sesiones realizadas
report-groups-meeting = grupos que se reunieron
report-present = presentes
report-late = llegaron tarde
report-excused = ausencias justificadas
report-absent = ausentes
report-attendance-rate = tasa de asistencia (%)
report-distinct-attendees = asistentes distintos
report-made = hechos
report-connected = conectados
report-pending = pendientes
report-not-connected = no conectados
report-declined = declinados
report-of-made = { $label }: hechos
report-of-connected = { $label }: conectados
report-measured = personas medidas
report-measured-twice = personas medidas dos veces o más
report-mean-first = promedio inicial
report-mean-latest = promedio más reciente
report-mean-change = cambio promedio
report-improved = mejoraron
report-unchanged = sin cambio
report-declined-change = empeoraron
report-at-or-above = el más reciente en { $cutoff } o más

## Consejos para una frase de contraseña más fuerte (los de zxcvbn, y el
## de la longitud mínima).

strength-too-short = Use al menos { $min } caracteres.
strength-use-a-few-words-avoid-common-phrases = Use unas cuantas palabras; evite frases comunes.
strength-no-need-for-symbols-digits-or-uppercase-letters = No hacen falta símbolos, números ni mayúsculas.
strength-add-another-word-or-two = Agregue una o dos palabras más. Las palabras poco comunes son mejores.
strength-capitalization-doesnt-help-very-much = Poner mayúsculas no ayuda mucho.
strength-all-uppercase-is-almost-as-easy-to-guess-as-all-lowercase = Todo en mayúsculas es casi tan fácil de adivinar como todo en minúsculas.
strength-reversed-words-arent-much-harder-to-guess = Las palabras al revés no son mucho más difíciles de adivinar.
strength-predictable-substitutions-dont-help-very-much = Cambios previsibles como «@» en lugar de «a» no ayudan mucho.
strength-use-a-longer-keyboard-pattern-with-more-turns = Use un patrón de teclado más largo y con más giros.
strength-avoid-repeated-words-and-characters = Evite repetir palabras y caracteres.
strength-avoid-sequences = Evite secuencias.
strength-avoid-recent-years = Evite años recientes.
strength-avoid-years-that-are-associated-with-you = Evite años relacionados con usted.
strength-avoid-dates-and-years-that-are-associated-with-you = Evite fechas y años relacionados con usted.

## El registro de facturación: las líneas que se facturan y las revisiones previas.

billing-title = Registro de facturación
billing-header = { $title } · { $period } · { $payer }
billing-footer = Para la persona que factura en el programa. Los participantes aparecen solo por su número de caso; sin notas. Consérvelo dentro del programa.
billing-every-payer = todos los pagadores
billing-intro = Servicios de apoyo entre pares del { $from } al { $to } para { $payer }: { $lines ->
    [one] una línea facturable
   *[other] { $lines } líneas facturables
    }, { $units } unidades en total. Preparado el { $prepared }. Solo se facturan las notas firmadas.
billing-checks = Revisiones antes de facturar
billing-checks-none = Nada que revisar: todas las notas del período están firmadas y dentro de los límites del pagador.
billing-lines = Servicios facturables
billing-lines-none = No hay servicios facturables en el período.
billing-column-date = Fecha
billing-column-external-id = Número de caso
billing-column-check = Revisión
billing-column-time = Hora
billing-column-code = Código
billing-column-units = Unidades
billing-column-signed-by = Firmada por
billing-check-unsigned = Nota sin firmar, por eso no se factura
billing-check-no-plan-goal = El pagador exige que cada nota indique una meta del plan de recuperación
billing-check-over-daily-cap = Por encima del máximo diario del pagador: { $amount ->
    [one] una unidad
   *[other] { $amount } unidades
    } sin facturar
billing-check-over-yearly-cap = Por encima del máximo anual de horas del pagador: { $amount ->
    [one] una unidad
   *[other] { $amount } unidades
    } sin facturar
billing-check-group-over-limit = Sesión de grupo con { $amount } presentes, por encima del máximo de participantes del pagador

## El plan de recuperación impreso para la persona participante, en su
## idioma: lo lee ella, así que le habla de usted.

plan-title = Mi plan de recuperación
plan-header = { $title } · { $name }
plan-footer = Preparado el { $prepared }. Este plan es suyo: guárdelo en un lugar seguro.
plan-intro = Este es su plan, en sus propias palabras. Puede cambiarlo cuando quiera; cada cambio crea una versión nueva, y las anteriores se conservan.
plan-participant = Nombre
plan-version = Versión
plan-written = Escrito el
plan-next-review = Próxima revisión
plan-no-review = Aún sin fecha
plan-strengths = Mis fortalezas
plan-strengths-none = Aún no hay ninguna anotada.
plan-goals = Mis metas
plan-goal = Meta { $number }: { $dimension }
plan-goal-steps = Pasos
plan-goal-who-helps = Quién ayuda
plan-goal-target = Fecha meta
plan-goal-status = Estado
plan-signatures = Firmas
plan-unsigned = Esta versión aún no está firmada.
plan-signed-participant = Firmado por { $name } el { $on }
plan-declined = La persona participante prefirió no firmar: { $reason }
plan-signed-peer = Especialista de apoyo entre pares: { $name }, el { $on }
plan-signed-supervisor = Supervisor o profesional: { $name } ({ $role }), el { $on }

## El paquete de renovación: las capacitaciones del propio especialista
## para su junta de certificación. Nada sobre los participantes.

renewal-title = Paquete de renovación
renewal-header = { $title } · { $credential } · { $period }
renewal-footer = Registro propio del especialista, para la junta de certificación. No contiene nada sobre los participantes.
renewal-intro = Educación continua y capacitaciones para { $credential }, { $period }. Preparado el { $prepared }.
renewal-credential = Credencial
renewal-board = Junta que la otorga
renewal-number = Número
renewal-issued-on = Fecha de emisión
renewal-expires-on = Fecha de vencimiento
renewal-period = Período
renewal-period-value = del { $from } al { $to }
renewal-status = Estado
renewal-rule = Regla de renovación
renewal-rule-hours = { $hours } horas cada { $months } meses
renewal-rule-no-hours = dura { $months } meses; no se exigen horas
renewal-rule-grace = período de gracia de { $days } días
renewal-standing-current = Vigente
renewal-standing-due-soon = Vence en { $days ->
    [one] { $days } día
   *[other] { $days } días
} (aviso de { $reminder } días)
renewal-standing-in-grace = Vencida; en período de gracia hasta el { $until }
renewal-standing-lapsed = Caducada: vencida y fuera de todo período de gracia
renewal-hours = Horas por categoría
renewal-column-category = Categoría
renewal-column-required = Exigidas
renewal-column-earned = Cumplidas
renewal-column-missing = Faltan
renewal-total = Total
renewal-category-peer-support = Apoyo entre pares o recuperación
renewal-category-ethics = Ética
renewal-category-elective = Optativa
renewal-category-supervision = Supervisión
renewal-category-open = Cualquier categoría (optativa)
renewal-supervision-counted = Horas de supervisión en el período: { $hours }, contadas como { $category }.
renewal-supervision-not-counted = Horas de supervisión en el período: { $hours }, que no cuentan para esta credencial.
renewal-supervision-sessions = Sesiones de supervisión
renewal-supervision-sessions-none = No hay sesiones de supervisión reconocidas en el período.
renewal-column-length = Duración (horas)
renewal-column-kind = Tipo
renewal-column-supervisor = Supervisor
renewal-trainings = Capacitaciones
renewal-trainings-none = No hay capacitaciones en el período.
renewal-column-date = Fecha
renewal-column-title = Capacitación
renewal-column-provider = Entidad
renewal-column-hours = Horas
renewal-column-certificate = Certificado
renewal-certificates = Certificados
renewal-certificates-none = No hay certificados adjuntos.
renewal-certificates-intro = { $count ->
    [one] Se guarda un certificado en el almacén cifrado de Peerlog; el paquete zip lo incluye como archivo.
   *[other] Se guardan { $count } certificados en el almacén cifrado de Peerlog; el paquete zip incluye cada uno como archivo.
}
renewal-certificate-line = { $date } · { $title }: { $certificate }
renewal-type-pdf = PDF
renewal-type-png = Imagen PNG
renewal-type-jpeg = Imagen JPEG

## The privacy officer's register, printed for an audit
register-restrictions-title = Solicitudes de restricción
register-restrictions-intro = Lo que los participantes pidieron no compartir, con quién, y lo que se decidió: { $lines ->
    [one] una solicitud
   *[other] { $lines } solicitudes
    }. Los participantes aparecen solo por su número de caso. Preparado el { $prepared }.
register-restrictions-none = No se ha registrado ninguna solicitud de restricción.
register-incidents-title = Registro de incidentes
register-incidents-intro = Posibles violaciones de la confidencialidad de estos registros, cuándo se descubrió cada una y a quién se avisó: { $lines ->
    [one] un incidente
   *[other] { $lines } incidentes
    }. Preparado el { $prepared }.
register-incidents-none = No se ha registrado ningún incidente.
register-footer = Registro del oficial de privacidad, para una auditoría. Sin relatos. Consérvelo dentro del programa.
register-column-external-id = Número de caso
register-column-partner = Organización aliada
register-column-categories = No compartir
register-column-requested = Solicitada
register-column-decision = Decisión
register-column-summary = Qué pasó
register-column-happened = Ocurrió
register-column-discovered = Se descubrió
register-column-notified = A quién se avisó
register-column-status = Estado
register-every-partner = todas las organizaciones aliadas
register-pending = Sin decidir

## Los títulos y tipos de archivo de los diálogos del sistema (la app de escritorio)
dialog-save-backup = Guardar una copia de seguridad de Peerlog
dialog-choose-backup = Elija la copia de seguridad de Peerlog que quiere restaurar
dialog-backup-files = Copia de seguridad de Peerlog
dialog-save-recovery-key = Guardar su clave de recuperación de Peerlog
dialog-text-files = Texto
dialog-choose-team-folder = Elija la carpeta del equipo
dialog-save-export = Guardar la exportación para la reunión de caso
dialog-csv-tables-files = Tablas CSV en un zip
dialog-sealed-packet-files = Paquete sellado
dialog-save-billing-log = Guardar el registro de facturación
dialog-choose-certificate = Elija el certificado
dialog-save-certificate = Guardar el certificado
dialog-save-renewal-packet = Guardar el paquete de renovación
dialog-choose-signed-agreement = Elija el acuerdo firmado
dialog-save-signed-agreement = Guardar una copia del acuerdo firmado
dialog-save-recovery-plan = Guardar el plan de recuperación
dialog-save-register = Guardar el registro
