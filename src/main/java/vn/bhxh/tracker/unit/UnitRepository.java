package vn.bhxh.tracker.unit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UnitRepository extends JpaRepository<Unit, Long> {

    /**
     * {@code shown}: each unit as the unit list shows it in the month {@code :month} (today's): its
     * nearest version ({@link UnitVersionRepository#NEAREST_FIRST}), and {@code shown_month}, the month
     * that version stands for: the month asked for while it holds, else its last month (a unit that
     * has ended) or its first (one not yet created).
     */
    String WITH_SHOWN = """
            WITH shown AS (
                SELECT DISTINCT ON (unit_id) unit_id, name, level, parent_id, valid_from, valid_to,
                       CASE WHEN month_span_holds(valid_from, valid_to, at_month) THEN at_month
                            WHEN valid_from > at_month THEN valid_from
                            ELSE CAST(valid_to - interval '1 month' AS date) END AS shown_month
                FROM (SELECT v.*, CAST(:month AS date) AS at_month FROM unit_version v) version
                ORDER BY unit_id,""" + " " + UnitVersionRepository.NEAREST_FIRST + "\n)\n";

    /** The search's filters over {@code unit u JOIN shown s}: any name the unit ever had, or its code; the shown level and parent. */
    String MATCHING = """
            WHERE (u.id IN (SELECT n.unit_id FROM unit_version n
                            WHERE lower(immutable_unaccent(n.name)) LIKE '%' || lower(immutable_unaccent(:text)) || '%' ESCAPE '\\')
                   OR lower(u.code) LIKE '%' || lower(:text) || '%' ESCAPE '\\')
              AND (:level = '' OR s.level = :level)
              AND (:parentId = 0 OR s.parent_id = :parentId)
            """;

    Optional<Unit> findByCode(String code);

    /**
     * Units any of whose names (today's or a former one) or whose code contains {@code text}, ignoring
     * case and Vietnamese diacritics ("ba dinh" finds "BHXH quận Ba Đình"), optionally of one level and
     * under one parent as the unit is shown; each shown by its version of {@code month} (today's), or for
     * a unit not in force then its nearest (its last, for one that has ended), with its parent as that
     * parent was in the month shown, and the unit's other names, oldest first. The hierarchy's order:
     * level first, then code.
     */
    @Query(value = WITH_SHOWN + """
            SELECT u.id, u.code, s.name, s.level, parent.name AS parent_name, s.valid_from, s.valid_to,
                   CASE WHEN month_span_holds(s.valid_from, s.valid_to, CAST(:month AS date)) THEN 'IN_FORCE'
                        WHEN s.valid_from > CAST(:month AS date) THEN 'NOT_YET' ELSE 'ENDED' END AS state,
                   (SELECT string_agg(other.name, '; ' ORDER BY other.valid_from)
                    FROM (SELECT name, min(valid_from) AS valid_from FROM unit_version
                          WHERE unit_id = u.id AND name <> s.name GROUP BY name) other) AS other_names
            FROM unit u JOIN shown s ON s.unit_id = u.id
            LEFT JOIN LATERAL (
                SELECT name FROM (SELECT p.name, p.valid_from, p.valid_to, s.shown_month AS at_month
                                  FROM unit_version p WHERE p.unit_id = s.parent_id) version
                ORDER BY""" + " " + UnitVersionRepository.NEAREST_FIRST + " LIMIT 1) parent ON true\n" + MATCHING + """
            ORDER BY CASE s.level WHEN 'AGENCY' THEN 0 WHEN 'CENTRAL' THEN 1 WHEN 'PROVINCE' THEN 2 ELSE 3 END, u.code
            """,
            countQuery = WITH_SHOWN + "SELECT count(*) FROM unit u JOIN shown s ON s.unit_id = u.id\n" + MATCHING,
            nativeQuery = true)
    Page<UnitRow> search(@Param("text") String escapedText, @Param("level") String level,
                         @Param("parentId") long parentId, @Param("month") LocalDate month, Pageable pageable);

    /** One line of the unit list. */
    interface UnitRow {
        Long getId();

        String getCode();

        String getName();

        String getLevel();

        String getParentName();

        /** The first day of the shown version's first month. */
        LocalDate getValidFrom();

        /** The first day of the first month the shown version no longer holds; null while it holds. */
        LocalDate getValidTo();

        /** IN_FORCE: the shown version holds the month asked for (today's); ENDED: the unit has ended; NOT_YET: it starts later. */
        String getState();

        /** The unit's other names, oldest first, separated by "; "; null for none. */
        String getOtherNames();

        /** For a unit that has ended, the first month it no longer existed; else null. */
        default YearMonth endedFrom() {
            return "ENDED".equals(getState()) ? YearMonth.from(getValidTo()) : null;
        }

        /** For a unit not yet created, its first month; else null. */
        default YearMonth startsFrom() {
            return "NOT_YET".equals(getState()) ? YearMonth.from(getValidFrom()) : null;
        }
    }
}
