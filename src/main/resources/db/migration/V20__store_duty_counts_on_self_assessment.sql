-- The dashboards count, for every report, its applicable duties and those fully done. Counting
-- duty reports for hundreds of units and twelve months on every page was the bulk of their time;
-- the counts are now kept on the report when it is submitted (they only change on submission).
ALTER TABLE self_assessment
    ADD COLUMN duties_applicable int NOT NULL DEFAULT 0 CHECK (duties_applicable >= 0),
    ADD COLUMN duties_done       int NOT NULL DEFAULT 0 CHECK (duties_done >= 0 AND duties_done <= duties_applicable);

UPDATE self_assessment sa
SET duties_applicable = c.applicable, duties_done = c.done
FROM (SELECT self_assessment_id,
             count(*) FILTER (WHERE status IN ('DONE', 'PARTIAL', 'NOT_DONE')) AS applicable,
             count(*) FILTER (WHERE status = 'DONE') AS done
      FROM duty_report GROUP BY self_assessment_id) c
WHERE c.self_assessment_id = sa.id AND sa.state <> 'DRAFT';
