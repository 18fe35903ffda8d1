# Peerlog en español: buscar en todo lo que el par ha escrito.
#
# Cada mensaje va en una sola línea.

search-title = Buscar
search-intro = Nombres, notas, narrativas, seguimientos y referidos: todo lo que usted ha escrito.
search-label = Buscar
search-placeholder = p. ej., pase de autobús, fecha de corte, un nombre
search-start-title = Encuentre cualquier cosa que haya escrito
# Luego el atajo (Ctrl+K), y luego search-start-shortcut.
search-start-text = Escriba una o dos palabras. Los resultados aparecen mientras escribe y coinciden con el comienzo de las palabras: “vivi” encuentra vivienda. Pulse
search-start-shortcut = desde cualquier pantalla para venir aquí.
search-none-title = Sin coincidencias
search-none-text = Nada de lo que ha escrito contiene “{ $query }”. Pruebe con menos palabras o con el comienzo de una palabra.
# Cuántas coinciden, dicho a medida que cambian los resultados.
search-match-count = { $count ->
    [0] Sin coincidencias
    [one] 1 coincidencia
   *[other] { $count } coincidencias
}
# En el máximo que devuelve la búsqueda: solo se muestran las más recientes.
search-match-count-limited = Se muestran { $count } coincidencias, las más recientes. Agregue una palabra para acotar la búsqueda.

## El tipo de cada coincidencia, y de quién es

search-kind-participant = Participante
search-kind-contact = Contacto
search-kind-group-session = Sesión de grupo
search-kind-boundary = Nota de límites
search-kind-check-in = Registro de bienestar
search-kind-follow-up = Seguimiento
search-kind-referral = Referido
search-kind-plan-goal = Meta del plan
# Una coincidencia en una sesión de grupo, que no es de un solo participante.
search-group = Grupo
