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

consent-status-active = Vigente
consent-status-expired = Vencido
consent-status-revoked = Revocado
consent-status-not-yet-effective = Aún no vigente

## Seguimientos

follow-up-status-open = Abierto
follow-up-status-done = Hecho
follow-up-status-dropped = Descartado

## Autoevaluación del especialista de apoyo entre pares

boundaries-held-yes = Mantenidos
boundaries-held-mostly = Mayormente mantenidos
boundaries-held-no = No mantenidos

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

## Búsqueda

search-kind-participant = Participante
search-kind-contact = Contacto
search-kind-group-session = Sesión de grupo
search-kind-boundary = Nota de límites
search-kind-check-in = Registro de bienestar
search-kind-follow-up = Seguimiento
search-kind-referral = Referido

## Formatos de archivo

export-format-pdf = PDF
export-format-csv = Tablas CSV (zip)
export-format-pack = Paquete sellado
report-format-pdf = PDF
report-format-csv = CSV
