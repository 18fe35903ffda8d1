-- A supervisor's or professional's signature added to a signed plan version
-- later (a program that needs one often gets it days after the participant
-- and the peer signed). At most one per version, and none where the
-- version was signed with one already. Like every signature it is never
-- changed or taken away.
CREATE TABLE recovery_plan_countersignatures (
    plan_id TEXT PRIMARY KEY NOT NULL REFERENCES recovery_plan_signatures (plan_id),
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    signed_on TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);

CREATE TRIGGER plan_countersignature_needs_no_supervisor BEFORE INSERT ON recovery_plan_countersignatures
WHEN EXISTS (SELECT 1 FROM recovery_plan_signatures WHERE plan_id = new.plan_id AND supervisor_name IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'this plan version was signed by a supervisor already');
END;

CREATE TRIGGER plan_countersignature_unchanged BEFORE UPDATE ON recovery_plan_countersignatures
BEGIN
    SELECT RAISE(ABORT, 'a plan signature is never changed');
END;

CREATE TRIGGER plan_countersignature_kept BEFORE DELETE ON recovery_plan_countersignatures
BEGIN
    SELECT RAISE(ABORT, 'a plan signature is never deleted');
END;
