# Peerlog's UI in English: before Peerlog is open and as it closes. First
# run, unlocking, restoring a backup, passphrase strength, the lock screen
# and the warning before the automatic lock.
#
# Sentences with a word in bold are split around it (…-start, the bold
# words, …-end) so each language can place it.

## The frame around these screens

# The app's name beside its mark; the same in every language.
auth-brand = Peerlog
auth-foot = Everything stays on this computer, encrypted. Peerlog never uses the network.
auth-show = Show
auth-hide = Hide
# Eight groups of four characters, as a recovery key is typed.
auth-recovery-key-placeholder = XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX

## First run

firstrun-title = Welcome to Peerlog
firstrun-intro = Your case log lives only on this computer, locked with a passphrase you choose. Pick something long that you'll remember — a few unrelated words work well.
firstrun-passphrase = Passphrase
firstrun-confirm = Type it again
firstrun-creating = Setting up encryption…
firstrun-create = Create my Peerlog
firstrun-restore-offer = New computer? If you made a backup of Peerlog, bring it back instead.
firstrun-restore = Restore from a backup
firstrun-recovery-title = Your recovery key
firstrun-recovery-intro-start = If you ever forget your passphrase, this key is the only way back in. It is shown
firstrun-recovery-intro-once = only this once
firstrun-recovery-intro-end = {"."} Print it or save it, and keep it somewhere private.
firstrun-recovery-key = Recovery key: { $key }
firstrun-print = Print
firstrun-save = Save to a file…
firstrun-saved = Saved. Keep that file somewhere private, away from this computer if you can.
firstrun-stored = I've put my recovery key somewhere safe.
firstrun-continue = Continue
firstrun-print-title = Peerlog recovery key
firstrun-print-body = This key opens your Peerlog if you forget your passphrase. Keep it somewhere safe and private.
firstrun-keyring-title = Quick unlock on this computer?
firstrun-keyring-intro = Peerlog can keep a key in this computer's own keyring, so you can unlock with one click while you're signed in to your account. Your passphrase always works too. You can change this any time in Settings.
firstrun-keyring-on = Turn on quick unlock
firstrun-keyring-not-now = Not now

## Unlock

unlock-title = Unlock Peerlog
unlock-restored = Restored the backup taken { $when }.
unlock-restored-kept = Unlock with your passphrase as it was here.
unlock-restored-other = Unlock with the passphrase Peerlog had when that backup was made, or your recovery key.
unlock-quick = Quick unlock
unlock-or = or use your passphrase
unlock-passphrase = Passphrase
unlock-busy = Unlocking…
unlock-submit = Unlock
unlock-forgot = Forgot your passphrase?
unlock-recovery-title = Use your recovery key
unlock-recovery-intro = Type the recovery key you printed or saved when you set up Peerlog, then choose a new passphrase.
unlock-recovery-key = Recovery key
unlock-recovery-new = New passphrase
unlock-recovery-confirm = Type it again
unlock-recovery-submit = Unlock and set passphrase
unlock-back = Back

## Restoring a backup

restore-title = Restore from a backup
# Around the backup file's extension, shown in a fixed-width face.
restore-intro-start = Choose the backup file Peerlog saved (its name ends in
restore-intro-end = ). Peerlog checks the whole file before it replaces anything.
restore-locked-note = Peerlog is locked. Go back to unlock it as it is.
restore-choose = Choose the backup file…
restore-back = Back
restore-file-title = Restore this backup?
restore-made = Made
restore-size = Size
restore-made-by = Made by
restore-app-version = Peerlog { $version }
restore-refused-help = If this backup is what you want on this computer, you can replace what's here anyway.
restore-replace-anyway = Replace anyway…
restore-open-with = Open it with
restore-with-passphrase = Passphrase
restore-with-recovery-key = Recovery key
restore-passphrase = The passphrase Peerlog had when this backup was made
restore-recovery-key = Recovery key
restore-checking = Checking the backup…
restore-submit = Restore
restore-choose-another = Choose another file…
restore-replace-title = Replace the Peerlog on this computer?
restore-replace-body = Everything Peerlog holds here is replaced by the backup taken { $when }, including anything recorded since. What it replaces is kept in a folder beside it in Peerlog's data folder, so support staff can bring it back.
restore-replace-confirm = Replace anyway
restore-replace-cancel = Keep what's here

## Passphrase strength (core scores it from 0 to 4)

strength-very-weak = Very weak
strength-weak = Weak
strength-fair = Fair
strength-strong = Strong
strength-very-strong = Very strong
strength-good = Good: this passphrase will do.
strength-not-enough = Not strong enough yet.
strength-advice = At least 10 characters. A few unrelated words work well.
strength-choose = Choose a passphrase.
strength-stronger = Make the passphrase stronger first.
strength-mismatch = The two passphrases don't match yet.

## The lock screen: why it locked, and what became of an open form

lock-why-idle = Peerlog locked itself after a while without activity.
lock-why-manual = Locked.
lock-saved = Your work is saved.
# $draft: one of the lock-draft-kept-… names below.
lock-kept = { $draft } is kept, encrypted: you can continue it after you unlock.
lock-not-kept = A form you had open was not saved, and could not be kept.
lock-draft-kept-participant = The participant you were adding
lock-draft-kept-contact = The contact you were logging
lock-draft-kept-boundary = The boundary note you were writing
lock-draft-kept-check-in = The check-in you were recording
lock-draft-kept-follow-up = The follow-up you were adding
lock-draft-kept-referral = The referral you were making
lock-draft-kept-consent = The consent you were recording
# What the peer was doing, before the participant's name: "You were
# logging a contact with Rowan Example".
lock-draft-doing-participant = adding a participant
lock-draft-doing-contact = logging a contact with
lock-draft-doing-boundary = writing a boundary note for
lock-draft-doing-check-in = recording a check-in with
lock-draft-doing-follow-up = adding a follow-up for
lock-draft-doing-referral = making a referral for
lock-draft-doing-consent = recording a consent for

## The warning before the automatic lock

lock-soon-title = Peerlog is about to lock
lock-soon-start = Nothing has happened for a while, so Peerlog will lock in
lock-soon-seconds = { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}
lock-soon-end = to keep your records private.
lock-soon-kept = Anything you were typing is kept and offered back after you unlock.
lock-soon-stay = Stay unlocked
