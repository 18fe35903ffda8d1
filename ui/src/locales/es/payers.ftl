# Peerlog en español: los pagadores y sus reglas de facturación
# (Configuración → Pagadores), el pagador del participante, y el plazo para
# firmar notas.
#
# Cada mensaje va en una sola línea. Los códigos y modificadores (H0038, HF,
# HQ) quedan como los escribe el pagador.

## Configuración → Pagadores

payers-title = Pagadores
payers-intro = Las reglas de facturación de cada pagador: las unidades y los límites siguen al pagador que tiene cada participante. Sin pagador se aplica la regla estándar: 8 de 15 minutos hacen una unidad, sin límites.
payers-empty = Todavía no hay pagadores. A todos se les cuenta con la regla estándar.
payers-add = Agregar un pagador
payers-col-name = Pagador
payers-col-code = Código y modificadores
payers-col-units = Unidades
payers-col-daily = Límite diario
payers-col-yearly = Horas al año
payers-col-group = Límite de grupo
payers-group-modifiers = grupos: + { $modifiers }
payers-unit-length = unidades de { $minutes } minutos
payers-rounding-midpoint = { $least } de { $minutes } minutos hacen una unidad
payers-rounding-whole-units = solo unidades completas
payers-rounding-any-part = cualquier parte de una unidad cuenta como una
payers-daily-cap = { $count ->
    [one] { $count } unidad al día
   *[other] { $count } unidades al día
}
payers-yearly-cap = { $count ->
    [one] { $count } hora al año
   *[other] { $count } horas al año
}
payers-group-limit = { $count ->
    [one] { $count } persona
   *[other] { $count } personas
}
payers-no-cap = sin límite
payers-documentation-billable = el tiempo de escribir la nota se factura
payers-plan-goal-required = cada nota necesita una meta del plan

## Agregar un pagador

payers-form-title = Agregar un pagador
payers-form-preset = Empezar con
payers-form-preset-hint = Un punto de partida con cifras publicadas; cambie cualquier regla abajo.
payers-preset-standard = Regla estándar (H0038, punto medio)
payers-preset-virginia-medicaid = Medicaid de Virginia
payers-preset-new-jersey-horizon = Horizon NJ Health
payers-preset-oregon-careoregon = CareOregon
payers-preset-michigan-medicaid = Medicaid de Míchigan
payers-source-standard = La regla del punto medio de CMS para unidades por tiempo; sin límites.
payers-source-virginia-medicaid = Servicios de apoyo de pares para la recuperación de DMAS de Virginia: unidades de 15 minutos, 16 unidades al día, 900 horas al año, grupos de 10 como máximo.
payers-source-new-jersey-horizon = Horizon NJ Health: H0038 con HF, 16 unidades al día como máximo.
payers-source-oregon-careoregon = CareOregon: el modificador HQ en cada reclamo de grupo desde el 2026-01-01.
payers-source-michigan-medicaid = La tabla de códigos de Míchigan: un código «por 15 minutos» da 0 unidades de 1 a 14 minutos.
payers-form-source = Fuente: { $source }
payers-form-name = Nombre
payers-form-name-hint = Cómo conoce usted a este pagador, por ejemplo el nombre del plan.
payers-form-code = Código de procedimiento
payers-form-modifiers = Modificadores
payers-form-group-modifiers = Modificadores en reclamos de grupo
payers-form-modifiers-hint = Separados por comas, por ejemplo HF.
payers-form-unit-minutes = Minutos por unidad
payers-form-rounding = Cómo contar una parte de unidad
payers-form-daily-cap = Unidades al día, como máximo
payers-form-yearly-cap = Horas al año, como máximo
payers-form-group-limit = Personas en un grupo, como máximo
payers-form-cap-hint = Déjelo vacío si no hay límite.
payers-form-documentation = El tiempo de escribir la nota se factura
payers-form-plan-goal = Cada nota debe nombrar una meta del plan de recuperación
payers-form-save = Guardar pagador
payers-added = { $name } se agregó a sus pagadores

## El pagador del participante (en su página)

payer-card-label = Pagador
payer-standard = Regla estándar
payer-choose-label = Pagador de { $name }
payer-change = Cambiar
payer-assigned = Los servicios de { $name } se facturan ahora a { $payer }
payer-assigned-standard = A { $name } se le cuenta ahora con la regla estándar

## Configuración → Notas por firmar

unsigned-title = Notas por firmar
unsigned-intro = Pasados estos días, una nota sin firmar aparece en la carga de casos, para que se firme antes de facturar.
unsigned-days = Días para firmar una nota
unsigned-save = Guardar días
unsigned-announce = { $days ->
    [one] Las notas aparecen como pendientes después de { $days } día
   *[other] Las notas aparecen como pendientes después de { $days } días
}
