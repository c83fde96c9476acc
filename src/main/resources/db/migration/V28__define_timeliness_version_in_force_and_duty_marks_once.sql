-- Rules that both Java and the figures' SQL need, each written once for SQL. The Java side names
-- each function where it states the same rule, and RulesAgreementTest checks on the edge cases (the
-- last instant of the deadline day in Vietnam time, the first month of a version, a month with no
-- version, every duty mark) that the two give the same answers. Plain SQL functions without STRICT,
-- so that PostgreSQL inlines the expressions into the queries that call them; the version in force
-- is a query of its own (not inlined), which callers run once: (SELECT checklist_version_in_force(…)).

-- The first instant after a month's deadline day: the whole deadline day counts, in the given time
-- zone (tracker.time-zone). Java: ReportingPeriod.endOfDeadline.
CREATE FUNCTION deadline_end(deadline_date date, zone text) RETURNS timestamptz
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT (deadline_date + 1)::timestamp AT TIME ZONE zone
$$;

-- A unit's timeliness in a month (the names of Java's Timeliness), given the end of the month's
-- deadline day (deadline_end above: a query computes it once per month, not once per unit): from the
-- first submission's timestamp, or, with none, whether the deadline has passed at "now".
-- Java: ReportingPeriod.timeliness.
CREATE FUNCTION timeliness(first_submitted_at timestamptz, deadline_end timestamptz, now timestamptz)
    RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE
               WHEN first_submitted_at IS NULL THEN CASE WHEN now < deadline_end THEN 'NOT_DUE' ELSE 'MISSING' END
               WHEN first_submitted_at < deadline_end THEN 'ON_TIME'
               ELSE 'LATE' END
$$;

-- The checklist version in force in the month that starts on first_day: the latest one that took
-- effect by then and had not ended; null for a month before any version. The application reads the
-- version through this function too (ChecklistVersionRepository.findInForce).
CREATE FUNCTION checklist_version_in_force(first_day date) RETURNS bigint
    LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT id FROM checklist_version
    WHERE effective_from <= first_day AND (effective_to IS NULL OR effective_to >= first_day)
    ORDER BY effective_from DESC LIMIT 1
$$;

-- What a duty's letter in self_assessment.duty_marks (V21) counts as. Java: ComplianceStatus.
-- Done: reported fully done ("đầy đủ").
CREATE FUNCTION duty_mark_done(mark text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT mark = 'D'
$$;

-- Applicable: answered, and something under the duty happened this month (not "không phát sinh").
CREATE FUNCTION duty_mark_applicable(mark text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT mark IN ('D', 'P', 'N')
$$;

-- Answered: any status at all, "không phát sinh" included.
CREATE FUNCTION duty_mark_answered(mark text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT mark IN ('D', 'P', 'N', 'K')
$$;
