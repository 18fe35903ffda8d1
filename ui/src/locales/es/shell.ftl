# Peerlog en español: el marco de la aplicación desbloqueada (navegación,
# el aviso de fallas) y lo que se ve mientras Peerlog abre.

shell-opening = Abriendo Peerlog…
shell-broken-title = Peerlog no puede abrir sus datos
shell-data-folder = Carpeta de datos:
shell-data-folder-unknown = desconocida
shell-dismiss = Cerrar
# El nombre de la aplicación junto a su logotipo; igual en todo idioma.
shell-brand = Peerlog

nav-label = Principal
nav-log-contact = Registrar un contacto
nav-caseload = Carga de casos
nav-followups = Seguimientos
nav-groups = Grupos
nav-search = Buscar
nav-export = Compartir resumen
nav-selfcheck = Mi autoevaluación
nav-reviews = Notas para revisar
nav-supervision = Supervisión
nav-certification = Mi certificación
nav-settings = Configuración
nav-lock = Bloquear
