package vn.bhxh.tracker.unit.reorganisation;

import java.sql.Date;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.bhxh.tracker.unit.UnitLevel;

/** Reads a month's {@link MonthTree}: two queries, whatever the number of units. */
@Repository
class MonthTrees {

    private final NamedParameterJdbcTemplate jdbc;

    MonthTrees(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    MonthTree of(YearMonth month) {
        // the rows of unit_tree(month), with the span of each version (month_span_holds, V29)
        List<MonthTree.TreeUnit> inForce = jdbc.query("""
                SELECT v.unit_id, u.code, v.name, v.level, v.parent_id, v.valid_from, v.valid_to
                FROM unit_version v JOIN unit u ON u.id = v.unit_id
                WHERE month_span_holds(v.valid_from, v.valid_to, :month)""",
                new MapSqlParameterSource("month", Date.valueOf(month.atDay(1))), (rs, row) -> {
                    Date validTo = rs.getDate("valid_to");
                    return new MonthTree.TreeUnit(rs.getLong("unit_id"), rs.getString("code"), rs.getString("name"),
                            UnitLevel.valueOf(rs.getString("level")), rs.getObject("parent_id", Long.class),
                            YearMonth.from(rs.getDate("valid_from").toLocalDate()),
                            validTo == null ? null : YearMonth.from(validTo.toLocalDate()));
                });
        List<String> codes = jdbc.queryForList("SELECT code FROM unit", new MapSqlParameterSource(), String.class);
        return new MonthTree(month, inForce, new HashSet<>(codes));
    }
}
