# El selector de idioma (Configuración, y las pantallas de desbloqueo y de
# primera configuración).

language-label = Idioma · Language
language-changed = Peerlog ahora está en español.
