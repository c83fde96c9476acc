-- A unit's lineage: the unit and every unit it continued, through any number of reorganisations
-- (unit_succession, predecessor → successor). BHXH tỉnh Tuyên Quang of 07/2025 continues the
-- regional office of 04/2025, which continued the provincial offices of Hà Giang and Tuyên Quang.
-- Reading across lineage (who may read a predecessor's reports) and the trends that follow succession
-- both ask this one question, so it is answered once, here; Java asks it through
-- unit.UnitDirectory#lineageOf.
--
-- by_month: only the successions that took effect by then (the first day of a month), so that a
-- trend seen from 05/2024 does not yet count what merged in 04/2025; by default every succession.
-- generation: 0 for the unit itself, 1 for the units it directly continued, and so on; joined_on: the
-- day the succession that linked the unit took effect (null for the unit itself). A unit reached by
-- two paths comes once, at its nearest generation. Successions never form a cycle; the depth bound
-- only keeps a faulty row from looping the query.
CREATE FUNCTION unit_lineage(of_unit bigint, by_month date DEFAULT 'infinity')
    RETURNS TABLE (unit_id bigint, generation int, joined_on date)
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    WITH RECURSIVE lineage (unit_id, generation, joined_on) AS (
        SELECT of_unit, 0, NULL::date
        UNION ALL
        SELECT s.predecessor_id, l.generation + 1, s.effective_on
        FROM lineage l JOIN unit_succession s ON s.successor_id = l.unit_id
        WHERE l.generation < 32 AND s.effective_on <= by_month
    )
    SELECT DISTINCT ON (unit_id) unit_id, generation, joined_on
    FROM lineage ORDER BY unit_id, generation, joined_on
$$;
