package vn.bhxh.tracker.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.bhxh.tracker.reporting.ReportingPeriods;
import vn.bhxh.tracker.support.InsertedReports;

/**
 * A known data set, created once and shared by the dashboard's tests: the province of Hà Giang (its
 * office and 11 district offices) in August, September and October 2021, which no other test
 * touches. Deadlines: the 5th of the next month, the whole day counting in Vietnam's time.
 *
 * <pre>
 * August 2021
 * T02  accepted, first submitted 02/09       on time   duties: 7 done
 * d1   submitted, first submitted 07/09       late      duties: 4 done, 3 partial
 * d2…d11 no report                            missing
 * => expected 12, on time 1, late 1, missing 10, accepted 1, waiting 1, compliance 11 / 14 = 78.6 %
 *
 * September 2021
 * T02  accepted, first submitted 05/10 23:00  on time   duties: 5 done, 1 partial, 1 not applicable
 * d1   submitted, first submitted 06/10 00:30 late      duties: 7 done
 * d2   returned,  first submitted 01/10       on time   duties: 3 done, 4 not done; returned once
 * d3   draft                                  missing
 * d4…d11 no report                            missing
 * => expected 12, on time 2, late 1, missing 9, returned 1, accepted 1, waiting 1,
 *    compliance (5 + 7 + 3) / (6 + 7 + 7) = 75.0 %
 *
 * October 2021
 * T02  submitted, first submitted 04/11       on time   duties: 7 done
 * d1   accepted,  first submitted 05/11 08:00 on time   duties: 6 done, 1 not done
 * d2   no report                              missing
 * d3   returned,  first submitted 06/11       late      duties: 3 done, 2 partial, 2 not applicable
 * d4…d11 no report                            missing
 * => expected 12, on time 2, late 1, missing 9, returned 1, accepted 1, waiting 1, compliance 16 / 19
 *
 * The year to October: 36 unit-months, on time 5, late 3, missing 28, returned 2, accepted 3,
 * waiting 3, compliance 42 / 53 = 79.2 %; d3: 2 missing, 1 late.
 *
 * The year to date (January to September 2021; the first period is August's)
 * => 24 unit-months expected, on time 3, late 2, missing 19, returned 1, accepted 2, waiting 2,
 *    compliance (11 + 15) / (14 + 20) = 76.5 %
 * T02  2 on time, 12 / 13 duties fully done (2e: 1/2, 2g: 1/1)
 * d1   2 late, 11 / 14 (2a: 2/2, 2e: 1/2)
 * d2   1 on time, 1 missing, 3 / 7 (2d: 0/1)
 * d3   2 missing (a draft in September)
 * </pre>
 */
public final class HaGiang2021 {

    public static final YearMonth MONTH = YearMonth.of(2021, 9);
    public static final YearMonth AUGUST = YearMonth.of(2021, 8);
    public static final YearMonth OCTOBER = YearMonth.of(2021, 10);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcTemplate jdbc;

    /** Hà Giang's provincial office (T02). */
    public final long haGiang;

    private HaGiang2021(JdbcTemplate jdbc, long haGiang) {
        this.jdbc = jdbc;
        this.haGiang = haGiang;
    }

