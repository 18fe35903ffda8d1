# Peerlog en español: las palabras que comparten todos los diálogos
# (cerrarlo, preguntar antes de perder lo que no se guardó, las respuestas
# de siempre a «¿Eliminar…?»).

dialog-close = Cerrar
# Lo que crea un formulario que no dice su nombre, para «¿Descartar…?».
dialog-unsaved-what = formulario
dialog-unsaved-body = Lo que escribió aquí no se ha guardado. Siga editando para volver a ello, o descártelo.
dialog-unsaved-discard = Descartar
dialog-unsaved-keep = Seguir editando
dialog-confirm-delete = Eliminar
dialog-confirm-keep = Conservar
