-- Who reads a unit's report of a month whole (drafts and revisions not yet submitted included), the
-- one rule for reading across lineage (issue 11): the queries of the reporting module ask it, and Java
-- asks it through them (reporting.SelfAssessments#readsWhole), so that it is written here only.
--
-- reader_unit: the reader's unit; oversees: whether the reader is the director of that unit's province
-- (a provincial office). Reviewers and executives read every unit's submitted reports besides, which
-- is not this function's question.
--
-- A unit leader reads the reports of their unit and of every unit it continued (unit_lineage): the
-- head of BHXH tỉnh Tuyên Quang (T08) reads Hà Giang's office's (T02, merged into it in 04/2025), the
-- head of each unit a split made reads the split unit's; never a sibling's, nor any other unit's.
--
-- A provincial director reads, for a month, the reports of every unit that was under their office or
-- under an office it continued (its lineage) in that month or later, and of every unit such a unit
-- continued, and those of the offices themselves. So a district office that moved from P1 to P2 in
-- month M brings its history with it: P2's director reads all its months; P1's director reads its
-- months before M, not those from M on, when it is no longer P1's. T08's director reads Hà Giang's
-- office's reports and those of its district offices of the months before 04/2025.
--
-- An unknown reader (-1, say) reads nothing.
CREATE FUNCTION reads_report_whole(reader_unit bigint, oversees boolean, report_unit bigint, month_start date)
    RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN oversees THEN EXISTS (
                SELECT 1
                FROM unit_lineage(reader_unit) office
                CROSS JOIN LATERAL (
                    SELECT office.unit_id AS unit_id
                    UNION
                    -- under the office in the month or in a later one
                    SELECT v.unit_id FROM unit_version v
                    WHERE v.parent_id = office.unit_id AND (v.valid_to IS NULL OR v.valid_to > month_start)
                ) held
                CROSS JOIN LATERAL unit_lineage(held.unit_id) continued
                WHERE continued.unit_id = report_unit)
           ELSE EXISTS (SELECT 1 FROM unit_lineage(reader_unit) own WHERE own.unit_id = report_unit)
           END
$$;
