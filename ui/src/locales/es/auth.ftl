# Peerlog en español: antes de que Peerlog esté abierto y cuando se cierra.
# Primer uso, desbloqueo, restaurar una copia de seguridad, la fuerza de la
# frase de contraseña, la pantalla de bloqueo y el aviso antes del bloqueo
# automático.
#
# Las frases con palabras en negrita van partidas alrededor de ellas
# (…-start, las palabras en negrita, …-end).

## El marco de estas pantallas

# El nombre de la aplicación junto a su logotipo; igual en todo idioma.
auth-brand = Peerlog
auth-foot = Todo se queda en esta computadora, cifrado. Peerlog nunca usa la red.
auth-show = Mostrar
auth-hide = Ocultar
# Ocho grupos de cuatro caracteres, como se escribe una clave de recuperación.
auth-recovery-key-placeholder = XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX

## Primer uso

firstrun-title = Le damos la bienvenida a Peerlog
firstrun-intro = Su registro de casos vive solo en esta computadora, protegido con una frase de contraseña que usted elige. Elija algo largo que pueda recordar — unas cuantas palabras sin relación entre sí funcionan bien.
firstrun-passphrase = Frase de contraseña
firstrun-confirm = Escríbala otra vez
firstrun-creating = Preparando el cifrado…
firstrun-create = Crear mi Peerlog
firstrun-restore-offer = ¿Computadora nueva? Si hizo una copia de seguridad de Peerlog, restáurela en su lugar.
firstrun-restore = Restaurar desde una copia de seguridad
firstrun-recovery-title = Su clave de recuperación
firstrun-recovery-intro-start = Si alguna vez olvida su frase de contraseña, esta clave es la única forma de volver a entrar. Se muestra
firstrun-recovery-intro-once = solo esta vez
firstrun-recovery-intro-end = {"."} Imprímala o guárdela, y manténgala en un lugar privado.
firstrun-recovery-key = Clave de recuperación: { $key }
firstrun-print = Imprimir
firstrun-save = Guardar en un archivo…
firstrun-saved = Guardada. Mantenga ese archivo en un lugar privado, lejos de esta computadora si puede.
firstrun-stored = Guardé mi clave de recuperación en un lugar seguro.
firstrun-continue = Continuar
firstrun-print-title = Clave de recuperación de Peerlog
firstrun-print-body = Esta clave abre su Peerlog si olvida su frase de contraseña. Guárdela en un lugar seguro y privado.
firstrun-keyring-title = ¿Desbloqueo rápido en esta computadora?
firstrun-keyring-intro = Peerlog puede guardar una clave en el llavero de esta computadora, para que pueda desbloquear con un clic mientras tenga abierta la sesión de su cuenta. Su frase de contraseña también funciona siempre. Puede cambiar esto cuando quiera en Configuración.
firstrun-keyring-on = Activar el desbloqueo rápido
firstrun-keyring-not-now = Ahora no

## Desbloquear

unlock-title = Desbloquear Peerlog
unlock-restored = Se restauró la copia de seguridad del { $when }.
unlock-restored-kept = Desbloquee con su frase de contraseña tal como era aquí.
unlock-restored-other = Desbloquee con la frase de contraseña que Peerlog tenía cuando se hizo esa copia, o con su clave de recuperación.
unlock-quick = Desbloqueo rápido
unlock-or = o use su frase de contraseña
unlock-passphrase = Frase de contraseña
unlock-busy = Desbloqueando…
unlock-submit = Desbloquear
unlock-forgot = ¿Olvidó su frase de contraseña?
unlock-recovery-title = Use su clave de recuperación
unlock-recovery-intro = Escriba la clave de recuperación que imprimió o guardó al configurar Peerlog, y luego elija una nueva frase de contraseña.
unlock-recovery-key = Clave de recuperación
unlock-recovery-new = Nueva frase de contraseña
unlock-recovery-confirm = Escríbala otra vez
unlock-recovery-submit = Desbloquear y fijar la frase de contraseña
unlock-back = Volver

## Restaurar una copia de seguridad

