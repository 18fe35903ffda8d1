# Peerlog en español: el registro de facturación (la pantalla Facturación), y
# las notas por firmar de la carga de casos.
#
# Cada mensaje va en una sola línea. Los códigos y modificadores (H0038, HF)
# quedan como los escribe el pagador. En esta pantalla nunca aparece una
# narración.

nav-billing = Facturación

billing-title = Facturación
billing-intro = Los servicios que puede facturar en un período, solo de notas firmadas, con las revisiones que hace primero quien factura. Aquí no aparece ninguna narración.
billing-form-title = Período y pagador
billing-from = Desde
billing-to = Hasta
billing-payer = Pagador
billing-payer-all = Todos los pagadores
billing-preview = Vista previa
billing-previewing = Preparando…

## Las revisiones, antes de las líneas

billing-checks-title = Revisiones
billing-checks-none = Nada que revisar: todas las notas del período están firmadas y dentro de las reglas del pagador.
billing-checks-count = { $count ->
    [one] { $count } cosa que revisar antes de facturar
   *[other] { $count } cosas que revisar antes de facturar
}
billing-check-unsigned = Nota sin firmar, por eso no se factura
billing-check-no-plan-goal = La nota no nombra una meta del plan de recuperación, y el pagador lo pide
billing-check-over-daily-cap = { $amount ->
    [one] { $amount } unidad por encima del límite diario, quitada de los servicios posteriores del día
   *[other] { $amount } unidades por encima del límite diario, quitadas de los servicios posteriores del día
}
billing-check-over-yearly-cap = { $amount ->
    [one] { $amount } unidad por encima del máximo anual de horas del pagador, sin facturar
   *[other] { $amount } unidades por encima del máximo anual de horas del pagador, sin facturar
}
billing-check-group-over-limit = Sesión de grupo con { $amount } integrantes presentes, más de los que permite el pagador

## Las líneas

billing-lines-title = Servicios por facturar
billing-lines-none = No hay notas firmadas que facturar en este período.
billing-col-case = Caso
billing-col-date = Fecha
billing-col-time = Hora
billing-col-payer = Pagador
billing-col-code = Código
billing-col-minutes = Minutos
billing-col-units = Unidades
billing-col-signed = Firmado por
billing-total = Total
billing-total-services = { $count ->
    [one] { $count } servicio
   *[other] { $count } servicios
}

## Guardar

billing-save-title = Guardar el registro de facturación
billing-save-intro = El registro se queda dentro de su programa: guardarlo queda anotado en el registro de auditoría.
billing-save-pdf = Guardar PDF
billing-save-csv = Guardar CSV
billing-saved = Registro de facturación guardado

## Las notas por firmar de la carga de casos

caseload-row-to-sign = { $count ->
    [one] { $count } nota por firmar
   *[other] { $count } notas por firmar
}
caseload-filter-to-sign = Con notas por firmar
