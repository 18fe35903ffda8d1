# Peerlog en español: una nota de límites, privada del par.

boundary-form-title-new = Nota de límites para { $name }
boundary-form-title-edit = Editar nota de límites
boundary-form-private = Solo para usted. Las notas de límites nunca se exportan ni se comparten.
boundary-form-about = Sobre
boundary-form-text = Lo que acordaron
boundary-form-text-placeholder = p. ej., Llamadas y mensajes de 9 a 5 entre semana; fuera de ese horario, la línea de crisis.
boundary-form-agreed-on = Acordado el
boundary-form-review-on = Revisar el
boundary-form-save = Guardar nota de límites
