# Peerlog en español: agregar un seguimiento para un participante.

followup-form-title = Seguimiento para { $name }
followup-form-text = Tema del seguimiento
followup-form-text-placeholder = p. ej., Confirmar que llegó el pase de autobús
followup-form-due = Fecha límite
followup-form-save = Agregar seguimiento
