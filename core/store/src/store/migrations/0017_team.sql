-- The team folder (docs/TEAM.md). Stores never share the database: they
-- exchange immutable message files, each encrypted to its recipients and
-- signed by its sender, through a folder the program already syncs.

-- This store's own keys, made once. The private halves live only here,
-- inside the encrypted store, never in a file of their own.
CREATE TABLE team_identity (
    only INTEGER PRIMARY KEY CHECK (only = 1),
    age_secret TEXT NOT NULL,
    signing_seed BLOB NOT NULL CHECK (length(signing_seed) = 32),
    created_at TEXT NOT NULL
);

CREATE TRIGGER team_identity_unchanged BEFORE UPDATE ON team_identity
BEGIN
    SELECT RAISE(ABORT, 'a store keeps its team keys');
END;

-- The one team this store belongs to. The admin is the member whose roster
-- messages this store accepts; until the first roster arrives a store that
-- joined knows the admin's key and its folder only.
CREATE TABLE team (
    only INTEGER PRIMARY KEY CHECK (only = 1),
    id TEXT,
    name TEXT,
    folder TEXT NOT NULL,
    admin_key TEXT NOT NULL,
    roster_version INTEGER NOT NULL DEFAULT 0,
    review_sample_percent INTEGER NOT NULL DEFAULT 100
        CHECK (review_sample_percent BETWEEN 1 AND 100),
    joined_at TEXT NOT NULL,
    -- What the last read of the folder met (JSON counts), for the status.
    last_read TEXT
);

CREATE TABLE team_members (
    key TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('peer', 'supervisor')),
    credential TEXT,
    added_at TEXT NOT NULL,
    removed_at TEXT
);

-- Sealed messages waiting for the folder. Nothing blocks on the folder: a
-- message is sealed to the members of the moment and waits here.
CREATE TABLE team_outbox (
    file_name TEXT PRIMARY KEY NOT NULL,
    message_id TEXT NOT NULL,
    sealed BLOB NOT NULL,
    queued_at TEXT NOT NULL
);

-- What this store sent, as it was sent (before sealing), so a peer can see
-- exactly what left: the kind, the body and to whom.
CREATE TABLE team_sent (
    message_id TEXT PRIMARY KEY NOT NULL,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    recipients TEXT NOT NULL,
    queued_at TEXT NOT NULL,
    delivered_at TEXT
);

-- Files in the folder this store has settled: applied, or not for it. A file
-- that could not be read yet (half-synced, damaged) is not settled and is
-- tried again on the next read.
CREATE TABLE team_files_seen (
    file_name TEXT PRIMARY KEY NOT NULL,
    outcome TEXT NOT NULL CHECK (outcome IN ('applied', 'not_for_us', 'refused', 'own')),
    seen_at TEXT NOT NULL
);

-- Messages applied, by id: a message copied under another name is applied
-- once.
CREATE TABLE team_messages_applied (
    message_id TEXT PRIMARY KEY NOT NULL,
    sender TEXT NOT NULL,
    kind TEXT NOT NULL,
    applied_at TEXT NOT NULL
);

-- The peer's side of review: a signed note submitted, and the supervisor's
-- answer. An approval is the supervisor's co-signature: kept, never changed.
CREATE TABLE note_reviews (
    contact_id TEXT PRIMARY KEY NOT NULL REFERENCES note_signatures (contact_id),
    submitted_at TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('submitted', 'approved', 'changes_requested')),
    reviewer_name TEXT,
    reviewer_credential TEXT,
    decided_at TEXT,
    comment TEXT
);

CREATE TRIGGER note_review_approval_kept BEFORE UPDATE ON note_reviews
WHEN old.status = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'a co-signature is never changed');
END;

CREATE TRIGGER note_review_kept BEFORE DELETE ON note_reviews
BEGIN
    SELECT RAISE(ABORT, 'a review is never deleted');
END;

-- The supervisor's side: notes peers submitted, as they were submitted, and
-- the decision sent back.
CREATE TABLE review_queue (
    note_id TEXT PRIMARY KEY NOT NULL,
    sender TEXT NOT NULL,
    note TEXT NOT NULL,
    received_at TEXT NOT NULL,
    decision TEXT CHECK (decision IN ('approved', 'changes_requested')),
    comment TEXT,
    decided_at TEXT
);

-- Weekly counts a peer's store sent, one row per peer and week.
CREATE TABLE team_week_summaries (
    sender TEXT NOT NULL,
    week_start TEXT NOT NULL,
    summary TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (sender, week_start)
);
