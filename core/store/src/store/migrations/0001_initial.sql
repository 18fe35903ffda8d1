-- Peerlog schema 1. Ids are UUIDv7 text; instants are UTC text
-- ('YYYY-MM-DDTHH:MM:SSZ') with the local offset in minutes beside them;
-- dates a peer picks are 'YYYY-MM-DD'. Tables searched with FTS5 carry an
-- INTEGER PRIMARY KEY so their rowids survive VACUUM.

CREATE TABLE participants (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    external_id TEXT NOT NULL UNIQUE COLLATE NOCASE,
    first_name TEXT,
    last_name TEXT,
    preferred_name TEXT,
    pronouns TEXT,
    program TEXT,
    docket TEXT,
    status TEXT NOT NULL CHECK (status IN ('active', 'paused', 'completed', 'discharged', 'transferred')),
    intake_date TEXT,
    phone TEXT,
    email TEXT,
    contact_preferences TEXT,
    language TEXT,
    goals TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE contacts (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    at_utc TEXT NOT NULL,
    at_offset INTEGER NOT NULL,
    duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 720),
    mode TEXT NOT NULL,
    setting TEXT,
    services TEXT NOT NULL DEFAULT '',
    dimensions TEXT NOT NULL DEFAULT '',
    narrative TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX contacts_by_participant ON contacts (participant_id, at_utc);
CREATE INDEX contacts_by_time ON contacts (at_utc);

CREATE TABLE recovery_groups (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT,
    weekday TEXT,
    start_time TEXT,
    location TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);

CREATE TABLE group_members (
    group_id TEXT NOT NULL REFERENCES recovery_groups (id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    joined_on TEXT NOT NULL,
    PRIMARY KEY (group_id, participant_id)
) WITHOUT ROWID;
CREATE INDEX group_members_by_participant ON group_members (participant_id);

CREATE TABLE group_sessions (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    group_id TEXT NOT NULL REFERENCES recovery_groups (id) ON DELETE CASCADE,
    held_on TEXT NOT NULL,
    topic TEXT,
    note TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX group_sessions_by_group ON group_sessions (group_id, held_on);
CREATE INDEX group_sessions_by_date ON group_sessions (held_on);

CREATE TABLE attendance (
    session_id TEXT NOT NULL REFERENCES group_sessions (id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    status TEXT NOT NULL CHECK (status IN ('present', 'late', 'excused', 'absent')),
    PRIMARY KEY (session_id, participant_id)
) WITHOUT ROWID;
CREATE INDEX attendance_by_participant ON attendance (participant_id);

CREATE TABLE boundary_notes (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    category TEXT NOT NULL,
    text TEXT NOT NULL,
    agreed_on TEXT NOT NULL,
    review_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX boundary_notes_by_participant ON boundary_notes (participant_id);

CREATE TABLE checkins (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    at_utc TEXT NOT NULL,
    at_offset INTEGER NOT NULL,
    emotional INTEGER NOT NULL CHECK (emotional BETWEEN 1 AND 5),
    environmental INTEGER NOT NULL CHECK (environmental BETWEEN 1 AND 5),
    financial INTEGER NOT NULL CHECK (financial BETWEEN 1 AND 5),
    intellectual INTEGER NOT NULL CHECK (intellectual BETWEEN 1 AND 5),
    occupational INTEGER NOT NULL CHECK (occupational BETWEEN 1 AND 5),
    physical INTEGER NOT NULL CHECK (physical BETWEEN 1 AND 5),
    social INTEGER NOT NULL CHECK (social BETWEEN 1 AND 5),
    spiritual INTEGER NOT NULL CHECK (spiritual BETWEEN 1 AND 5),
    barc10 TEXT,
    barc10_total INTEGER CHECK (barc10_total BETWEEN 10 AND 60),
    note TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX checkins_by_participant ON checkins (participant_id, at_utc);

CREATE TABLE follow_ups (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    contact_id TEXT REFERENCES contacts (id) ON DELETE SET NULL,
    due_on TEXT NOT NULL,
    text TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
    closed_on TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX follow_ups_by_status ON follow_ups (status, due_on);
CREATE INDEX follow_ups_by_participant ON follow_ups (participant_id, status);
CREATE INDEX follow_ups_by_contact ON follow_ups (contact_id);

CREATE TABLE referrals (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    resource_type TEXT NOT NULL,
    resource_name TEXT NOT NULL,
    referred_on TEXT NOT NULL,
    outcome TEXT NOT NULL,
    outcome_on TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX referrals_by_participant ON referrals (participant_id);
CREATE INDEX referrals_by_date ON referrals (referred_on);

CREATE TABLE consents (
    id TEXT PRIMARY KEY,
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    discloser TEXT NOT NULL,
    recipient TEXT NOT NULL,
    purpose TEXT NOT NULL,
    categories TEXT NOT NULL,
    effective_on TEXT NOT NULL,
    expires_on TEXT,
    expiry_event TEXT,
    signed_on TEXT NOT NULL,
    revoked_on TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX consents_by_participant ON consents (participant_id);
CREATE INDEX consents_by_recipient ON consents (recipient COLLATE NOCASE);

-- The peer's own wellbeing: never joined to a participant, never exported.
CREATE TABLE self_checks (
    id TEXT PRIMARY KEY,
    at_utc TEXT NOT NULL,
    at_offset INTEGER NOT NULL,
    energy INTEGER NOT NULL CHECK (energy BETWEEN 1 AND 5),
    stress INTEGER NOT NULL CHECK (stress BETWEEN 1 AND 5),
    boundaries_held TEXT NOT NULL,
    support_needed INTEGER NOT NULL,
    note TEXT,
    created_at TEXT NOT NULL
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Append-only: the triggers below refuse any change to a written entry.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at_utc TEXT NOT NULL,
    at_offset INTEGER NOT NULL,
    action TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- Full-text search over every narrative field, inside the encrypted file.

CREATE VIRTUAL TABLE participants_fts USING fts5(
    first_name, last_name, preferred_name, external_id, program, goals, contact_preferences,
    content = 'participants', content_rowid = 'rid',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER participants_fts_insert AFTER INSERT ON participants BEGIN
    INSERT INTO participants_fts (rowid, first_name, last_name, preferred_name, external_id, program, goals, contact_preferences) VALUES (new.rid, new.first_name, new.last_name, new.preferred_name, new.external_id, new.program, new.goals, new.contact_preferences);
END;
CREATE TRIGGER participants_fts_delete AFTER DELETE ON participants BEGIN
    INSERT INTO participants_fts (participants_fts, rowid, first_name, last_name, preferred_name, external_id, program, goals, contact_preferences) VALUES ('delete', old.rid, old.first_name, old.last_name, old.preferred_name, old.external_id, old.program, old.goals, old.contact_preferences);
END;
CREATE TRIGGER participants_fts_update AFTER UPDATE OF first_name, last_name, preferred_name, external_id, program, goals, contact_preferences ON participants BEGIN
    INSERT INTO participants_fts (participants_fts, rowid, first_name, last_name, preferred_name, external_id, program, goals, contact_preferences) VALUES ('delete', old.rid, old.first_name, old.last_name, old.preferred_name, old.external_id, old.program, old.goals, old.contact_preferences);
    INSERT INTO participants_fts (rowid, first_name, last_name, preferred_name, external_id, program, goals, contact_preferences) VALUES (new.rid, new.first_name, new.last_name, new.preferred_name, new.external_id, new.program, new.goals, new.contact_preferences);
END;

CREATE VIRTUAL TABLE contacts_fts USING fts5(
    narrative, setting,
    content = 'contacts', content_rowid = 'rid',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
    INSERT INTO contacts_fts (rowid, narrative, setting) VALUES (new.rid, new.narrative, new.setting);
END;
CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
    INSERT INTO contacts_fts (contacts_fts, rowid, narrative, setting) VALUES ('delete', old.rid, old.narrative, old.setting);
END;
CREATE TRIGGER contacts_fts_update AFTER UPDATE OF narrative, setting ON contacts BEGIN
    INSERT INTO contacts_fts (contacts_fts, rowid, narrative, setting) VALUES ('delete', old.rid, old.narrative, old.setting);
    INSERT INTO contacts_fts (rowid, narrative, setting) VALUES (new.rid, new.narrative, new.setting);
END;

CREATE VIRTUAL TABLE group_sessions_fts USING fts5(
    topic, note,
    content = 'group_sessions', content_rowid = 'rid',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER group_sessions_fts_insert AFTER INSERT ON group_sessions BEGIN
    INSERT INTO group_sessions_fts (rowid, topic, note) VALUES (new.rid, new.topic, new.note);
END;
CREATE TRIGGER group_sessions_fts_delete AFTER DELETE ON group_sessions BEGIN
    INSERT INTO group_sessions_fts (group_sessions_fts, rowid, topic, note) VALUES ('delete', old.rid, old.topic, old.note);
END;
CREATE TRIGGER group_sessions_fts_update AFTER UPDATE OF topic, note ON group_sessions BEGIN
    INSERT INTO group_sessions_fts (group_sessions_fts, rowid, topic, note) VALUES ('delete', old.rid, old.topic, old.note);
    INSERT INTO group_sessions_fts (rowid, topic, note) VALUES (new.rid, new.topic, new.note);
END;

CREATE VIRTUAL TABLE boundary_notes_fts USING fts5(
    text,
    content = 'boundary_notes', content_rowid = 'rid',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER boundary_notes_fts_insert AFTER INSERT ON boundary_notes BEGIN
    INSERT INTO boundary_notes_fts (rowid, text) VALUES (new.rid, new.text);
END;
CREATE TRIGGER boundary_notes_fts_delete AFTER DELETE ON boundary_notes BEGIN
    INSERT INTO boundary_notes_fts (boundary_notes_fts, rowid, text) VALUES ('delete', old.rid, old.text);
END;
CREATE TRIGGER boundary_notes_fts_update AFTER UPDATE OF text ON boundary_notes BEGIN
    INSERT INTO boundary_notes_fts (boundary_notes_fts, rowid, text) VALUES ('delete', old.rid, old.text);
    INSERT INTO boundary_notes_fts (rowid, text) VALUES (new.rid, new.text);
END;

CREATE VIRTUAL TABLE checkins_fts USING fts5(
    note,
    content = 'checkins', content_rowid = 'rid',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER checkins_fts_insert AFTER INSERT ON checkins BEGIN
    INSERT INTO checkins_fts (rowid, note) VALUES (new.rid, new.note);
END;
CREATE TRIGGER checkins_fts_delete AFTER DELETE ON checkins BEGIN
    INSERT INTO checkins_fts (checkins_fts, rowid, note) VALUES ('delete', old.rid, old.note);
END;
CREATE TRIGGER checkins_fts_update AFTER UPDATE OF note ON checkins BEGIN
    INSERT INTO checkins_fts (checkins_fts, rowid, note) VALUES ('delete', old.rid, old.note);
    INSERT INTO checkins_fts (rowid, note) VALUES (new.rid, new.note);
END;

CREATE VIRTUAL TABLE follow_ups_fts USING fts5(
    text,
    content = 'follow_ups', content_rowid = 'rid',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER follow_ups_fts_insert AFTER INSERT ON follow_ups BEGIN
    INSERT INTO follow_ups_fts (rowid, text) VALUES (new.rid, new.text);
END;
CREATE TRIGGER follow_ups_fts_delete AFTER DELETE ON follow_ups BEGIN
    INSERT INTO follow_ups_fts (follow_ups_fts, rowid, text) VALUES ('delete', old.rid, old.text);
END;
CREATE TRIGGER follow_ups_fts_update AFTER UPDATE OF text ON follow_ups BEGIN
    INSERT INTO follow_ups_fts (follow_ups_fts, rowid, text) VALUES ('delete', old.rid, old.text);
    INSERT INTO follow_ups_fts (rowid, text) VALUES (new.rid, new.text);
END;

CREATE VIRTUAL TABLE referrals_fts USING fts5(
    resource_name, note,
    content = 'referrals', content_rowid = 'rid',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER referrals_fts_insert AFTER INSERT ON referrals BEGIN
    INSERT INTO referrals_fts (rowid, resource_name, note) VALUES (new.rid, new.resource_name, new.note);
END;
CREATE TRIGGER referrals_fts_delete AFTER DELETE ON referrals BEGIN
    INSERT INTO referrals_fts (referrals_fts, rowid, resource_name, note) VALUES ('delete', old.rid, old.resource_name, old.note);
END;
CREATE TRIGGER referrals_fts_update AFTER UPDATE OF resource_name, note ON referrals BEGIN
    INSERT INTO referrals_fts (referrals_fts, rowid, resource_name, note) VALUES ('delete', old.rid, old.resource_name, old.note);
    INSERT INTO referrals_fts (rowid, resource_name, note) VALUES (new.rid, new.resource_name, new.note);
END;
