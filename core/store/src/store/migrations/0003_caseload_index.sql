-- The caseload counts each participant's open and overdue follow-ups in one
-- pass; this index answers that from itself, in participant order.
CREATE INDEX follow_ups_open_by_participant ON follow_ups (status, participant_id, due_on);
