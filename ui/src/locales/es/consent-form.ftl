# Peerlog en español: registrar un consentimiento para divulgar información
# (los elementos de 42 CFR §2.31: quién divulga, quién recibe, el propósito,
# qué se puede compartir, desde cuándo y hasta cuándo).

consent-form-title = Consentimiento para divulgar información de { $name }
consent-form-intro = Registre el consentimiento que firmó el participante. Las exportaciones para un destinatario incluyen solo a las personas con un consentimiento vigente para ese destinatario, y solo los tipos de información que ese consentimiento nombra.
consent-form-recipient = Quién puede recibirla
consent-form-recipient-placeholder = p. ej., Equipo de la Corte de Tratamiento
consent-form-discloser = Quién la divulga
consent-form-discloser-placeholder = Su programa
consent-form-purpose = Propósito
# El propósito con el que empieza un consentimiento nuevo; el par puede
# cambiarlo y se guarda tal como está escrito.
consent-form-purpose-default = Novedades para la reunión de caso
consent-form-categories = Qué se puede compartir
consent-form-signed-on = Firmado el
consent-form-effective-on = Vigente desde
consent-form-ends = Termina
consent-form-ends-on-date = En una fecha
consent-form-last-day = Último día de vigencia
consent-form-ends-on-event = Con un evento
consent-form-event = El evento que lo termina
consent-form-event-placeholder = p. ej., Egreso del programa
consent-form-save = Guardar consentimiento
