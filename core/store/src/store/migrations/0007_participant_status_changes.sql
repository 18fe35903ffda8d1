-- When a participant's status changed, from now on: a consent that ends on
-- an event (completion of or discharge from the program) stops being in
-- force on the day the participant left the program, and that day has to
-- be known. Written with every status a participant is given.
CREATE TABLE participant_status_changes (
    participant_id TEXT NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    -- The peer's local date of the change.
    changed_on TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
CREATE INDEX participant_status_changes_by_participant
    ON participant_status_changes (participant_id, changed_on);

-- For participants who had already left, the best day known is the last
-- time their record changed (the local date of updated_at).
INSERT INTO participant_status_changes (participant_id, status, changed_on, recorded_at)
SELECT id, status, substr(updated_at, 1, 10), updated_at
FROM participants
WHERE status IN ('completed', 'discharged', 'transferred');
