# Peerlog's English messages for what Rust writes for people to read.
#
# The English labels of closed vocabularies (contact modes, services, …) live
# beside their codes in the code (`text_enum!`), so they are not repeated
# here; every other language's file carries them, under
# `<vocabulary>-<code>` (see es.ftl). Documents add their messages here as
# they become translatable.
