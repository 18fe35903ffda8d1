-- A form the peer was filling in when Peerlog locked itself: kept inside the
-- encrypted store (never in browser storage or a file) and offered back
-- after the next unlock. One per form; the form's own fields, as JSON.
CREATE TABLE drafts (
    form TEXT PRIMARY KEY NOT NULL,
    payload TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
