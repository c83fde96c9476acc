package vn.bhxh.tracker.dashboard;

import java.sql.Date;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The months of a range in which a province's lineage changed, which its figures over several months
 * mark ({@link ScopedSql#followingLineage}: from such a month on, other units are counted): a unit
 * joined it (a succession into a unit of its lineage, as the lineage stood in the range's last month,
 * took effect), or one of those units got a new version under a decision (renamed, moved, created). Each
 * with the decision's number, in one sentence the trend, the year page and the exports show as text.
 * None for the whole country, whose figures count every month's own tree.
 */
@Repository
@Transactional(readOnly = true)
public class LineageMarks {

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MM/yyyy");

    /**
     * One row per change: a unit that joined ({@code joined_code}, named as it last was) or a new version
     * ({@code new_name}, {@code renamed}: the name differs from the version before, none before: created).
     */
    private static final String CHANGES = """
            SELECT c.month, r.decision_number, c.joined_code, c.joined_name, c.new_name, c.renamed, c.created
            FROM (SELECT s.effective_on AS month, s.reorganisation_id, joined.code AS joined_code,
                         joined_version.name AS joined_name, NULL AS new_name, false AS renamed, false AS created
                  FROM unit_succession s
                  JOIN unit joined ON joined.id = s.predecessor_id
                  LEFT JOIN unit_version joined_version ON joined_version.unit_id = s.predecessor_id
                       AND joined_version.valid_to = s.effective_on
                  WHERE s.successor_id IN (:lineage)
                    AND s.effective_on BETWEEN :firstMonth AND :lastMonth
                  UNION ALL
                  SELECT v.valid_from, v.reorganisation_id, NULL, NULL, v.name,
                         before.name IS DISTINCT FROM v.name, before.id IS NULL
                  FROM unit_version v
                  LEFT JOIN unit_version before ON before.unit_id = v.unit_id AND before.valid_to = v.valid_from
                  WHERE v.unit_id IN (:lineage) AND v.reorganisation_id IS NOT NULL
                    AND v.valid_from BETWEEN :firstMonth AND :lastMonth) c
            LEFT JOIN reorganisation r ON r.id = c.reorganisation_id
            ORDER BY c.month, r.decision_number, c.joined_code NULLS LAST, c.new_name
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final MessageSource messages;
    private final UnitMonths unitMonths;

    LineageMarks(NamedParameterJdbcTemplate jdbc, MessageSource messages, UnitMonths unitMonths) {
        this.jdbc = jdbc;
        this.unitMonths = unitMonths;
        this.messages = messages;
    }

    /**
     * The months of the range in which the scope's province's lineage changed, oldest first, each
     * written in the given language; none for the whole country.
     */
    public List<LineageMark> of(MonthRange months, DashboardScope scope, Locale locale) {
        if (scope.isNational()) {
            return List.of();
        }
        Map<YearMonth, Map<String, List<String>>> byMonth = new LinkedHashMap<>();
        Set<YearMonth> joinedIn = new HashSet<>();
        jdbc.query(CHANGES, unitMonths.scopeParameters(scope, months.last())
                .addValue("firstMonth", months.first().atDay(1))
                .addValue("lastMonth", months.last().atDay(1)), rs -> {
            YearMonth month = YearMonth.from(rs.getObject("month", Date.class).toLocalDate());
            String decision = rs.getString("decision_number");
            String change;
            if (rs.getString("joined_code") != null) {
                joinedIn.add(month);
                change = text("dashboard.lineage.joined", locale, rs.getString("joined_name"), rs.getString("joined_code"));
            } else if (rs.getBoolean("created")) {
                change = text("dashboard.lineage.created", locale, rs.getString("new_name"));
            } else if (rs.getBoolean("renamed")) {
                change = text("dashboard.lineage.renamed", locale, rs.getString("new_name"));
            } else {
                change = text("dashboard.lineage.moved", locale, rs.getString("new_name"));
            }
            byMonth.computeIfAbsent(month, m -> new LinkedHashMap<>())
                    .computeIfAbsent(decision == null ? "" : decision, d -> new ArrayList<>()).add(change);
        });
        List<LineageMark> marks = new ArrayList<>();
        byMonth.forEach((month, byDecision) -> {
            List<String> parts = new ArrayList<>();
            byDecision.forEach((decision, changes) -> parts.add(decision.isEmpty()
                    ? String.join("; ", changes)
                    : text("dashboard.lineage.decision", locale, decision, String.join("; ", changes))));
            marks.add(new LineageMark(month, joinedIn.contains(month),
                    text("dashboard.lineage.mark", locale, month.format(MONTH_YEAR), String.join(" ", parts))));
        });
        return marks;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    /**
     * A month in which the province's lineage changed.
     *
     * @param month  the month the change took effect
     * @param joined whether a unit joined the lineage that month (a succession into it), so that the months
     *               before count units besides the province's own; a month in which it was only renamed,
     *               moved or created adds none (Hà Nội's 04/2025 and 07/2025)
     * @param text   the whole mark as a sentence: "04/2025: theo 391/QĐ-BTC, tiếp nhận BHXH tỉnh Hà Giang (T02); …"
     */
    public record LineageMark(YearMonth month, boolean joined, String text) {
    }

    /**
     * Whether a unit joined the lineage in any of these months: only then do the figures before count
     * predecessors, which the year-to-date line and the notes' hint say.
     */
    public static boolean anyJoined(List<LineageMark> marks) {
        return marks.stream().anyMatch(LineageMark::joined);
    }

    /** Whether a mark falls in the month. */
    static LineageMark in(List<LineageMark> marks, YearMonth month) {
        return marks.stream().filter(mark -> mark.month().equals(month)).findFirst().orElse(null);
    }
}
