package vn.bhxh.tracker.dashboard;

import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The units whose reports were returned for revision most often, for the dashboard. */
@Repository
@Transactional(readOnly = true)
public class MostReturned {

    /**
     * The review decisions that returned a report of the months after {@code :from} up to {@code :to},
     * counted by unit: each return on its report's month's tree (for a province, those of the months
     * the unit sat in it or in a unit of its lineage, as the twelve-month trend counts them), the unit
     * named as in the last of those months.
     */
    private static final ScopedSql MOST_RETURNED = ScopedSql.followingLineage("""
            SELECT u.unit_id AS id, unit.code, (array_agg(u.name ORDER BY p.month DESC))[1] AS name, count(*) AS returns
            FROM review_decision d
            JOIN submission s ON s.id = d.submission_id
            JOIN self_assessment sa ON sa.id = s.self_assessment_id
            JOIN reporting_period p ON p.id = sa.period_id
            JOIN unit_version u ON u.unit_id = sa.unit_id AND month_span_holds(u.valid_from, u.valid_to, p.month)
            JOIN unit ON unit.id = u.unit_id
            WHERE d.outcome = 'RETURN' AND p.month > :from AND p.month <= :to
              {inScope}
            GROUP BY u.unit_id, unit.code
            ORDER BY returns DESC, unit.code
            LIMIT :limit
            """);

    private final NamedParameterJdbcTemplate jdbc;

    private final UnitMonths unitMonths;

    MostReturned(NamedParameterJdbcTemplate jdbc, UnitMonths unitMonths) {
        this.jdbc = jdbc;
        this.unitMonths = unitMonths;
    }

    /** Units whose reports were returned most often in the twelve months up to this one, at most {@code limit}. */
    public List<ReturnCount> mostReturned(YearMonth month, DashboardScope scope, int limit) {
        return jdbc.query(MOST_RETURNED.in(scope), unitMonths.scopeParameters(scope, month)
                        .addValue("from", month.minusMonths(12).atDay(1))
                        .addValue("to", month.atDay(1))
                        .addValue("limit", limit),
                (rs, row) -> new ReturnCount(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getInt("returns")));
    }
}