restore-title = Restaurar desde una copia de seguridad
# Alrededor de la extensión del archivo, en letra de ancho fijo.
restore-intro-start = Elija el archivo de copia de seguridad que guardó Peerlog (su nombre termina en
restore-intro-end = ). Peerlog revisa todo el archivo antes de reemplazar algo.
restore-locked-note = Peerlog está bloqueado. Vuelva atrás para desbloquearlo tal como está.
restore-choose = Elegir el archivo de copia de seguridad…
restore-back = Volver
restore-file-title = ¿Restaurar esta copia de seguridad?
restore-made = Creada
restore-size = Tamaño
restore-made-by = Creada con
restore-app-version = Peerlog { $version }
restore-refused-help = Si esta copia de seguridad es lo que quiere en esta computadora, puede reemplazar lo que hay aquí de todos modos.
restore-replace-anyway = Reemplazar de todos modos…
restore-open-with = Abrirla con
restore-with-passphrase = Frase de contraseña
restore-with-recovery-key = Clave de recuperación
restore-passphrase = La frase de contraseña que Peerlog tenía cuando se hizo esta copia
restore-recovery-key = Clave de recuperación
restore-checking = Revisando la copia de seguridad…
restore-submit = Restaurar
restore-choose-another = Elegir otro archivo…
restore-replace-title = ¿Reemplazar el Peerlog de esta computadora?
restore-replace-body = Todo lo que Peerlog guarda aquí se reemplaza con la copia de seguridad del { $when }, incluido todo lo registrado después. Lo que se reemplaza se conserva en una carpeta junto a ella, dentro de la carpeta de datos de Peerlog, para que el personal de soporte pueda recuperarlo.
restore-replace-confirm = Reemplazar de todos modos
restore-replace-cancel = Conservar lo que hay aquí

## Fuerza de la frase de contraseña (core la califica de 0 a 4)

strength-very-weak = Muy débil
strength-weak = Débil
strength-fair = Aceptable
strength-strong = Fuerte
strength-very-strong = Muy fuerte
strength-good = Bien: esta frase de contraseña sirve.
strength-not-enough = Todavía no es suficientemente fuerte.
strength-advice = Al menos 10 caracteres. Unas cuantas palabras sin relación entre sí funcionan bien.
strength-choose = Elija una frase de contraseña.
strength-stronger = Primero haga más fuerte la frase de contraseña.
strength-mismatch = Las dos frases de contraseña todavía no coinciden.

## La pantalla de bloqueo: por qué se bloqueó y qué pasó con un formulario abierto

lock-why-idle = Peerlog se bloqueó solo después de un rato sin actividad.
lock-why-manual = Bloqueado.
lock-saved = Su trabajo está guardado.
# $draft: uno de los nombres lock-draft-kept-… de abajo. Sin pronombres
# que concuerden con él («continuarlo»), porque cambia de género.
lock-kept = { $draft } se guardó de forma cifrada: puede continuar después de desbloquear.
lock-not-kept = Un formulario que tenía abierto no se guardó, y no se pudo conservar.
lock-draft-kept-participant = El participante que estaba agregando
lock-draft-kept-contact = El contacto que estaba registrando
lock-draft-kept-boundary = La nota de límites que estaba escribiendo
lock-draft-kept-check-in = El registro de bienestar que estaba haciendo
lock-draft-kept-follow-up = El seguimiento que estaba agregando
lock-draft-kept-referral = El referido que estaba haciendo
lock-draft-kept-consent = El consentimiento que estaba registrando
# Lo que el par estaba haciendo, antes del nombre del participante:
# «Estaba registrando un contacto con Rowan Example».
lock-draft-doing-participant = agregando a un participante
lock-draft-doing-contact = registrando un contacto con
lock-draft-doing-boundary = escribiendo una nota de límites para
lock-draft-doing-check-in = haciendo un registro de bienestar con
lock-draft-doing-follow-up = agregando un seguimiento para
lock-draft-doing-referral = haciendo un referido para
lock-draft-doing-consent = registrando un consentimiento para

## El aviso antes del bloqueo automático

lock-soon-title = Peerlog está por bloquearse
lock-soon-start = No ha habido actividad por un rato, así que Peerlog se bloqueará en
lock-soon-seconds = { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}
lock-soon-end = para mantener privados sus registros.
lock-soon-kept = Lo que estaba escribiendo se conserva y se le ofrecerá de nuevo después de desbloquear.
lock-soon-stay = Mantener desbloqueado
