-- A decision may name the unit that took over the tasks of a unit that ended earlier without one
-- (issue 11: V30's three central units closed in 03/2025, whose successor the sources do not name):
-- a SUCCEED line, whose effect is a unit_succession from the ended unit to a unit in force, with the
-- decision; no unit's version changes. settle_open_items (V35) then settles the ended unit's
-- CLOSED_WITHOUT_SUCCESSOR item, as it settles it for any succession a decision records.
ALTER TABLE reorganisation_change DROP CONSTRAINT reorganisation_change_kind_check;
ALTER TABLE reorganisation_change DROP CONSTRAINT reorganisation_change_check;
ALTER TABLE reorganisation_change
    ADD CONSTRAINT reorganisation_change_kind_check
        CHECK (kind IN ('CREATE', 'RENAME', 'MOVE', 'MERGE', 'SPLIT', 'CLOSE', 'SUCCEED')),
    -- MERGE and SPLIT: the unit it went into; SUCCEED: the unit that took over its tasks
    ADD CONSTRAINT reorganisation_change_check
        CHECK ((kind IN ('MERGE', 'SPLIT', 'SUCCEED')) = (successor_id IS NOT NULL));
