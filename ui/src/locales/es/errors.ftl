# Peerlog en español: lo que salió mal, en palabras para el par.
#
# error-<código> es la frase para un código de error del shell (los guiones
# bajos del código son guiones aquí; src/lib/errors.ts los relaciona).
# Para lo demás se muestra el mensaje del shell, ya en este idioma.

error-wrong-passphrase = Esa frase de contraseña no abrió Peerlog. Revise Bloq Mayús e intente de nuevo.
error-wrong-recovery-key = Esa clave de recuperación no abrió Peerlog. Revise cada grupo de cuatro e intente de nuevo.
error-keyring-unavailable = El desbloqueo rápido no está disponible en este momento. Use su frase de contraseña.
error-locked = Peerlog está bloqueado. Desbloquéelo para continuar.
error-disk-full = El disco está lleno, así que no se guardó nada. Libere algo de espacio e intente de nuevo.
error-no-vault = Todavía no hay datos de Peerlog aquí.
error-vault-exists = Esta computadora ya tiene Peerlog configurado. Desbloquéelo en lugar de crear otro.
# Una falla que el shell no pudo poner en palabras (un error de programación).
error-internal = Algo salió mal dentro de Peerlog. No se cambió nada.
# Un error que llegó sin ningún mensaje.
error-generic = Algo salió mal. No se cambió nada.
