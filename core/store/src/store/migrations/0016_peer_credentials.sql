-- The peer's own record: their certifications and the trainings that keep
-- them current. Private to the peer, like the self-check: no participant is
-- named anywhere here, and nothing here is exported, searched or shown in a
-- timeline.
--
-- A credential's renewal rule (hours by category, the period, the grace
-- period) is one JSON document as the program set it, so a rule added
-- later needs no new column.
CREATE TABLE credentials (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    board TEXT,
    number TEXT,
    issued_on TEXT NOT NULL,
    expires_on TEXT NOT NULL,
    rule TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (expires_on >= issued_on)
);

-- Hours are kept as whole minutes (1.5 hours is 90), so sums are exact.
-- A training linked to a credential counts toward that one only; one with
-- no link counts toward every credential.
CREATE TABLE trainings (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    provider TEXT,
    completed_on TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes > 0),
    category TEXT NOT NULL,
    credential_id TEXT REFERENCES credentials (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX trainings_by_day ON trainings (completed_on);

-- A training's certificate, inside the encrypted store and never a loose
-- file. Its own table, so listing trainings never reads a certificate's
-- pages; the bytes are read only when asked for.
CREATE TABLE training_certificates (
    training_id TEXT PRIMARY KEY NOT NULL REFERENCES trainings (id) ON DELETE CASCADE,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    bytes BLOB NOT NULL,
    added_at TEXT NOT NULL,
    CHECK (length(bytes) = size)
);
