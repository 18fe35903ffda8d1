# Peerlog en español: la autoevaluación privada del par.

selfcheck-title = Mi autoevaluación
selfcheck-intro = Un minuto para usted. Apoyar a otras personas es trabajo; darse cuenta de cómo está usted también es parte del trabajo.
selfcheck-private = Solo para usted. Las autoevaluaciones nunca se exportan, no se comparten y no se muestran a un supervisor. Todo esto es opcional.
selfcheck-form-title = ¿Cómo está hoy?
selfcheck-energy = Energía
selfcheck-energy-low = Sin energía
selfcheck-energy-high = Con toda la energía
selfcheck-stress = Estrés
selfcheck-stress-low = En calma
selfcheck-stress-high = Al límite
selfcheck-boundaries = Límites esta semana
selfcheck-support = Me vendría bien algo de apoyo
selfcheck-note = Lo que tenga en mente
selfcheck-missing = Elija un número para la energía y el estrés, y cómo se mantuvieron sus límites.
selfcheck-save = Guardar autoevaluación
selfcheck-saved = Autoevaluación guardada. Gracias por tomarse un momento para usted.
selfcheck-recent = Recientes
selfcheck-reach-out = Parece una etapa pesada. Buscar apoyo es parte del trabajo: su supervisor, un par de confianza o su propia red de apoyo. Sus límites cuidan de usted y de las personas que apoya.
selfcheck-empty-title = Todavía no hay autoevaluaciones
selfcheck-empty-body = Haga una cuando quiera: después de una visita difícil, al final de la semana. Con el tiempo verá aquí su energía y su estrés, uno junto al otro.
selfcheck-chart = { $count ->
    [one] Energía y estrés en su última autoevaluación
   *[other] Energía y estrés en sus últimas { $count } autoevaluaciones
}
selfcheck-entry = Energía { $energy } · Estrés { $stress } · { $held }
selfcheck-entry-with-support = Energía { $energy } · Estrés { $stress } · { $held } · quería apoyo
selfcheck-delete = Eliminar
selfcheck-delete-label = Eliminar la autoevaluación del { $when }
selfcheck-delete-title = ¿Eliminar esta autoevaluación?
selfcheck-delete-body = Se borrará para siempre.
selfcheck-delete-keep = Conservar
selfcheck-deleted = Autoevaluación eliminada
