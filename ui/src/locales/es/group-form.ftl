# Peerlog en español: crear o editar un grupo de recuperación.

group-form-title-new = Nuevo grupo de recuperación
group-form-title-edit = Editar grupo
group-form-name = Nombre
group-form-name-placeholder = p. ej., Círculo de recuperación de los martes
group-form-weekday = Se reúne cada
group-form-no-weekday = Sin día fijo
group-form-time = A las
group-form-location = Dónde
group-form-description = Sobre este grupo
group-form-active = Todavía se reúne
group-form-create = Crear grupo
group-form-save = Guardar
