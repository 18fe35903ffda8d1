-- Peerlog schema 2: the accounting of disclosures, the record of backups,
-- and a marker of the last change to the store's contents.

-- One row per export that left the app. Append-only, like the audit log.
CREATE TABLE disclosures (
    id TEXT PRIMARY KEY,
    at_utc TEXT NOT NULL,
    at_offset INTEGER NOT NULL,
    recipient TEXT NOT NULL,
    purpose TEXT NOT NULL,
    prepared_by TEXT NOT NULL,
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('pdf', 'csv', 'pack')),
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    bytes INTEGER NOT NULL CHECK (bytes > 0)
);
CREATE INDEX disclosures_by_time ON disclosures (at_utc);

-- Who was in a disclosure, under which consent, with which categories.
-- No foreign key to participants or consents: the accounting of
-- disclosures outlives a deleted record, so it keeps the external id.
CREATE TABLE disclosure_participants (
    disclosure_id TEXT NOT NULL REFERENCES disclosures (id),
    participant_id TEXT NOT NULL,
    external_id TEXT NOT NULL,
    consent_id TEXT NOT NULL,
    categories TEXT NOT NULL,
    PRIMARY KEY (disclosure_id, participant_id)
) WITHOUT ROWID;
CREATE INDEX disclosure_participants_by_participant ON disclosure_participants (participant_id);

CREATE TRIGGER disclosures_no_update BEFORE UPDATE ON disclosures
BEGIN
    SELECT RAISE(ABORT, 'the accounting of disclosures is append-only');
END;
CREATE TRIGGER disclosures_no_delete BEFORE DELETE ON disclosures
BEGIN
    SELECT RAISE(ABORT, 'the accounting of disclosures is append-only');
END;
CREATE TRIGGER disclosure_participants_no_update BEFORE UPDATE ON disclosure_participants
BEGIN
    SELECT RAISE(ABORT, 'the accounting of disclosures is append-only');
END;
CREATE TRIGGER disclosure_participants_no_delete BEFORE DELETE ON disclosure_participants
BEGIN
    SELECT RAISE(ABORT, 'the accounting of disclosures is append-only');
END;

-- Backups written from this store, and the backup it was restored from.
CREATE TABLE backups (
    id TEXT PRIMARY KEY,
    at_utc TEXT NOT NULL,
    at_offset INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('written', 'restored')),
    -- When the backup's snapshot was taken (RFC 3339).
    taken_at TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    bytes INTEGER NOT NULL
);
CREATE INDEX backups_by_taken ON backups (taken_at);

-- When the contents last changed, to millisecond precision. A restore
-- compares it with the backup's own marker, so a store holding changes the
-- backup lacks is never replaced by accident. Routine entries (unlocks,
-- backups written, restores) do not count as changes.
CREATE TABLE store_changes (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    changed_at TEXT NOT NULL
);
INSERT INTO store_changes (id, changed_at) VALUES (1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

CREATE TRIGGER participants_changed_i AFTER INSERT ON participants BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER participants_changed_u AFTER UPDATE ON participants BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER participants_changed_d AFTER DELETE ON participants BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER contacts_changed_i AFTER INSERT ON contacts BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER contacts_changed_u AFTER UPDATE ON contacts BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER contacts_changed_d AFTER DELETE ON contacts BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER recovery_groups_changed_i AFTER INSERT ON recovery_groups BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER recovery_groups_changed_u AFTER UPDATE ON recovery_groups BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER recovery_groups_changed_d AFTER DELETE ON recovery_groups BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER group_members_changed_i AFTER INSERT ON group_members BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER group_members_changed_u AFTER UPDATE ON group_members BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER group_members_changed_d AFTER DELETE ON group_members BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER group_sessions_changed_i AFTER INSERT ON group_sessions BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER group_sessions_changed_u AFTER UPDATE ON group_sessions BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER group_sessions_changed_d AFTER DELETE ON group_sessions BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER attendance_changed_i AFTER INSERT ON attendance BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER attendance_changed_u AFTER UPDATE ON attendance BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER attendance_changed_d AFTER DELETE ON attendance BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER boundary_notes_changed_i AFTER INSERT ON boundary_notes BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER boundary_notes_changed_u AFTER UPDATE ON boundary_notes BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER boundary_notes_changed_d AFTER DELETE ON boundary_notes BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER checkins_changed_i AFTER INSERT ON checkins BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER checkins_changed_u AFTER UPDATE ON checkins BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER checkins_changed_d AFTER DELETE ON checkins BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER follow_ups_changed_i AFTER INSERT ON follow_ups BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER follow_ups_changed_u AFTER UPDATE ON follow_ups BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER follow_ups_changed_d AFTER DELETE ON follow_ups BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER referrals_changed_i AFTER INSERT ON referrals BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER referrals_changed_u AFTER UPDATE ON referrals BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER referrals_changed_d AFTER DELETE ON referrals BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER consents_changed_i AFTER INSERT ON consents BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER consents_changed_u AFTER UPDATE ON consents BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER consents_changed_d AFTER DELETE ON consents BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER self_checks_changed_i AFTER INSERT ON self_checks BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER self_checks_changed_u AFTER UPDATE ON self_checks BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER self_checks_changed_d AFTER DELETE ON self_checks BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER settings_changed_i AFTER INSERT ON settings BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER settings_changed_u AFTER UPDATE ON settings BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER settings_changed_d AFTER DELETE ON settings BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER disclosures_changed_i AFTER INSERT ON disclosures BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
CREATE TRIGGER audit_log_changed_i AFTER INSERT ON audit_log
    WHEN new.action NOT IN ('unlocked', 'backup_written', 'restored')
BEGIN UPDATE store_changes SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'); END;