    /** The data set, created on first use (the database is shared by the whole run). */
    public static synchronized HaGiang2021 ensure(JdbcTemplate jdbc, ReportingPeriods periods) {
        long haGiang = jdbc.queryForObject("SELECT id FROM unit WHERE code = 'T02'", Long.class);
        HaGiang2021 data = new HaGiang2021(jdbc, haGiang);
        long augustId = periods.open(AUGUST).id();
        long periodId = periods.open(MONTH).id();
        long octoberId = periods.open(OCTOBER).id();
        if (jdbc.queryForObject("SELECT count(*) FROM self_assessment WHERE period_id = ?", Integer.class, periodId) > 0) {
            return data;
        }
        // Hà Giang's district offices as they were in the month (from 04/2025 they are under Tuyên Quang's office)
        List<Long> districts = jdbc.queryForList("SELECT unit_id FROM unit_tree(?) WHERE parent_id = ? ORDER BY code",
                Long.class, MONTH.atDay(1), haGiang);
        assertThat(districts).hasSize(11);
        long augustOffice = data.report(haGiang, augustId, "ACCEPTED", at(9, 2, 10, 0), "DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE");
        data.report(districts.get(0), augustId, "SUBMITTED", at(9, 7, 8, 0), "DONE", "DONE", "DONE", "DONE", "PARTIAL", "PARTIAL", "PARTIAL");
        data.decision(augustOffice, "ACCEPT");
        long office = data.report(haGiang, periodId, "ACCEPTED", at(5, 23, 0), "DONE", "DONE", "DONE", "DONE", "DONE", "PARTIAL", "NOT_APPLICABLE");
        data.report(districts.get(0), periodId, "SUBMITTED", at(6, 0, 30), "DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE");
        long returned = data.report(districts.get(1), periodId, "RETURNED", at(1, 9, 0), "DONE", "DONE", "DONE", "NOT_DONE", "NOT_DONE", "NOT_DONE", "NOT_DONE");
        data.report(districts.get(2), periodId, "DRAFT", null, "DONE", null, null, null, null, null, null);
        data.decision(returned, "RETURN");
        data.decision(office, "ACCEPT");

        data.report(haGiang, octoberId, "SUBMITTED", at(11, 4, 10, 0), "DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "DONE");
        long octoberAccepted = data.report(districts.get(0), octoberId, "ACCEPTED", at(11, 5, 8, 0),
                "DONE", "DONE", "DONE", "DONE", "DONE", "DONE", "NOT_DONE");
        long octoberReturned = data.report(districts.get(2), octoberId, "RETURNED", at(11, 6, 9, 0),
                "DONE", "DONE", "DONE", "PARTIAL", "PARTIAL", "NOT_APPLICABLE", "NOT_APPLICABLE");
        data.decision(octoberAccepted, "ACCEPT");
        data.decision(octoberReturned, "RETURN");
        return data;
    }

    /** The code of the index-th district office in effect in the month, in code order (0: late, 1: returned). */
    public String districtCode(int index) {
        return jdbc.queryForList("SELECT code FROM unit_tree(?) WHERE parent_id = ? ORDER BY code",
                String.class, MONTH.atDay(1), haGiang).get(index);
    }

    /** The name of the index-th district office, as {@link #districtCode(int)}. */
    public String districtName(int index) {
        return jdbc.queryForObject("SELECT name FROM unit_tree(?) WHERE code = ?", String.class, MONTH.atDay(1),
                districtCode(index));
    }

    private static Timestamp at(int octoberDay, int hour, int minute) {
        return at(10, octoberDay, hour, minute);
    }

    private static Timestamp at(int month, int day, int hour, int minute) {
        return Timestamp.from(ZonedDateTime.of(2021, month, day, hour, minute, 0, 0, VIETNAM).toInstant());
    }

    private long report(long unitId, long periodId, String state, Timestamp firstSubmitted, String... statuses) {
        return InsertedReports.insert(jdbc, unitId, periodId, state, firstSubmitted, statuses);
    }

    private void decision(long assessmentId, String outcome) {
        long tccb = jdbc.queryForObject("SELECT id FROM user_account WHERE username = 'tccb'", Long.class);
        long submission = jdbc.queryForObject("""
                INSERT INTO submission (self_assessment_id, number, submitted_at, submitted_by_id, snapshot)
                VALUES (?, 1, now(), ?, '{"duties": []}'::jsonb) RETURNING id""", Long.class, assessmentId, tccb);
        jdbc.update("INSERT INTO review_decision (submission_id, outcome, decided_at, decided_by_id) VALUES (?, ?, now(), ?)",
                submission, outcome, tccb);
    }
}
