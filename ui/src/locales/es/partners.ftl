# La interfaz de Peerlog en español: las organizaciones aliadas del
# programa, sus acuerdos de intercambio de datos, los nombres parecidos que
# hay que resolver y el aviso en la carga de casos.

nav-partners = Organizaciones aliadas

partners-title = Organizaciones aliadas
partners-intro = Las organizaciones con las que comparte información, quién va a sus reuniones y los acuerdos que dicen qué se puede compartir.
partners-add = Agregar una organización
partners-privacy-register = Registro de privacidad
partners-empty-title = Todavía no hay organizaciones aliadas
partners-empty-body = Agregue el tribunal, la oficina del alguacil o el proveedor con quien se reúne. Cada consentimiento que registre también nombra una.
partners-added = { $name } agregada.
partners-saved = { $name } guardada.
partners-edit = Editar
partners-edit-label = Editar { $name }
partners-add-agreement = Agregar un acuerdo
partners-add-agreement-label = Agregar un acuerdo con { $name }
partners-attendees = En las reuniones
partners-handover = Entrega
partners-none-yet = Sin indicar
partners-no-agreement = No hay un acuerdo de intercambio de datos registrado: solo el consentimiento de cada participante dice qué se puede enviar.
partners-agreements-caption = Acuerdos de intercambio de datos con { $name }
partners-col-agreement = Acuerdo
partners-col-dates = Vigencia
partners-col-allows = Permite
partners-col-status = Estado
partners-col-document = Copia firmada
partners-agreement-not-yet = Aún no vigente
partners-agreement-in-force = Vigente
partners-agreement-expiring = Vence pronto
partners-agreement-expired = Vencido
partners-agreement-added = Acuerdo agregado.
partners-agreement-added-with-document = Acuerdo agregado con su copia firmada.
partners-document-attach = Adjuntar copia firmada
partners-document-attach-label = Adjuntar copia firmada a { $title }
partners-document-attached = La copia firmada quedó guardada con el acuerdo.
partners-document-save = Guardar una copia
partners-document-save-label = Guardar una copia de { $title }
partners-document-saved = Copia guardada.

partners-warning-title = { $count ->
    [one] Un acuerdo de intercambio de datos necesita atención
   *[other] { $count } acuerdos de intercambio de datos necesitan atención
}
partners-warning-expiring = El acuerdo con { $partner } vence el { $date } ({ $days ->
    [0] hoy
    [one] mañana
   *[other] en { $days } días
}).
partners-warning-expired = El acuerdo con { $partner } venció el { $date }. No se les puede exportar nada hasta que se renueve.
partners-warning-why = Registre el acuerdo renovado en Organizaciones aliadas antes de la próxima reunión.
partners-warning-go = Abrir Organizaciones aliadas

partner-form-title = Agregar una organización
partner-form-edit-title = Editar la organización
partner-form-name = Nombre de la organización
partner-form-type = Tipo
partner-form-attendees = Quién va a las reuniones
partner-form-attendees-hint = Una persona por línea: el nombre, una coma y su función («Jordan Reyes, coordinadora»).
partner-form-handover = Cómo se entregan los paquetes
partner-form-handover-hint = Por ejemplo: impreso en la reunión, o un paquete sellado por correo electrónico.
partner-form-save = Guardar la organización

agreement-form-title = Acuerdo con { $partner }
agreement-form-name = Título
agreement-form-name-hint = Como lo llama el programa, por ejemplo «Convenio 2026–2027».
agreement-form-purpose = Propósito
agreement-form-categories = Qué permite compartir
agreement-form-effective-on = Vigente desde
agreement-form-expires-on = Último día de vigencia
agreement-form-expires-hint = Peerlog le avisa en la pantalla de inicio 30 días antes.
agreement-form-document = Adjuntar ahora la copia firmada
agreement-form-document-hint = Un PDF o una foto. Se guarda dentro de los datos cifrados de Peerlog, nunca al lado.
agreement-form-save = Guardar el acuerdo

lookalikes-title = { $count ->
    [one] Dos nombres de organizaciones se parecen
   *[other] Algunos nombres de organizaciones se parecen
}
lookalikes-why = A veces una misma organización se escribe de dos maneras. Dígale a Peerlog una sola vez si son la misma, y los consentimientos la siguen.
lookalikes-line = «{ $name }» ({ $consents ->
    [one] 1 consentimiento
   *[other] { $consents } consentimientos
}) se parece a:
lookalikes-same = Es la misma organización
lookalikes-same-label = Es la misma organización: { $name } y { $other }
lookalikes-different = Son organizaciones distintas
lookalikes-different-label = Son organizaciones distintas: { $name } y las que se le parecen
lookalikes-merged = Unida con { $name }.
lookalikes-kept-apart = Se mantienen como organizaciones distintas.
