-- Consistency between indicators of one duty: a value may not exceed another's (e.g. feedback
-- answered on time cannot exceed feedback received). Checked when a self-assessment is submitted.
ALTER TABLE indicator ADD COLUMN at_most_indicator_id bigint REFERENCES indicator (id);

UPDATE indicator i SET at_most_indicator_id = bound.id
FROM duty d, indicator bound
WHERE i.duty_id = d.id AND bound.duty_id = d.id
  AND (d.code, i.position, bound.position) IN (
      ('2a', 3, 2),  -- answered on time <= received
      ('2a', 4, 2),  -- overdue <= received
      ('2b', 2, 1),  -- substantiated <= received
      ('2b', 3, 1),  -- handled <= received
      ('2đ', 3, 2),  -- done on time <= due
      ('2e', 3, 2)   -- handled late <= received
  );
