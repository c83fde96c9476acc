-- The units whose reports of a month a reader's unit reads whole, as a set: reads_report_whole (V34)
-- answered it for one unit at a time, so a provincial director's month page, which lists every unit
-- whose report of the month its director reads (issue 11), would have asked it for each unit in force.
-- The rule moves here unchanged, and reads_report_whole asks this function, so that it is still
-- written once: the list and the reading of one report cannot disagree.
--
-- For a provincial director (oversees): the office and every office it continued (unit_lineage), every
-- unit under one of them in the month or in a later one, and every unit such a unit continued. So a
-- district office that moved from P1 to P2 in month M is P2's for all its months and P1's for those
-- before M. For a unit leader: their unit's lineage. The set holds units that were not in force in the
-- month too (one created later under the office, say): whoever lists a month's units keeps those in
-- force that month.
CREATE FUNCTION units_read_whole(reader_unit bigint, oversees boolean, month_start date)
    RETURNS TABLE (unit_id bigint)
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT continued.unit_id
    FROM unit_lineage(reader_unit) office
    CROSS JOIN LATERAL (
        SELECT office.unit_id AS unit_id
        UNION
        -- under the office in the month or in a later one
        SELECT v.unit_id FROM unit_version v
        WHERE v.parent_id = office.unit_id AND (v.valid_to IS NULL OR v.valid_to > month_start)
    ) held
    CROSS JOIN LATERAL unit_lineage(held.unit_id) continued
    WHERE oversees
    UNION
    SELECT own.unit_id FROM unit_lineage(reader_unit) own WHERE NOT oversees
$$;

CREATE OR REPLACE FUNCTION reads_report_whole(reader_unit bigint, oversees boolean, report_unit bigint, month_start date)
    RETURNS boolean
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT EXISTS (SELECT 1 FROM units_read_whole(reader_unit, oversees, month_start) readable
                   WHERE readable.unit_id = report_unit)
$$;
