-- The recovery-plan goals a note works toward. A goal is named by its key,
-- the same goal in every version of the plan, so a note keeps its goal when
-- the plan moves on to a new version. A signed note's goals are part of what
-- was signed: like the note, they are never changed once it is signed.
CREATE TABLE contact_goals (
    contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    goal_key TEXT NOT NULL,
    PRIMARY KEY (contact_id, goal_key)
) WITHOUT ROWID;
CREATE INDEX contact_goals_by_goal ON contact_goals (goal_key);

CREATE TRIGGER signed_note_goal_kept BEFORE DELETE ON contact_goals
WHEN EXISTS (SELECT 1 FROM note_signatures WHERE contact_id = old.contact_id)
BEGIN
    SELECT RAISE(ABORT, 'a signed note''s goals are never changed');
END;

CREATE TRIGGER signed_note_goal_not_added BEFORE INSERT ON contact_goals
WHEN EXISTS (SELECT 1 FROM note_signatures WHERE contact_id = new.contact_id)
BEGIN
    SELECT RAISE(ABORT, 'a signed note takes no new goal');
END;

CREATE TRIGGER signed_note_goal_unchanged BEFORE UPDATE ON contact_goals
BEGIN
    SELECT RAISE(ABORT, 'a note''s goal link is replaced, never changed');
END;
