# The language picker (Settings, and the unlock and set-up screens).

language-label = Language · Idioma
language-changed = Peerlog now speaks English.
