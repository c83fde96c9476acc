-- Whose row a merged unit's months are counted in, in a list over several months (the year to date,
-- its exports): issue 11, "the year to date across a reorganisation follows succession, so that like
-- is compared with like". Seen from a month (by_month, the first day of the list's last month), every
-- unit that had merged into another by then is given the unit its merges end at; any other unit is its
-- own row, and is not returned. The year's queries (dashboard.YearFigures) ask it, and nothing else
-- decides a row.
--
-- A unit merged when it ended into exactly one successor (a MERGE line; a SUCCEED line of V36, naming
-- the one unit that took over a closed unit's tasks, counts the same), through the successions that
-- took effect by by_month. A chain of merges ends at the first unit that did not merge by then: the
-- unit in force, or one that ended otherwise (closed, or split). H002 merged into H001 in 06/2023:
-- seen from 12/2023, H002's months of 01–05/2023 are H001's row's; T02 (Hà Giang) merged into T08
-- (Tuyên Quang) in 04/2025: seen from 12/2025, T02's 01–03/2025 are T08's row's, for the country as for
-- Tuyên Quang's scope. A unit that split (several successors) cannot be given to one of them: it is not
-- returned and keeps its own row, so that no month is counted twice; a unit that merged into one that
-- later split is counted in the split unit's row.
--
-- Most merges are one step (H002 → H001): the successor did not merge on, and it is the row. A longer
-- chain (H073 → H074 → H076) is followed through V33's unit_lineage, never another walk of
-- unit_succession: asked only of the chain ends that a chain of two merges or more reaches (a lineage
-- costs about as much as a small query, and a decision may merge hundreds of district offices in one
-- step), each unit of such a chain taken at the chain end that continued it at the nearest generation,
-- which is the first unit on its way forward that did not merge (any later one continued it through
-- that one).
CREATE FUNCTION unit_merged_into(by_month date)
    RETURNS TABLE (unit_id bigint, merged_into bigint)
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    WITH merged AS (
        SELECT s.predecessor_id AS unit_id, min(s.successor_id) AS successor_id
        FROM unit_succession s
        WHERE s.effective_on <= by_month
        GROUP BY s.predecessor_id
        HAVING count(*) = 1
    ), one_step AS (
        -- the successor did not merge on (it has no successor by then, or several): it ends the chain;
        -- longer: the merged unit had been succeeded into itself, so the chain may be longer
        SELECT m.unit_id, m.successor_id AS merged_into,
               EXISTS (SELECT 1 FROM unit_succession earlier
                       WHERE earlier.successor_id = m.unit_id AND earlier.effective_on <= by_month) AS longer
        FROM merged m
        WHERE (SELECT count(*) FROM unit_succession further
               WHERE further.predecessor_id = m.successor_id AND further.effective_on <= by_month) <> 1
    )
    SELECT o.unit_id, o.merged_into FROM one_step o
    UNION ALL
    SELECT * FROM (
        SELECT DISTINCT ON (continued.unit_id) continued.unit_id, chain_end.merged_into
        FROM (SELECT DISTINCT o.merged_into FROM one_step o WHERE o.longer) chain_end
        CROSS JOIN LATERAL unit_lineage(chain_end.merged_into, by_month) continued
        JOIN merged ON merged.unit_id = continued.unit_id
        WHERE NOT EXISTS (SELECT 1 FROM one_step o WHERE o.unit_id = continued.unit_id)
        ORDER BY continued.unit_id, continued.generation
    ) longer
$$;
