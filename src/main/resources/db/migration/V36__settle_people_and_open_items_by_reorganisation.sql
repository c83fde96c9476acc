-- People follow their units at the month a reorganisation takes effect, not when it is applied
-- (issue 11, point 4).

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
