# La interfaz de Peerlog en español: el registro propio de la persona de
# apoyo (credenciales, capacitaciones, el paquete de renovación) y su
# recordatorio en la carga de casos.

credentials-title = Mi certificación
credentials-intro = Sus credenciales, las horas que pide cada renovación y las capacitaciones que cuentan.
credentials-private = Solo para usted. Su registro de certificación nunca se exporta, se comparte ni entra en un informe.
credentials-add = Agregar una credencial
credentials-add-training = Agregar una capacitación
credentials-empty-title = Todavía no hay credenciales
credentials-empty-body = Agregue la certificación que tiene; Peerlog lleva la cuenta de sus horas y le avisa antes de que venza.
credentials-added = Credencial agregada.
credentials-training-added = Capacitación agregada.
credentials-training-added-with-certificate = Capacitación agregada con su certificado.

credentials-standing-current = Vigente
credentials-standing-due-soon = { $days ->
    [0] Vence hoy
    [one] Vence mañana
   *[other] Vence en { $days } días
}
credentials-standing-in-grace = Vencida · período de gracia hasta el { $until }
credentials-standing-lapsed = Caducada
credentials-period = Este período: del { $from } al { $to }
credentials-no-hours = No se necesitan horas para renovarla.
credentials-all-hours = Ya tiene todas las horas.
credentials-missing = Faltan { $hours } horas
credentials-hours-caption = Horas de { $name }
credentials-col-category = Categoría
credentials-col-required = Necesarias
credentials-col-earned = Cumplidas
credentials-col-missing = Faltan
credentials-total = Total
credentials-open-hours = Cualquier categoría (optativas)
credentials-supervision = Supervisión en este período: { $hours } horas
credentials-category-peer-support = Apoyo entre pares y recuperación
credentials-category-ethics = Ética
credentials-category-elective = Optativa
credentials-category-supervision = Supervisión

credentials-packet-pdf = Guardar paquete de renovación (PDF)
credentials-packet-csv = Guardar como CSV
credentials-packet-zip = Guardar con certificados (zip)
credentials-packet-saved = Paquete de renovación guardado.
credentials-renew-open = Registrar una renovación
credentials-renew-title = ¿Registrar una renovación?
credentials-renew-body = { $name } vencerá un período más tarde que ahora, y empieza un nuevo período de horas.
credentials-renew = Registrar renovación
credentials-renew-keep = Todavía no
credentials-renewed = Renovación registrada. Empezó un nuevo período.

credentials-trainings = Capacitaciones y educación continua
credentials-trainings-none = Todavía no hay capacitaciones. Agregue una después de un curso, con su certificado si lo tiene.
credentials-col-date = Terminada
credentials-col-title = Capacitación
credentials-col-hours = Horas
credentials-col-for = Cuenta para
credentials-col-certificate = Certificado
credentials-for-all = Todas las credenciales
credentials-certificate-kept = Guardado ({ $size })
credentials-certificate-save = Guardar una copia
credentials-certificate-save-label = Guardar una copia del certificado de { $title }
credentials-certificate-attach = Adjuntar
credentials-certificate-attach-label = Adjuntar un certificado a { $title }
credentials-certificate-attached = Certificado guardado dentro de Peerlog.
credentials-certificate-saved = Certificado guardado.
credentials-delete-label = Eliminar { $title }
credentials-delete-title = ¿Eliminar esta capacitación?
credentials-delete-body = «{ $title }» y su certificado se quitarán de su registro.
credentials-delete = Eliminar
credentials-delete-keep = Conservarla
credentials-deleted = Capacitación eliminada.

credentials-preset-pennsylvania = Especialista de pares certificado (Pensilvania)
credentials-preset-wisconsin = Especialista de pares certificado (Wisconsin)
credentials-preset-mhfa = Primeros auxilios en salud mental

credential-form-title = Agregar una credencial
credential-form-preset = Empezar desde
credential-form-own-rule = Mi propia regla
credential-form-preset-hint = Las cifras publicadas por una entidad, como punto de partida; cambie cualquiera para que coincida con la regla vigente de su entidad.
credential-form-name = Nombre de la credencial
credential-form-number = Número
credential-form-board = Entidad que la emite
credential-form-issued = Emitida el
credential-form-expires = Vence el
credential-form-expires-hint = Tal como aparece impresa; si la deja vacía, un período después de emitida.
credential-form-rule = Regla de renovación
credential-form-period = Meses por período
credential-form-total = Horas por período
credential-form-grace = Días de gracia
credential-form-minimum = Como mínimo, en { $category }
credential-form-rule-hint = Las horas que pasan del mínimo de una categoría cuentan para el resto del total.
credential-form-save = Guardar credencial

training-form-title = Agregar una capacitación
training-form-name = Título
training-form-provider = Impartida por
training-form-date = Terminada el
training-form-hours = Horas
training-form-hours-hint = Por ejemplo 1.5
training-form-category = Categoría
training-form-credential = Cuenta para
training-form-certificate = Adjuntar su certificado después de guardar
training-form-certificate-hint = Un PDF, PNG o JPEG de hasta 10 MB. Se guarda dentro del almacén cifrado de Peerlog, no como un archivo suelto.
training-form-save = Guardar capacitación

credentials-reminder-due = { $days ->
    [0] Su { $name } vence hoy
    [one] Su { $name } vence mañana
   *[other] Su { $name } vence en { $days } días
}
credentials-reminder-grace = Su { $name } venció; su período de gracia termina el { $until }
credentials-reminder-lapsed = Su { $name } caducó
credentials-reminder-why = Revise sus horas y guarde el paquete de renovación para la entidad.
credentials-reminder-go = Abrir mi certificación
