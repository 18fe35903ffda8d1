# Peerlog's UI in English: what went wrong, in words for a peer.
#
# error-<code> is the sentence for a shell error code (underscores in the
# code become hyphens here; src/lib/errors.ts maps one to the other).
# Anything else shows the shell's own message, already in this language.

error-wrong-passphrase = That passphrase didn't open Peerlog. Check Caps Lock and try again.
error-wrong-recovery-key = That recovery key didn't open Peerlog. Check each group of four and try again.
error-keyring-unavailable = Quick unlock isn't available right now. Use your passphrase instead.
error-locked = Peerlog is locked. Unlock it to continue.
error-disk-full = The disk is full, so nothing was saved. Free some space and try again.
error-no-vault = There is no Peerlog data here yet.
error-vault-exists = This computer already has a Peerlog set up. Unlock it instead.
# A failure the shell could not put into words (a programming error).
error-internal = Something went wrong inside Peerlog. Nothing was changed.
# An error that came with no message at all.
error-generic = Something went wrong. Nothing was changed.
