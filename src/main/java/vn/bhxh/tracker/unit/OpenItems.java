package vn.bhxh.tracker.unit;

import java.time.Clock;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a reorganisation left for the administrator to settle ({@code reorganisation_open_item}, V30):
 * the units that closed with no successor named, the district offices still waiting for their BHXH
 * cơ sở, and the accounts of units that closed with no successor. The rule "an item is still open" is
 * written once, here ({@link #STILL_OPEN}): not marked settled, and for a unit, not yet settled by a
 * later decision (a succession recorded from the closed unit; a new version or the end of the district
 * office). An account's item is settled when the administrator moves the account to another unit
 * ({@link #settleUser}).
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class OpenItems {

    /** What is left open; the order in which the administrator's page lists them. */
    @NamedInterface(name = "api", propagate = false)
    public enum Kind {
        /** A unit closed and the decision names no successor (the three central units of 03/2025). */
        CLOSED_WITHOUT_SUCCESSOR,
        /** An account whose unit closed with no successor to move it to. */
        USER_IN_CLOSED_UNIT,
        /** A district office whose BHXH cơ sở is not known yet (every district office of 07/2025). */
        AWAITING_LOCAL_OFFICE
    }

    /**
     * One open item: the decision that left it, the unit as its latest version names it (with the unit
     * above it then, if any) and, for an account's item, the account's id (its name is the account
     * module's to give).
     */
    @NamedInterface(name = "api", propagate = false)
    public record Item(long id, Kind kind, String decisionNumber, YearMonth effectiveMonth, long unitId,
                       String unitCode, String unitName, String parentName, Long userId) {
    }

    /** Whether the item {@code i} of decision {@code r} is still open. */
    private static final String STILL_OPEN = """
            i.resolved_at IS NULL
              AND CASE i.kind
                  WHEN 'CLOSED_WITHOUT_SUCCESSOR' THEN NOT EXISTS (
                      SELECT 1 FROM unit_succession s WHERE s.predecessor_id = i.unit_id)
                  WHEN 'AWAITING_LOCAL_OFFICE' THEN EXISTS (
                      SELECT 1 FROM unit_version v
                      WHERE v.unit_id = i.unit_id AND v.valid_to IS NULL AND v.valid_from < r.effective_month)
                  ELSE true END""";

    private static final String COUNTS = """
            SELECT i.kind, count(*) AS items
            FROM reorganisation_open_item i JOIN reorganisation r ON r.id = i.reorganisation_id
            WHERE %s
            GROUP BY i.kind
            """.formatted(STILL_OPEN);

    /**
     * One page of the open items of a kind (:kind, '' for all), in {@link Kind}'s order, then by unit
     * code; each unit named by its latest version, with the unit above it then.
     */
    private static final String PAGE = """
            SELECT i.id, i.kind, r.decision_number, r.effective_month, i.unit_id, u.code,
                   latest.name AS unit_name, parent.name AS parent_name, i.user_account_id
            FROM reorganisation_open_item i JOIN reorganisation r ON r.id = i.reorganisation_id
            JOIN unit u ON u.id = i.unit_id
            CROSS JOIN LATERAL (SELECT v.name, v.parent_id FROM unit_version v WHERE v.unit_id = i.unit_id
                                ORDER BY v.valid_from DESC LIMIT 1) latest
            LEFT JOIN LATERAL (SELECT pv.name FROM unit_version pv WHERE pv.unit_id = latest.parent_id
                               ORDER BY pv.valid_from DESC LIMIT 1) parent ON true
            WHERE (:kind = '' OR i.kind = :kind)
              AND %s
            ORDER BY array_position(ARRAY[%s], i.kind::text), u.code, i.user_account_id, i.id
            LIMIT :limit OFFSET :offset
            """.formatted(STILL_OPEN,
            Arrays.stream(Kind.values()).map(kind -> "'" + kind.name() + "'").collect(Collectors.joining(", ")));

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    OpenItems(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How many items of each kind are still open: every kind, in {@link Kind}'s order, none as 0. */
    public Map<Kind, Long> counts() {
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            counts.put(kind, 0L);
        }
        jdbc.query(COUNTS, (rs, row) -> counts.put(Kind.valueOf(rs.getString("kind")), rs.getLong("items")));
        return counts;
    }

    /** The open items of a kind (null: of every kind), a page at a time. */
    public Page<Item> list(Kind kind, Pageable pageable) {
        Map<Kind, Long> counts = counts();
        long total = kind == null ? counts.values().stream().mapToLong(Long::longValue).sum() : counts.get(kind);
        List<Item> items = jdbc.query(PAGE, new MapSqlParameterSource()
                        .addValue("kind", kind == null ? "" : kind.name())
                        .addValue("limit", pageable.getPageSize())
                        .addValue("offset", pageable.getOffset()),
                (rs, row) -> new Item(rs.getLong("id"), Kind.valueOf(rs.getString("kind")), rs.getString("decision_number"),
                        YearMonth.from(rs.getDate("effective_month").toLocalDate()), rs.getLong("unit_id"),
                        rs.getString("code"), rs.getString("unit_name"), rs.getString("parent_name"),
                        rs.getObject("user_account_id", Long.class)));
        return new PageImpl<>(items, pageable, total);
    }

    /**
     * The account was placed in another unit by an administrator ({@code settledBy}): its items are
     * settled. Nothing happens for an account with none.
     */
    @Transactional
    public void settleUser(long userId, Long settledBy) {
        jdbc.update("""
                UPDATE reorganisation_open_item SET resolved_at = :now, resolved_by = :settledBy
                WHERE user_account_id = :userId AND kind = 'USER_IN_CLOSED_UNIT' AND resolved_at IS NULL""",
                new MapSqlParameterSource().addValue("now", Timestamp.from(clock.instant()))
                        .addValue("settledBy", settledBy).addValue("userId", userId));
    }
}
