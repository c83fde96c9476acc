-- The oversight dashboard lists units whose indicators worsened three months running. Whether a
-- rise is bad depends on the indicator: more overdue feedback is worse, a higher completion rate
-- is better, and for many counts (inspections held, violations found) neither reading is sure.
-- worse_when names the direction that is a worsening; null where the indicator has none.
ALTER TABLE indicator ADD COLUMN worse_when varchar(8) CHECK (worse_when IN ('HIGHER', 'LOWER'));

UPDATE indicator i SET worse_when = v.worse_when
FROM duty d, checklist_version cv,
     (VALUES ('2a', 4, 'HIGHER'),  -- feedback overdue, not answered
             ('2b', 2, 'HIGHER'),  -- complaints about staff conduct found true
             ('2đ', 1, 'LOWER'),   -- share of assigned targets and plans completed
             ('2đ', 4, 'HIGHER'),  -- tasks overdue at the end of the month
             ('2e', 3, 'HIGHER'),  -- support files handled late
             ('2e', 4, 'HIGHER')   -- staff infected through negligence
     ) AS v (duty_code, position, worse_when)
WHERE d.id = i.duty_id AND cv.id = d.checklist_version_id AND cv.effective_from = DATE '2021-08-01'
  AND d.code = v.duty_code AND i.position = v.position;
