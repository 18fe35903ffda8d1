-- A participant's timeline reads each kind newest first from the day its
-- page starts. These indexes hold each kind's day beside the participant, so
-- a page stops where it ends instead of reading the whole history, and the
-- attendance index answers from itself.
CREATE INDEX follow_ups_by_participant_due ON follow_ups (participant_id, due_on);
DROP INDEX boundary_notes_by_participant;
CREATE INDEX boundary_notes_by_participant ON boundary_notes (participant_id, agreed_on);
DROP INDEX referrals_by_participant;
CREATE INDEX referrals_by_participant ON referrals (participant_id, referred_on);
DROP INDEX attendance_by_participant;
CREATE INDEX attendance_by_participant ON attendance (participant_id, session_id, status);
