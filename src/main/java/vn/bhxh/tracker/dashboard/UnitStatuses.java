package vn.bhxh.tracker.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.reporting.SelfAssessmentState;
import vn.bhxh.tracker.reporting.Timeliness;
import vn.bhxh.tracker.unit.UnitLevel;

/**
 * The units behind a figure of a month, each with its report's state and timeliness: the
 * {@link UnitMonths unit-months} of one month, filtered by the figure ({@code {figure}}, a fixed
 * {@link UnitFilter} condition) and optionally a level, sorted by a fixed {@link UnitOrder}
 * ({@code {orderBy}}), a page at a time.
 */
@Repository
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class UnitStatuses {

    private static final ScopedSql COUNT = ScopedSql.of(UnitMonths.WITH_UNIT_MONTH + """
            SELECT count(*)
            FROM unit_month x
            WHERE {figure} AND (CAST(:level AS varchar) IS NULL OR x.level = :level)
            """);

    /** The page's rows, then the name of the unit above each, in the month. */
    private static final ScopedSql PAGE = ScopedSql.of(UnitMonths.WITH_UNIT_MONTH + """
            SELECT x.*, parent_version.name AS parent_name
            FROM (SELECT x.*
                  FROM unit_month x
                  WHERE {figure} AND (CAST(:level AS varchar) IS NULL OR x.level = :level)
                  ORDER BY {orderBy}
                  LIMIT :limit OFFSET :offset) x
            """ + UnitMonths.JOIN_PARENT_NAME + """
            ORDER BY {orderBy}
            """);

    private final UnitMonths unitMonths;

    UnitStatuses(UnitMonths unitMonths) {
        this.unitMonths = unitMonths;
    }

    /** One page of the units behind a figure, optionally of one level, in the hierarchy's order. */
    public Page<UnitStatus> units(YearMonth month, DashboardScope scope, UnitFilter filter, UnitLevel level,
                                  Pageable pageable) {
        return units(month, scope, filter, level, UnitOrder.HIERARCHY, pageable);
    }

    /** One page of the units behind a figure, in the given order. */
    public Page<UnitStatus> units(YearMonth month, DashboardScope scope, UnitFilter filter, UnitLevel level,
                                  UnitOrder order, Pageable pageable) {
        return unitMonths.page(COUNT.in(scope).replace("{figure}", filter.condition),
                PAGE.in(scope).replace("{figure}", filter.condition).replace("{orderBy}", order.orderBy),
                MonthRange.of(month), scope, level, pageable, UnitStatuses::unitStatus);
    }

    /** Every unit of the scope that had to report in the month, in the hierarchy's order, for exports, the API and reminders. */
    public List<UnitStatus> allUnits(YearMonth month, DashboardScope scope) {
        return units(month, scope, UnitFilter.EXPECTED, null, Pageable.ofSize(100_000)).getContent();
    }

    private static UnitStatus unitStatus(ResultSet rs, int row) throws SQLException {
        String state = rs.getString("state");
        Long reportId = rs.getObject("report_id", Long.class);
        return new UnitStatus(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                UnitLevel.valueOf(rs.getString("level")), rs.getString("parent_code"), rs.getString("parent_name"),
                reportId, state == null ? null : SelfAssessmentState.valueOf(state),
                Timeliness.valueOf(rs.getString("timeliness")), rs.getInt("applicable"), rs.getInt("done"));
    }
}
