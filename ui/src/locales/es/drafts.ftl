# Peerlog en español: un borrador que se ofrece de nuevo al desbloquear, y
# unos segundos para deshacer una acción rápida.

draft-offer-title = ¿Continuar donde lo dejó?
# Le sigue el nombre del participante en negrita y luego draft-offer-after.
draft-offer-before = { $form ->
    [contact] Estaba registrando un contacto con
    [boundary] Estaba escribiendo una nota de límites para
    [check_in] Estaba haciendo un registro de bienestar con
    [follow_up] Estaba agregando un seguimiento para
    [referral] Estaba haciendo un referido para
    [consent] Estaba registrando un consentimiento para
   *[participant] Estaba agregando un participante
}
draft-offer-after = cuando Peerlog se bloqueó.
draft-offer-alone = { $form ->
    [contact] Estaba registrando un contacto cuando Peerlog se bloqueó.
    [boundary] Estaba escribiendo una nota de límites cuando Peerlog se bloqueó.
    [check_in] Estaba haciendo un registro de bienestar cuando Peerlog se bloqueó.
    [follow_up] Estaba agregando un seguimiento cuando Peerlog se bloqueó.
    [referral] Estaba haciendo un referido cuando Peerlog se bloqueó.
    [consent] Estaba registrando un consentimiento cuando Peerlog se bloqueó.
   *[participant] Estaba agregando un participante cuando Peerlog se bloqueó.
}
draft-offer-kept = Se guardó, cifrado, el { $when }.
draft-offer-discard = Descartarlo
draft-offer-continue = Continuar

undo-region = Deshacer
undo-button = Deshacer
