-- The payers a program bills, each with its rules (unit length and rounding,
-- caps, group size, code and modifiers) as the program set them. The rules
-- are one JSON document, so a rule added later needs no new column. A
-- participant has at most one payer; without one, units follow the
-- standard midpoint rule.
CREATE TABLE payers (
    rid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    rules TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

ALTER TABLE participants ADD COLUMN payer_id TEXT REFERENCES payers (id) ON DELETE SET NULL;
