package vn.bhxh.tracker.dashboard;

import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.reporting.ComplianceStatus;

/**
 * The units × duties matrix of a month: its headings (the duty codes in force) and its cells (each
 * report's duty statuses as last submitted), read from the marks a report keeps at each submission.
 */
@Repository
@Transactional(readOnly = true)
public class DutyMatrix {

    /**
     * {@code WITH numbered_duty AS (…)}: each duty numbered in its checklist version's order, as
     * {@code n}; the n-th letter of a report's {@code duty_marks} is that duty's status
     * ({@link ComplianceStatus#ofMark}). The duty tallies of {@link Trends} and {@link YearFigures}
     * start with it too.
     */
    static final String WITH_NUMBERED_DUTY = """
            WITH numbered_duty AS (
                SELECT id, code, checklist_version_id,
                       CAST(row_number() OVER (PARTITION BY checklist_version_id ORDER BY position) AS int) AS n
                FROM duty
            )
            """;

    private static final String DUTY_CODES = """
            SELECT d.code
            FROM duty d
            WHERE d.checklist_version_id = (SELECT checklist_version_in_force(:month))
            ORDER BY d.position
            """;

    private static final String DUTY_STATUSES = WITH_NUMBERED_DUTY + """
            SELECT sa.id, d.code, substr(sa.duty_marks, d.n, 1) AS mark
            FROM self_assessment sa
            JOIN numbered_duty d ON d.checklist_version_id = sa.checklist_version_id
            WHERE sa.id IN (:ids) AND sa.duty_marks IS NOT NULL
            ORDER BY sa.id, d.n
            """;

    private final NamedParameterJdbcTemplate jdbc;

    DutyMatrix(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The duty codes of the checklist version in force in the month, in order, for the matrix's headings. */
    public List<String> dutyCodes(YearMonth month) {
        return jdbc.queryForList(DUTY_CODES, new MapSqlParameterSource("month", month.atDay(1)), String.class);
    }

    /**
     * The duty statuses of reports as last submitted, by report id, then by duty code, in the
     * directive's order. They come from the marks kept at each submission, never from the duty reports:
     * a returned report's revision in progress is its unit's until it is submitted again. A report
     * never submitted has none.
     */
    public Map<Long, Map<String, ComplianceStatus>> dutyStatuses(Collection<Long> reportIds) {
        Map<Long, Map<String, ComplianceStatus>> byReport = new HashMap<>();
        if (reportIds.isEmpty()) {
            return byReport;
        }
        jdbc.query(DUTY_STATUSES, new MapSqlParameterSource("ids", reportIds), (ResultSet rs) -> {
            String mark = rs.getString("mark");
            byReport.computeIfAbsent(rs.getLong("id"), id -> new LinkedHashMap<>())
                    .put(rs.getString("code"), mark == null || mark.isEmpty() ? null : ComplianceStatus.ofMark(mark.charAt(0)));
        });
        return byReport;
    }
}
