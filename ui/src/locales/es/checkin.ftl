# Peerlog en español: un registro de bienestar con un participante (las
# ocho dimensiones del bienestar y, si se desea, el BARC-10).

checkin-title = Registro de bienestar con { $name }
checkin-error-when = Cuándo: use una fecha y una hora como 14:30.
checkin-intro = Pregunte cómo van las cosas en cada área de la vida, con sus propias palabras, y califiquen juntos del 1 (con dificultades) al 5 (muy bien). Consejo: una tecla de número elige la calificación.
checkin-date = Fecha
checkin-time = Hora
checkin-low = Con dificultades
checkin-high = Muy bien
checkin-use-barc = Aplicar también el BARC-10 (capital de recuperación, diez afirmaciones calificadas del 1 al 6)
checkin-barc-help = Lea cada afirmación del formulario publicado del BARC-10; califique del 1 (totalmente en desacuerdo) al 6 (totalmente de acuerdo).
# Alrededor del total: "Total hasta ahora: <strong>42</strong> de 60."
checkin-barc-total = Total hasta ahora:
checkin-barc-out-of = de { $max }.
checkin-barc-low = En desacuerdo
checkin-barc-high = De acuerdo
checkin-note = Nota
checkin-note-placeholder = Lo que nombró como fortalezas y lo que quiere trabajar.
checkin-missing = Falta calificar: { $items }.
checkin-save = Guardar registro de bienestar
