package vn.bhxh.tracker.reminder;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The reminders sent, in table {@code reminder}. */
@Repository
class ReminderRepository {

    private final NamedParameterJdbcTemplate jdbc;

    ReminderRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a reminder; an automatic one only if none of its kind was recorded for the unit and
     * period yet (another instance may have sent it). Returns its id, or null when it already was.
     */
    Long insert(ReminderDraft draft, ReminderKind kind, Instant sentAt, Long sentById) {
        List<Long> ids = jdbc.queryForList("""
                INSERT INTO reminder (unit_id, period_id, kind, sent_at, sent_by_id, recipients, copied_to, subject, body, escalated)
                VALUES (:unitId, :periodId, :kind, :sentAt, :sentById, :recipients, :copiedTo, :subject, :body, :escalated)
                ON CONFLICT (unit_id, period_id, kind) WHERE kind <> 'MANUAL' DO NOTHING
                RETURNING id""", new MapSqlParameterSource()
                .addValue("unitId", draft.unitId())
                .addValue("periodId", draft.periodId())
                .addValue("kind", kind.name())
                .addValue("sentAt", Timestamp.from(sentAt))
                .addValue("sentById", sentById)
                .addValue("recipients", draft.toLine())
                .addValue("copiedTo", draft.ccLine())
                .addValue("subject", draft.subject())
                .addValue("body", draft.body())
                .addValue("escalated", draft.escalated()), Long.class);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** The units already reminded of a period in this way. */
    Set<Long> unitsReminded(Long periodId, ReminderKind kind) {
        return new HashSet<>(jdbc.queryForList("SELECT unit_id FROM reminder WHERE period_id = :periodId AND kind = :kind",
                new MapSqlParameterSource().addValue("periodId", periodId).addValue("kind", kind.name()), Long.class));
    }

    /**
     * The reminders of a period, the newest first, each unit named as its version of the period's month
     * names it (by its code if it had no version that month).
     */
    List<SentReminder> ofPeriod(Long periodId) {
        return jdbc.query("""
                SELECT r.id, r.unit_id, coalesce(t.name, u.code) AS unit_name, r.kind, r.sent_at, a.full_name,
                       r.recipients, r.copied_to, r.escalated
                FROM reminder r
                JOIN reporting_period p ON p.id = r.period_id
                JOIN unit u ON u.id = r.unit_id
                LEFT JOIN unit_version t ON t.unit_id = r.unit_id AND month_span_holds(t.valid_from, t.valid_to, p.month)
                LEFT JOIN user_account a ON a.id = r.sent_by_id
                WHERE r.period_id = :periodId ORDER BY r.sent_at DESC, r.id DESC""",
                new MapSqlParameterSource("periodId", periodId), (rs, row) -> new SentReminder(
                        rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                        ReminderKind.valueOf(rs.getString("kind")), rs.getTimestamp("sent_at").toInstant(),
                        rs.getString("full_name"), rs.getString("recipients"), rs.getString("copied_to"),
                        rs.getBoolean("escalated")));
    }

    /** The days on which a unit was reminded, by period id. */
    Map<Long, List<LocalDate>> daysSentTo(Long unitId, Collection<Long> periodIds, ZoneId zone) {
        Map<Long, List<LocalDate>> days = new HashMap<>();
        if (periodIds.isEmpty()) {
            return days;
        }
        jdbc.query("""
                SELECT period_id, sent_at FROM reminder WHERE unit_id = :unitId AND period_id IN (:periodIds)
                ORDER BY sent_at""", new MapSqlParameterSource().addValue("unitId", unitId).addValue("periodIds", periodIds),
                (java.sql.ResultSet rs) -> {
                    LocalDate day = rs.getTimestamp("sent_at").toInstant().atZone(zone).toLocalDate();
                    List<LocalDate> list = days.computeIfAbsent(rs.getLong("period_id"), id -> new java.util.ArrayList<>());
                    if (!list.contains(day)) {
                        list.add(day);
                    }
                });
        return days;
    }

    /** The months whose deadline falls on a day. */
    List<LocalDate> monthsWithDeadline(LocalDate deadline) {
        return jdbc.queryForList("SELECT month FROM reporting_period WHERE deadline_date = :deadline",
                new MapSqlParameterSource("deadline", deadline), LocalDate.class);
    }
}
