-- External ids are compared by one rule everywhere (core/src/text.rs,
-- external_id_key): trimmed, Unicode NFC, Unicode lower case. SQLite's NOCASE
-- folds ASCII only, so `É-7` and `é-7` could both exist. The key is filled by
-- the migration's code and written with every insert and update; uniqueness
-- is checked against it. It is not a UNIQUE index so that a store made
-- before the rule, which may hold two ids that now collide, still opens:
-- looking such an id up is refused, naming the field, until one is renamed.
ALTER TABLE participants ADD COLUMN external_key TEXT NOT NULL DEFAULT '';
CREATE INDEX participants_external_key ON participants (external_key);
