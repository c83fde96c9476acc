-- The dashboards chart each duty month by month. Reading seven duty reports for every report of
-- twelve months was most of the national dashboard's time, so each submitted report also keeps its
-- duties' statuses as one letter per duty, in the checklist's order: D fully done, P partly done,
-- N not done, K not applicable ("không phát sinh"), - not answered. Set at each submission, like the
-- counts of V20; null for a report never submitted.
ALTER TABLE self_assessment
    ADD COLUMN duty_marks varchar(64) CHECK (duty_marks ~ '^[DPNK-]*$');

-- The marks of one report from its duty reports; the application computes the same on submission.
CREATE FUNCTION duty_marks_of(report_id bigint) RETURNS varchar
    LANGUAGE sql STABLE AS $$
    SELECT string_agg(CASE dr.status WHEN 'DONE' THEN 'D' WHEN 'PARTIAL' THEN 'P' WHEN 'NOT_DONE' THEN 'N'
                                     WHEN 'NOT_APPLICABLE' THEN 'K' ELSE '-' END, '' ORDER BY d.position)
    FROM duty_report dr JOIN duty d ON d.id = dr.duty_id
    WHERE dr.self_assessment_id = report_id
$$;

UPDATE self_assessment SET duty_marks = duty_marks_of(id) WHERE state <> 'DRAFT';
