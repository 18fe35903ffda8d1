# Peerlog en español: palabras que se usan en varias pantallas.
#
# Registro: «usted» al dirigirse al par; frases cortas y tranquilas.

days-ago-never = Sin contacto
days-ago = { $days ->
    [0] Hoy
    [1] Ayer
   *[other] Hace { $days } días
}
months-ago = Hace { $months } meses
due-overdue = { $days ->
    [1] Vencido hace 1 día
   *[other] Vencido hace { $days } días
}
due-ahead = { $days ->
    [0] Vence hoy
    [1] Vence mañana
   *[other] Vence en { $days } días
}
