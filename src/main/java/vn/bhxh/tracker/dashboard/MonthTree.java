package vn.bhxh.tracker.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.unit.UnitDirectory;
import vn.bhxh.tracker.unit.UnitLevel;
import vn.bhxh.tracker.unit.UnitRef;

/**
 * The provincial offices that a month's figures are narrowed to, as that month's tree gives them
 * ({@code unit_tree}, V29): the ones a page for the month offers, and the one it names in its title,
 * so that the pages, exports and API of 05/2023 offer and name the provinces of 05/2023.
 */
@Repository
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class MonthTree {

    private static final String PROVINCES = """
            SELECT t.unit_id, t.code, t.name, t.level
            FROM unit_tree(:month) t
            WHERE t.level = 'PROVINCE'
            ORDER BY t.code
            """;

    private static final String PROVINCE_BY_CODE = """
            SELECT t.unit_id, t.code, t.name, t.level
            FROM unit_tree(:month) t
            WHERE t.level = 'PROVINCE' AND t.code = :code
            """;


    private final NamedParameterJdbcTemplate jdbc;
    private final UnitDirectory units;

    MonthTree(NamedParameterJdbcTemplate jdbc, UnitDirectory units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** The provincial offices in force in the month, by code, with the month's names. */
    public List<UnitRef> provinces(YearMonth month) {
        return jdbc.query(PROVINCES, new MapSqlParameterSource("month", month.atDay(1)), MonthTree::unitRef);
    }

    /** The provincial office with this code in the month; none if no unit of that code was one then. */
    public Optional<UnitRef> province(YearMonth month, String code) {
        return jdbc.query(PROVINCE_BY_CODE, new MapSqlParameterSource("month", month.atDay(1)).addValue("code", code),
                MonthTree::unitRef).stream().findFirst();
    }

    /**
     * The unit a scope is narrowed to, as it was in the month ({@link UnitDirectory#refOf(Long, YearMonth)}:
     * for a month it was not in force in, its nearest version); none for the whole country or an unknown id.
     */
    public Optional<UnitRef> scopeUnit(YearMonth month, DashboardScope scope) {
        return scope.isNational() ? Optional.empty() : units.refOf(scope.provinceId(), month);
    }

    private static UnitRef unitRef(ResultSet rs, int row) throws SQLException {
        return new UnitRef(rs.getLong("unit_id"), rs.getString("code"), rs.getString("name"),
                UnitLevel.valueOf(rs.getString("level")));
    }
}
