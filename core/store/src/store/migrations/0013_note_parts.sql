-- A note's structure, as the program picked it in Settings when the note
-- was written: free text ('free'), or the parts a payer asks for, each its
-- own column so each is read, exported and searched as what it is. GIRP
-- uses goal, intervention, response and plan; DAP data, assessment and
-- plan. A part a note's format does not use stays NULL. Notes written
-- before are free text.
ALTER TABLE contacts ADD COLUMN note_format TEXT NOT NULL DEFAULT 'free';
ALTER TABLE contacts ADD COLUMN part_goal TEXT;
ALTER TABLE contacts ADD COLUMN part_intervention TEXT;
ALTER TABLE contacts ADD COLUMN part_response TEXT;
ALTER TABLE contacts ADD COLUMN part_data TEXT;
ALTER TABLE contacts ADD COLUMN part_assessment TEXT;
ALTER TABLE contacts ADD COLUMN part_plan TEXT;

-- Search reads every part: the index is made again with a column for each,
-- and filled from the notes already written.
DROP TRIGGER contacts_fts_insert;
DROP TRIGGER contacts_fts_delete;
DROP TRIGGER contacts_fts_update;
DROP TABLE contacts_fts;
CREATE VIRTUAL TABLE contacts_fts USING fts5(
    narrative, setting,
    part_goal, part_intervention, part_response, part_data, part_assessment, part_plan,
    content = 'contacts', content_rowid = 'rid',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
INSERT INTO contacts_fts (contacts_fts) VALUES ('rebuild');
CREATE TRIGGER contacts_fts_insert AFTER INSERT ON contacts BEGIN
    INSERT INTO contacts_fts (rowid, narrative, setting,
        part_goal, part_intervention, part_response, part_data, part_assessment, part_plan)
    VALUES (new.rid, new.narrative, new.setting,
        new.part_goal, new.part_intervention, new.part_response, new.part_data, new.part_assessment, new.part_plan);
END;
CREATE TRIGGER contacts_fts_delete AFTER DELETE ON contacts BEGIN
    INSERT INTO contacts_fts (contacts_fts, rowid, narrative, setting,
        part_goal, part_intervention, part_response, part_data, part_assessment, part_plan)
    VALUES ('delete', old.rid, old.narrative, old.setting,
        old.part_goal, old.part_intervention, old.part_response, old.part_data, old.part_assessment, old.part_plan);
END;
CREATE TRIGGER contacts_fts_update AFTER UPDATE OF narrative, setting,
    part_goal, part_intervention, part_response, part_data, part_assessment, part_plan ON contacts BEGIN
    INSERT INTO contacts_fts (contacts_fts, rowid, narrative, setting,
        part_goal, part_intervention, part_response, part_data, part_assessment, part_plan)
    VALUES ('delete', old.rid, old.narrative, old.setting,
        old.part_goal, old.part_intervention, old.part_response, old.part_data, old.part_assessment, old.part_plan);
    INSERT INTO contacts_fts (rowid, narrative, setting,
        part_goal, part_intervention, part_response, part_data, part_assessment, part_plan)
    VALUES (new.rid, new.narrative, new.setting,
        new.part_goal, new.part_intervention, new.part_response, new.part_data, new.part_assessment, new.part_plan);
END;

-- The timeline still reads a participant's notes from one covering index,
-- now with the parts.
DROP INDEX contacts_by_participant;
CREATE INDEX contacts_by_participant ON contacts (
    participant_id, at_utc, id, at_offset, duration_minutes, mode, setting, services, dimensions, narrative,
    note_format, part_goal, part_intervention, part_response, part_data, part_assessment, part_plan
);
