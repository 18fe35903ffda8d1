-- A contact's note signed by the peer, and the addenda that correct it later.
-- A signed note is a record of service a payer and an auditor rely on: it is
-- never changed or deleted, only amended. Core refuses first, with a message
-- naming the addendum; these triggers hold the line under any code path.
-- The content hash is SHA-256 over the note as it was signed, so the
-- integrity check can show it is still what was signed.
CREATE TABLE note_signatures (
    contact_id TEXT PRIMARY KEY NOT NULL REFERENCES contacts (id),
    signer_name TEXT NOT NULL,
    signer_credential TEXT,
    signed_at TEXT NOT NULL,
    content_sha256 TEXT NOT NULL
);

CREATE TABLE addenda (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    contact_id TEXT NOT NULL REFERENCES note_signatures (contact_id),
    written_at TEXT NOT NULL,
    reason TEXT NOT NULL,
    text TEXT NOT NULL,
    signer_name TEXT NOT NULL,
    signer_credential TEXT
);
CREATE INDEX addenda_by_contact ON addenda (contact_id, written_at);

CREATE TRIGGER signed_contact_unchanged BEFORE UPDATE ON contacts
WHEN EXISTS (SELECT 1 FROM note_signatures WHERE contact_id = old.id)
BEGIN
    SELECT RAISE(ABORT, 'a signed note is never changed');
END;

CREATE TRIGGER signed_contact_kept BEFORE DELETE ON contacts
WHEN EXISTS (SELECT 1 FROM note_signatures WHERE contact_id = old.id)
BEGIN
    SELECT RAISE(ABORT, 'a signed note is never deleted');
END;

CREATE TRIGGER note_signature_unchanged BEFORE UPDATE ON note_signatures
BEGIN
    SELECT RAISE(ABORT, 'a signature is never changed');
END;

CREATE TRIGGER note_signature_kept BEFORE DELETE ON note_signatures
BEGIN
    SELECT RAISE(ABORT, 'a signature is never deleted');
END;

CREATE TRIGGER addendum_unchanged BEFORE UPDATE ON addenda
BEGIN
    SELECT RAISE(ABORT, 'an addendum is never changed');
END;

CREATE TRIGGER addendum_kept BEFORE DELETE ON addenda
BEGIN
    SELECT RAISE(ABORT, 'an addendum is never deleted');
END;
