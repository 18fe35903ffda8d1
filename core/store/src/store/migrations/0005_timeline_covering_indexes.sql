-- Each participant's records in indexes that hold every column the
-- timeline and the caseload read, in participant and time order. Table rows
-- lie in the order they were written, a busy peer's hundreds of people
-- interleaved, so a page of one participant's contacts touched about a
-- hundred table pages, each decrypted on first read; in these indexes they
-- sit side by side on a few. Each replaces the narrower index on the same
-- leading columns.
DROP INDEX contacts_by_participant;
CREATE INDEX contacts_by_participant ON contacts (
    participant_id, at_utc, id, at_offset, duration_minutes, mode, setting, services, dimensions, narrative
);
DROP INDEX checkins_by_participant;
CREATE INDEX checkins_by_participant ON checkins (
    participant_id, at_utc, id, at_offset, emotional, environmental, financial, intellectual,
    occupational, physical, social, spiritual, barc10, barc10_total, note
);
DROP INDEX follow_ups_by_participant_due;
CREATE INDEX follow_ups_by_participant_due ON follow_ups (
    participant_id, due_on, id, contact_id, text, status, closed_on, created_at
);
