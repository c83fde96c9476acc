-- Units in time, the last step: a unit's name, level, parent and the months it exists in live in its
-- versions (V29), which every page, figure and plan reads. The copies on unit itself, kept equal to the
-- latest version since V29, go: a unit row is now its identity (id, code) and its lock's version.
-- Dropping the columns drops their indexes, their checks and the parent's foreign key with them.
ALTER TABLE unit
    DROP COLUMN name,
    DROP COLUMN level,
    DROP COLUMN parent_id,
    DROP COLUMN effective_from,
    DROP COLUMN effective_to;
