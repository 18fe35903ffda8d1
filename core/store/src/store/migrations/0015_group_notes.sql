-- A group session's time, for the claim: when it started (HH:MM on the
-- peer's clock) and how long it ran. Sessions taken before have neither.
ALTER TABLE group_sessions ADD COLUMN start_time TEXT;
ALTER TABLE group_sessions ADD COLUMN duration_minutes INTEGER
    CHECK (duration_minutes IS NULL OR duration_minutes BETWEEN 1 AND 720);

-- A group note: the note in one present member's record for a session.
-- The member's own part is the contact's narrative; the part every member
-- shares is copied here, so the member's record holds the whole note and a
-- signature covers it even when the session's shared part is later
-- rewritten for members whose notes are not signed yet.
CREATE TABLE group_notes (
    contact_id TEXT PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
    session_id TEXT NOT NULL REFERENCES group_sessions (id),
    shared TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX group_notes_by_session ON group_notes (session_id);

-- As the note it belongs to: never changed or removed once signed.
CREATE TRIGGER signed_group_note_unchanged BEFORE UPDATE ON group_notes
WHEN EXISTS (SELECT 1 FROM note_signatures WHERE contact_id = old.contact_id)
BEGIN
    SELECT RAISE(ABORT, 'a signed note is never changed');
END;

CREATE TRIGGER signed_group_note_kept BEFORE DELETE ON group_notes
WHEN EXISTS (SELECT 1 FROM note_signatures WHERE contact_id = old.contact_id)
BEGIN
    SELECT RAISE(ABORT, 'a signed note is never deleted');
END;

CREATE TRIGGER signed_group_note_added BEFORE INSERT ON group_notes
WHEN EXISTS (SELECT 1 FROM note_signatures WHERE contact_id = new.contact_id)
BEGIN
    SELECT RAISE(ABORT, 'a signed note is never changed');
END;
