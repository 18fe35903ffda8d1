# Peerlog en español: un referido a un recurso de la comunidad, y el
# cambio de resultado de un referido.

referral-form-title = Referido para { $name }
referral-form-type = Tipo de recurso
referral-form-referred-on = Fecha del referido
referral-form-resource = Agencia o programa
referral-form-note = Nota
referral-form-save = Agregar referido

referral-form-outcome-title = Resultado del referido
referral-form-outcome = Resultado
referral-form-outcome-date = Fecha del resultado
referral-form-outcome-date-hint = El día en que ocurrió; hoy, a menos que usted lo cambie.
referral-form-outcome-save = Guardar resultado
