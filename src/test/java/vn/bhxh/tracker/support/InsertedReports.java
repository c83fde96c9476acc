package vn.bhxh.tracker.support;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reports written straight into the tables as a submission leaves them (the duty counts and marks
 * kept on the report), for the data sets whose figures a test's Javadoc counts by hand.
 */
public final class InsertedReports {

    private InsertedReports() {
    }

    /**
     * A report of the first checklist version (2021-08) with the given statuses for its seven duties
     * (null: not answered), made by the administrator; a draft keeps no counts. Answers its id.
     */
    public static long insert(JdbcTemplate jdbc, long unitId, long periodId, String state, Timestamp firstSubmitted,
                              String... statuses) {
        long admin = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'admin'", Long.class);
        long version = jdbc.queryForObject("SELECT id FROM checklist_version WHERE effective_from = DATE '2021-08-01'", Long.class);
        long id = jdbc.queryForObject("""
                INSERT INTO self_assessment (unit_id, period_id, checklist_version_id, state, first_submitted_at,
                    last_submitted_at, created_at, created_by_id, updated_at, updated_by_id)
                VALUES (?, ?, ?, ?, ?, ?, now(), ?, now(), ?) RETURNING id""", Long.class,
                unitId, periodId, version, state, firstSubmitted, firstSubmitted, admin, admin);
        List<Long> duties = jdbc.queryForList("SELECT id FROM duty WHERE checklist_version_id = ? ORDER BY position", Long.class, version);
        for (int i = 0; i < duties.size(); i++) {
            jdbc.update("INSERT INTO duty_report (self_assessment_id, duty_id, status) VALUES (?, ?, ?)", id, duties.get(i), statuses[i]);
        }
        // what a submission counts and keeps on the report
        jdbc.update("""
                UPDATE self_assessment SET
                    duties_applicable = (SELECT count(*) FROM duty_report WHERE self_assessment_id = ?
                                         AND status IN ('DONE', 'PARTIAL', 'NOT_DONE')),
                    duties_done = (SELECT count(*) FROM duty_report WHERE self_assessment_id = ? AND status = 'DONE'),
                    duty_marks = duty_marks_of(?)
                WHERE id = ? AND state <> 'DRAFT'""", id, id, id, id);
        return id;
    }
}
