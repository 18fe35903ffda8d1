# Peerlog en español: las notas firmadas y sus adendas (issue 12). La nota
# de un contacto se firma con el nombre y la credencial del par y queda
# cerrada: nunca se cambia ni se elimina, solo se completa con una adenda
# firmada y fechada debajo.

## Cómo se leen la firma de una nota y sus adendas en la cronología

# El nombre de quien firma con la credencial después: «Jordan Peer, CPS».
note-signer = { $name }, { $credential }
# Cuándo se firmó una nota o se escribió una adenda, tal como se registró:
# una fecha («jue, 3 dic») y una hora de 24 horas («10:21»).
note-when = { $date }, { $time }
note-signed-by = Firmada por { $signer } · { $when }
note-unsigned = Todavía sin firmar
note-addenda-label = Adendas a esta nota
note-addendum-heading = Adenda · { $when }
note-addendum-reason = Motivo: { $reason }
note-addendum-by = Firmada por { $signer }

## Las acciones de la nota

note-sign = Firmar…
note-sign-label = Firmar la nota del contacto { $title }
note-add-addendum = Agregar adenda…
note-add-addendum-label = Agregar adenda a la nota del contacto { $title }

## Firmar

note-sign-title = ¿Firmar esta nota?
note-sign-message = Usted firma como { $signer }. Una nota firmada no se puede cambiar ni eliminar después; si hay algo que corregir, usted agrega una adenda debajo.
note-sign-confirm = Firmar la nota
note-sign-cancel = Todavía no
note-signed = Nota firmada
note-no-signer-title = ¿Quién firma sus notas?
note-no-signer-message = Primero escriba en Configuración su nombre y, si la tiene, su credencial. Cada nota que usted firme las lleva.
note-no-signer-confirm = Abrir Configuración
note-no-signer-cancel = Ahora no

## El formulario de la adenda

addendum-title = Agregar una adenda
addendum-intro = La nota queda como se firmó. La adenda se agrega debajo, con fecha y firmada por usted, y no se puede cambiar después.
addendum-note-label = La nota
addendum-reason = Motivo
addendum-reason-hint = Unas palabras: una anotación tardía, una hora equivocada, una aclaración.
addendum-text = Adenda
addendum-save = Firmar y agregar la adenda
addendum-added = Adenda agregada

## Notas estructuradas (GIRP, DAP): una pista breve bajo el nombre de cada
## parte en el formulario del contacto, con las palabras del par. Los
## nombres de las partes vienen del vocabulario del núcleo.

note-part-hint-goal = Hacia dónde trabaja la persona
note-part-hint-intervention = Lo que usted hizo
note-part-hint-response = Cómo respondió la persona
note-part-hint-data = Lo que vio y escuchó
note-part-hint-assessment = Lo que usted concluye
note-part-hint-plan = Lo que sigue

# $signer: the supervisor's name and credential; $when: date and time.
note-cosigned-by = Cofirmada por { $signer } · { $when }
# $when: when the note was sent for review.
note-review-submitted = Enviada a revisión { $when }
# $reviewer: the supervisor's name and credential; $comment: what they asked.
note-review-changes = { $reviewer } pidió cambios: { $comment }
note-submit-review = Enviar a revisión
# $title: the note as the timeline reads it.
note-submit-review-label = Enviar a revisión: { $title }
note-submitted = Enviada a revisión; sale en la próxima sincronización.
