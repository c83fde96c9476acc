package vn.bhxh.tracker.dashboard;

import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The units whose reports were returned for revision most often, for the dashboard. */
@Repository
@Transactional(readOnly = true)
public class MostReturned {

    /** The review decisions that returned a report of the months after {@code :from} up to {@code :to}, counted by unit. */
    private static final ScopedSql MOST_RETURNED = ScopedSql.of("""
            SELECT u.id, u.code, u.name, count(*) AS returns
            FROM review_decision d
            JOIN submission s ON s.id = d.submission_id
            JOIN self_assessment sa ON sa.id = s.self_assessment_id
            JOIN reporting_period p ON p.id = sa.period_id
            JOIN unit u ON u.id = sa.unit_id
            WHERE d.outcome = 'RETURN' AND p.month > :from AND p.month <= :to
              {inScope}
            GROUP BY u.id
            ORDER BY returns DESC, u.code
            LIMIT :limit
            """);

    private final NamedParameterJdbcTemplate jdbc;

    MostReturned(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Units whose reports were returned most often in the twelve months up to this one, at most {@code limit}. */
    public List<ReturnCount> mostReturned(YearMonth month, DashboardScope scope, int limit) {
        return jdbc.query(MOST_RETURNED.in(scope), new MapSqlParameterSource()
                        .addValue("from", month.minusMonths(12).atDay(1))
                        .addValue("to", month.atDay(1))
                        .addValue("provinceId", scope.provinceId())
                        .addValue("limit", limit),
                (rs, row) -> new ReturnCount(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getInt("returns")));
    }
}
