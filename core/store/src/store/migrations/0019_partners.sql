-- Partners: the organisations a program shares information with (a court,
-- a sheriff's office, a behavioral health provider, a peer-run
-- organisation, probation). Before this, a consent named its recipient as
-- free text, so "Treatment court", "treatment court " and a name typed with
-- a Cyrillic "о" were three recipients. The migration's code makes one
-- partner per recipient name (compared by text::partner_key) and links
-- every consent to it; names that differ but look the same
-- (text::partner_skeleton) are flagged `needs_review` for the peer to merge
-- or confirm as separate, once.
CREATE TABLE partners (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    -- text::partner_key(name): two partners never share one.
    name_key TEXT NOT NULL UNIQUE,
    partner_type TEXT NOT NULL DEFAULT 'other',
    -- Who attends the partner's meetings: a JSON list of {name, role}.
    attendees TEXT NOT NULL DEFAULT '[]',
    -- How packets are handed over (in person, the court's secure upload, …).
    handover TEXT,
    needs_review INTEGER NOT NULL DEFAULT 0 CHECK (needs_review IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- The free-text recipient stays for display and for older readers; the
-- partner is what an export matches. NULL only until the migration's code
-- has run; every consent written after it names one.
ALTER TABLE consents ADD COLUMN partner_id TEXT REFERENCES partners (id);
CREATE INDEX consents_by_partner ON consents (partner_id);

-- A data-sharing agreement with a partner: what it allows, for which
-- purpose, from when until when. Ended agreements are kept, as records.
CREATE TABLE agreements (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    partner_id TEXT NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    -- How the program names the document ("MOU 2026–2027"); an error that
    -- blocks an export names it, so it must never name a participant.
    title TEXT NOT NULL,
    purpose TEXT NOT NULL,
    categories TEXT NOT NULL,
    effective_on TEXT NOT NULL,
    expires_on TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CHECK (expires_on >= effective_on)
);
CREATE INDEX agreements_by_partner ON agreements (partner_id, expires_on);

-- The signed agreement, inside the encrypted store and never a loose file;
-- its own table so listing agreements (and every export, which reads
-- them) never reads the document's pages.
CREATE TABLE agreement_documents (
    agreement_id TEXT PRIMARY KEY NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    bytes BLOB NOT NULL,
    added_at TEXT NOT NULL,
    CHECK (length(bytes) = size)
);

-- A participant's request not to share some categories with one partner
-- (or, with partner_id NULL, with any). Only an accepted one changes an
-- export. No narrative: the categories and the decision say it all.
CREATE TABLE restriction_requests (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    partner_id TEXT REFERENCES partners (id) ON DELETE CASCADE,
    categories TEXT NOT NULL,
    requested_on TEXT NOT NULL,
    decision TEXT CHECK (decision IN ('accepted', 'refused')),
    decided_on TEXT,
    decided_by TEXT,
    created_at TEXT NOT NULL,
    CHECK ((decision IS NULL) = (decided_on IS NULL)),
    CHECK (decided_on IS NULL OR decided_on >= requested_on)
);
CREATE INDEX restriction_requests_by_participant ON restriction_requests (participant_id);

-- The privacy officer's incident log for a possible breach: what happened
-- in a short line (never a narrative about anyone), when, when it was
-- found, who was told and when, and where it stands.
CREATE TABLE incidents (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    summary TEXT NOT NULL,
    happened_on TEXT NOT NULL,
    discovered_on TEXT NOT NULL,
    notified TEXT,
    notified_on TEXT,
    status TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (discovered_on >= happened_on),
    CHECK (notified_on IS NULL OR notified_on >= discovered_on)
);

-- A recurring case conference with a partner: its weekday (1 Monday … 7
-- Sunday), time, every how many weeks, from which day.
CREATE TABLE meetings (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    partner_id TEXT NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    time TEXT NOT NULL,
    every_weeks INTEGER NOT NULL CHECK (every_weeks BETWEEN 1 AND 52),
    starts_on TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- Who is on a meeting's docket on one of its dates.
CREATE TABLE meeting_dockets (
    meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    held_on TEXT NOT NULL,
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, held_on, participant_id)
);

-- What was decided at a meeting, for a participant on its docket, and the
-- follow-up it created in their record.
CREATE TABLE meeting_decisions (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    held_on TEXT NOT NULL,
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    follow_up_id TEXT REFERENCES follow_ups (id) ON DELETE SET NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX meeting_decisions_by_meeting ON meeting_decisions (meeting_id, held_on);

-- The accounting of disclosures links an export to the meeting it was
-- made for. No foreign key: a disclosure record outlives its meeting and
-- is never changed.
ALTER TABLE disclosures ADD COLUMN meeting_id TEXT;
ALTER TABLE disclosures ADD COLUMN meeting_on TEXT;
