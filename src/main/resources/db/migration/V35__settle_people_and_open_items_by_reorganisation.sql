-- People follow their units at the month a reorganisation takes effect, not when it is applied
-- (issue 11, point 4), and the open items V30 left are settled by the decision that settles them.

-- One row per reorganisation applied through a plan (ReorganisationWriter), whose people follow its
-- units when its effective month begins: those of a merged unit move to its successor, those of a split
-- or closed unit become open items to place. settled_at is null until then; the monthly job (and the
-- apply itself, for a month already begun) sets it, once, under the row's lock.
CREATE TABLE reorganisation_people (
    reorganisation_id bigint      PRIMARY KEY REFERENCES reorganisation (id),
    settled_at        timestamptz
);

CREATE INDEX reorganisation_people_due_idx ON reorganisation_people (reorganisation_id) WHERE settled_at IS NULL;

-- Every reorganisation recorded so far had its people follow already: V30's when loaded, an
-- administrator's when applied.
INSERT INTO reorganisation_people (reorganisation_id, settled_at)
SELECT id, applied_at FROM reorganisation ORDER BY id;

-- Which decision settled an open item (null: still open, or settled by hand or by moving an account).
ALTER TABLE reorganisation_open_item
    ADD COLUMN resolved_by_reorganisation_id bigint REFERENCES reorganisation (id);

-- The one rule for what a decision settles of what decisions in force before it left open, in one place for the
-- backfill below and for unit.OpenItems when a plan is applied:
--   CLOSED_WITHOUT_SUCCESSOR  settled by a decision that records a succession from the closed unit;
--   AWAITING_LOCAL_OFFICE     settled by a decision with a line about the district office (merged into a
--                             BHXH cơ sở, split, closed, renamed or moved: it has its new place).
-- USER_IN_CLOSED_UNIT items are settled when the account is moved (OpenItems.settleUser), not here.
-- Answers how many items it settled.
CREATE FUNCTION settle_open_items(settling_id bigint, settled_at timestamptz) RETURNS integer
LANGUAGE sql VOLATILE AS
$$
    WITH settled AS (
        UPDATE reorganisation_open_item i
        SET resolved_at = settled_at, resolved_by_reorganisation_id = settling_id
        FROM reorganisation left_by, reorganisation settling
        WHERE left_by.id = i.reorganisation_id AND settling.id = settling_id
          AND i.resolved_at IS NULL
          AND i.reorganisation_id <> settling_id
          -- a decision settles what was left open by decisions that took effect before it, or in its month
          AND settling.effective_month >= left_by.effective_month
          AND CASE i.kind
              WHEN 'CLOSED_WITHOUT_SUCCESSOR' THEN EXISTS (
                  SELECT 1 FROM unit_succession s
                  WHERE s.reorganisation_id = settling_id AND s.predecessor_id = i.unit_id)
              WHEN 'AWAITING_LOCAL_OFFICE' THEN EXISTS (
                  SELECT 1 FROM reorganisation_change c
                  WHERE c.reorganisation_id = settling_id AND c.unit_id = i.unit_id AND c.kind <> 'CREATE')
              ELSE false END
        RETURNING 1
    )
    SELECT count(*)::integer FROM settled
$$;

-- What the decisions recorded so far settled (until now OpenItems computed it on every read), in the
-- order they took effect.
SELECT settle_open_items(id, applied_at) FROM reorganisation ORDER BY effective_month, applied_at, id;
