-- Supervision sessions: the supervision a peer received, or (in a
-- supervisor's store) gave. The peer's own record, like the credentials:
-- no participant is named here, and nothing here is exported, searched or
-- shown in a timeline.
--
-- The supervisor records a session and sends its shared part to the peer's
-- store, which keeps it as received; the peer acknowledges it, and the
-- acknowledgement goes back. `side` says which of the two this store is.
-- `counterpart` is the other side's member key in the team, opaque here.
-- The private note is this side's alone and never travels.
CREATE TABLE supervision_sessions (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    held_on TEXT NOT NULL,
    minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 720),
    kind TEXT NOT NULL,
    -- Topic codes joined by commas, as contacts keep their services.
    topics TEXT NOT NULL,
    supervisor_name TEXT NOT NULL,
    supervisor_credential TEXT,
    peer_name TEXT NOT NULL,
    counterpart TEXT,
    side TEXT NOT NULL CHECK (side IN ('as_supervisor', 'as_peer')),
    private_note TEXT,
    acknowledged_at TEXT,
    recorded_at TEXT NOT NULL
);

CREATE INDEX supervision_sessions_by_day ON supervision_sessions (held_on);

-- Once the peer has acknowledged a session, both sides hold the same
-- record of it, and it counts toward a certification: nothing of it
-- changes but each side's private note, and it is never removed.
CREATE TRIGGER acknowledged_supervision_unchanged BEFORE UPDATE ON supervision_sessions
WHEN old.acknowledged_at IS NOT NULL AND (
    new.id IS NOT old.id
    OR new.held_on IS NOT old.held_on
    OR new.minutes IS NOT old.minutes
    OR new.kind IS NOT old.kind
    OR new.topics IS NOT old.topics
    OR new.supervisor_name IS NOT old.supervisor_name
    OR new.supervisor_credential IS NOT old.supervisor_credential
    OR new.peer_name IS NOT old.peer_name
    OR new.counterpart IS NOT old.counterpart
    OR new.side IS NOT old.side
    OR new.acknowledged_at IS NOT old.acknowledged_at
    OR new.recorded_at IS NOT old.recorded_at
)
BEGIN
    SELECT RAISE(ABORT, 'an acknowledged supervision session is never changed');
END;

CREATE TRIGGER acknowledged_supervision_kept BEFORE DELETE ON supervision_sessions
WHEN old.acknowledged_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'an acknowledged supervision session is never deleted');
END;
