-- A participant's recovery plan, in versions. Each version holds the whole
-- plan as it stood: the goals in the participant's own words (each in one
-- of the eight wellness dimensions, with its steps, who helps, a target
-- date and a status), the strengths the person names, and when it is next
-- reviewed. The current plan is the highest version; older ones are the
-- history and stay.
--
-- A signed version is read-only, like a signed note: core refuses first
-- (`plan_signed`), and these triggers refuse any update or delete of a
-- signed version, its goals or its signature, and any goal added to it,
-- whatever code path tries. A change makes a new version.
CREATE TABLE recovery_plans (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    version INTEGER NOT NULL CHECK (version >= 1),
    -- One strength a line, in the person's words.
    strengths TEXT NOT NULL,
    next_review_on TEXT,
    created_at TEXT NOT NULL,
    UNIQUE (participant_id, version)
);
CREATE INDEX recovery_plans_by_review ON recovery_plans (next_review_on);

-- `goal_key` is the same goal across versions (so a note can name a goal
-- later whatever version it was written under); `position` orders a
-- version's goals, and is the number the peer calls a goal by.
CREATE TABLE recovery_plan_goals (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    plan_id TEXT NOT NULL REFERENCES recovery_plans (id) ON DELETE CASCADE,
    goal_key TEXT NOT NULL,
    position INTEGER NOT NULL CHECK (position >= 1),
    dimension TEXT NOT NULL,
    words TEXT NOT NULL,
    -- One step a line.
    steps TEXT NOT NULL,
    who_helps TEXT,
    target_on TEXT,
    status TEXT NOT NULL,
    UNIQUE (plan_id, position),
    UNIQUE (plan_id, goal_key)
);
CREATE INDEX recovery_plan_goals_by_key ON recovery_plan_goals (goal_key, rid);

-- Who signed a version: the participant (a typed name and day, or that they
-- declined, and why), the peer with their credential, and where the program
-- needs one, a supervisor or professional. The hash is SHA-256 over the
-- version as it was signed.
CREATE TABLE recovery_plan_signatures (
    plan_id TEXT PRIMARY KEY NOT NULL REFERENCES recovery_plans (id) ON DELETE CASCADE,
    participant_name TEXT,
    participant_signed_on TEXT,
    participant_declined_reason TEXT,
    peer_name TEXT NOT NULL,
    peer_credential TEXT,
    supervisor_name TEXT,
    supervisor_role TEXT,
    supervisor_signed_on TEXT,
    signed_at TEXT NOT NULL,
    content_sha256 TEXT NOT NULL,
    CHECK ((participant_name IS NULL) = (participant_signed_on IS NULL)),
    CHECK ((participant_name IS NULL) <> (participant_declined_reason IS NULL)),
    CHECK ((supervisor_name IS NULL) = (supervisor_role IS NULL)
        AND (supervisor_name IS NULL) = (supervisor_signed_on IS NULL))
);

-- Search finds each goal once, in its newest version: a goal carried into
-- a new version leaves the index under its older row. The index keeps its
-- own copy of the text (not `content =`), so taking out a row that is not
-- there is harmless.
CREATE VIRTUAL TABLE recovery_plan_goals_fts USING fts5(
    words, steps, who_helps,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER recovery_plan_goals_fts_insert AFTER INSERT ON recovery_plan_goals BEGIN
    DELETE FROM recovery_plan_goals_fts WHERE rowid IN
        (SELECT rid FROM recovery_plan_goals WHERE goal_key = new.goal_key AND rid <> new.rid);
    INSERT INTO recovery_plan_goals_fts (rowid, words, steps, who_helps)
        VALUES (new.rid, new.words, new.steps, new.who_helps);
END;
CREATE TRIGGER recovery_plan_goals_fts_delete AFTER DELETE ON recovery_plan_goals BEGIN
    DELETE FROM recovery_plan_goals_fts WHERE rowid = old.rid;
END;
CREATE TRIGGER recovery_plan_goals_fts_update AFTER UPDATE OF words, steps, who_helps ON recovery_plan_goals
WHEN EXISTS (SELECT 1 FROM recovery_plan_goals_fts WHERE rowid = old.rid)
BEGIN
    DELETE FROM recovery_plan_goals_fts WHERE rowid = old.rid;
    INSERT INTO recovery_plan_goals_fts (rowid, words, steps, who_helps)
        VALUES (new.rid, new.words, new.steps, new.who_helps);
END;

CREATE TRIGGER signed_plan_unchanged BEFORE UPDATE ON recovery_plans
WHEN EXISTS (SELECT 1 FROM recovery_plan_signatures WHERE plan_id = old.id)
BEGIN
    SELECT RAISE(ABORT, 'a signed plan version is never changed');
END;

CREATE TRIGGER signed_plan_kept BEFORE DELETE ON recovery_plans
WHEN EXISTS (SELECT 1 FROM recovery_plan_signatures WHERE plan_id = old.id)
BEGIN
    SELECT RAISE(ABORT, 'a signed plan version is never deleted');
END;

CREATE TRIGGER signed_plan_goal_unchanged BEFORE UPDATE ON recovery_plan_goals
WHEN EXISTS (SELECT 1 FROM recovery_plan_signatures WHERE plan_id IN (old.plan_id, new.plan_id))
BEGIN
    SELECT RAISE(ABORT, 'a goal of a signed plan version is never changed');
END;

CREATE TRIGGER signed_plan_goal_kept BEFORE DELETE ON recovery_plan_goals
WHEN EXISTS (SELECT 1 FROM recovery_plan_signatures WHERE plan_id = old.plan_id)
BEGIN
    SELECT RAISE(ABORT, 'a goal of a signed plan version is never deleted');
END;

CREATE TRIGGER signed_plan_goal_not_added BEFORE INSERT ON recovery_plan_goals
WHEN EXISTS (SELECT 1 FROM recovery_plan_signatures WHERE plan_id = new.plan_id)
BEGIN
    SELECT RAISE(ABORT, 'a signed plan version takes no new goal');
END;

CREATE TRIGGER plan_signature_unchanged BEFORE UPDATE ON recovery_plan_signatures
BEGIN
    SELECT RAISE(ABORT, 'a plan signature is never changed');
END;

CREATE TRIGGER plan_signature_kept BEFORE DELETE ON recovery_plan_signatures
BEGIN
    SELECT RAISE(ABORT, 'a plan signature is never deleted');
END;
