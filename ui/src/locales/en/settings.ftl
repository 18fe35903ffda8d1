# Peerlog's UI in English: Settings (backups, automatic lock, quick
# unlock, the passphrase, keyboard shortcuts) and how backups read
# elsewhere (the caseload's reminder, file sizes, the backup history).

settings-title = Settings
settings-intro = How Peerlog keeps your case log locked.

## Backups

settings-backups-title = Backups
settings-backups-intro = One encrypted file with everything in Peerlog. Keep it away from this laptop, on a drive your program approves. It opens with your passphrase as it is when you make it, or with your recovery key.
# Followed by the date of the last backup, in bold.
settings-backup-last = Last backup:
settings-backup-none = No backup yet.
settings-backup-due = Due
settings-backup-saved = Backup saved · { $size } · { $when }
# The name of the checksum shown after a backup; the same in every language.
settings-backup-hash = SHA-256
settings-backing-up = Backing up…
settings-back-up-now = Back up now…
settings-restore = Restore from a backup…
settings-history-title = Recent backups
settings-history-empty = None yet. Each backup you make is listed here.
settings-backup-saved-announce = Backup saved, { $size }
settings-restore-confirm-title = Lock Peerlog to restore a backup?
settings-restore-confirm-body = A restore replaces Peerlog's data while nothing has it open, so Peerlog locks first. Nothing is replaced until the backup has been checked and you have confirmed. You can go back and unlock at any point.
settings-restore-confirm = Lock and choose a backup
settings-restore-cancel = Cancel

## Signing notes

settings-signer-title = Signing notes
settings-signer-intro = Your name and credential as a payer reads them on a signed note. A signed note is locked; corrections are added beneath it as addenda.
settings-signer-name = Your name
settings-signer-credential = Credential
settings-signer-credential-hint = For example CPS or CPRS; leave it empty if you have none.
settings-signer-save = Save name and credential
settings-signer-announce = Notes will be signed by { $signer }

## How notes are written: the structure new notes take

settings-format-title = How notes are written
settings-format-intro = Pick the structure your program or its payer asks for. Notes already written keep the one they have.
settings-format-free = Free text
settings-format-free-hint = One notes box, written your way.
settings-format-girp = GIRP
settings-format-girp-hint = Goal, intervention, response, plan: each its own box.
settings-format-dap = DAP
settings-format-dap-hint = Data, assessment, plan: each its own box.
settings-format-save = Save how notes are written
# $format: the code of the structure picked (free, girp or dap).
settings-format-announce = { $format ->
    [girp] New notes are written as GIRP
    [dap] New notes are written as DAP
   *[free] New notes are written as free text
}

## Automatic lock

settings-lock-title = Automatic lock
settings-lock-intro = When nobody has typed or clicked for this long, Peerlog locks itself and clears the screen.
settings-lock-minutes = Minutes without activity
settings-lock-save = Save
# Read as it has always been ("1 minutes"): the end-to-end tests wait for it.
settings-lock-announce = Peerlog will lock after { $minutes } minutes without activity

## Quick unlock

settings-quick-title = Quick unlock
settings-quick-intro = Keep a key in this computer's keyring so you can unlock with one click while signed in. Your passphrase always works too.
settings-quick-use = Use this computer's keyring for quick unlock
settings-quick-on = Quick unlock is on
settings-quick-off = Quick unlock is off

## Changing the passphrase

settings-pass-title = Change passphrase
settings-pass-intro = Your data stays as it is; only the lock changes. Your recovery key keeps working.
settings-pass-current = Current passphrase
settings-pass-new = New passphrase
settings-pass-confirm = Type it again
settings-pass-need-current = Type your current passphrase.
settings-pass-busy = Changing…
settings-pass-submit = Change passphrase
settings-pass-changed = Passphrase changed. Your recovery key still works.

## Keyboard shortcuts (the keys themselves are shown as printed on them)

settings-keys-title = Keyboard
settings-key-log = Log a contact, from anywhere
settings-key-search = Search
settings-key-lock = Lock now
settings-key-save = Save a form
settings-key-attendance = Attendance grid
settings-key-close = Close a dialog

## About

settings-about-title = About
settings-about = Peerlog keeps everything on this computer in one encrypted file and never uses the network.
settings-data-folder = Data folder:

## Backups as they read elsewhere

# The caseload's reminder.
backup-reminder-none = You have no backup yet
backup-reminder-last = { $days ->
    [0] Your last backup was today
    [1] Your last backup was yesterday
   *[other] Your last backup was { $days } days ago
}
# File sizes, in decimal units as file managers show them.
backup-size-bytes = { $bytes } bytes
backup-size-kb = { $kb } KB
backup-size-mb = { NUMBER($mb, minimumFractionDigits: 1, maximumFractionDigits: 1) } MB
backup-size-gb = { NUMBER($gb, minimumFractionDigits: 1, maximumFractionDigits: 1) } GB
# Lines of the backup history in Settings.
backup-history-restored = Restored from a backup taken { $when }
backup-history-written = Backed up { $when } · { $size }

settings-language-title = Language
settings-language-intro = The language Peerlog speaks on this computer. Documents for a participant or a partner have their own language, chosen when you make them.
