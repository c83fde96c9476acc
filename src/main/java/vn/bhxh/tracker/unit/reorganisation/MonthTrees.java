package vn.bhxh.tracker.unit.reorganisation;

import java.sql.Date;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.bhxh.tracker.unit.UnitLevel;

/** Reads a month's {@link MonthTree}: four queries, whatever the number of units. */
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
        // the units whose last version ended by the month: every version of theirs is before it
        List<MonthTree.EndedUnit> ended = jdbc.query("""
                SELECT u.id, u.code, v.name, v.valid_to FROM unit u
                JOIN LATERAL (SELECT name, valid_to FROM unit_version WHERE unit_id = u.id ORDER BY valid_from DESC LIMIT 1) v ON true
                WHERE v.valid_to <= :month""", new MapSqlParameterSource("month", Date.valueOf(month.atDay(1))),
                (rs, row) -> new MonthTree.EndedUnit(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        YearMonth.from(rs.getDate("valid_to").toLocalDate())));
        List<MonthTree.Succession> successions = jdbc.query("""
                SELECT p.code AS predecessor, s.code AS successor, l.effective_on FROM unit_succession l
                JOIN unit p ON p.id = l.predecessor_id JOIN unit s ON s.id = l.successor_id""", new MapSqlParameterSource(),
                (rs, row) -> new MonthTree.Succession(rs.getString("predecessor"), rs.getString("successor"),
                        YearMonth.from(rs.getDate("effective_on").toLocalDate())));
        return new MonthTree(month, inForce, new HashSet<>(codes), ended, successions);
    }
}
