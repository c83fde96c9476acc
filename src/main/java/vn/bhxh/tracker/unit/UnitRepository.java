package vn.bhxh.tracker.unit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UnitRepository extends JpaRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    List<Unit> findByCodeIn(Collection<String> codes);

    /**
     * Units whose name or code contains {@code text}, ignoring case and Vietnamese diacritics
     * ("ba dinh" finds "BHXH quận Ba Đình"), optionally of one level and under one parent;
     * the hierarchy's order: level first, then code.
     */
    @Query(value = """
            SELECT u.id, u.code, u.name, u.level, p.name AS parent_name, u.effective_from, u.effective_to
            FROM unit u LEFT JOIN unit p ON p.id = u.parent_id
            WHERE (lower(immutable_unaccent(u.name)) LIKE '%' || lower(immutable_unaccent(:text)) || '%' ESCAPE '\\'
                   OR lower(u.code) LIKE '%' || lower(:text) || '%' ESCAPE '\\')
              AND (:level = '' OR u.level = :level)
              AND (:parentId = 0 OR u.parent_id = :parentId)
            ORDER BY CASE u.level WHEN 'AGENCY' THEN 0 WHEN 'CENTRAL' THEN 1 WHEN 'PROVINCE' THEN 2 ELSE 3 END, u.code
            """,
            countQuery = """
            SELECT count(*) FROM unit u
            WHERE (lower(immutable_unaccent(u.name)) LIKE '%' || lower(immutable_unaccent(:text)) || '%' ESCAPE '\\'
                   OR lower(u.code) LIKE '%' || lower(:text) || '%' ESCAPE '\\')
              AND (:level = '' OR u.level = :level)
              AND (:parentId = 0 OR u.parent_id = :parentId)
            """,
            nativeQuery = true)
    Page<UnitRow> search(@Param("text") String escapedText, @Param("level") String level,
                      @Param("parentId") long parentId, Pageable pageable);

    @Query("select u from Unit u left join fetch u.parent where u.id = :id")
    Optional<Unit> findWithParentById(@Param("id") Long id);

    @Query("""
            select u from Unit u where u.parent.id = :parentId
            and u.effectiveFrom <= :day and (u.effectiveTo is null or u.effectiveTo >= :day)
            order by u.code
            """)
    List<Unit> findChildrenInEffect(@Param("parentId") Long parentId, @Param("day") LocalDate day);

    @Query("""
            select u from Unit u where u.level = :level
            and u.effectiveFrom <= :day and (u.effectiveTo is null or u.effectiveTo >= :day)
            order by u.code
            """)
    List<Unit> findInEffectOfLevel(@Param("level") UnitLevel level, @Param("day") LocalDate day);

    @Query("select u from Unit u where u.parent.id = :parentId order by u.code")
    List<Unit> findChildren(@Param("parentId") Long parentId);

    @Query("select u.id from Unit u where u.id = :id or u.parent.id = :id")
    List<Long> findIdsOfUnitAndChildren(@Param("id") Long id);

    @Query("select u.id from Unit u where u.level = :level")
    List<Long> findIdsByLevel(@Param("level") UnitLevel level);

    @Query("select u from Unit u left join fetch u.parent where u.id in :ids")
    List<Unit> findWithParentByIdIn(@Param("ids") Collection<Long> ids);

    /** Units in effect on a day with their parents loaded, by level name and code; see {@link UnitDirectory}. */
    @Query("""
            select u from Unit u left join fetch u.parent
            where u.effectiveFrom <= :day and (u.effectiveTo is null or u.effectiveTo >= :day)
            order by u.level, u.code
            """)
    List<Unit> findAllInEffect(@Param("day") LocalDate day);

    @Query("""
            select u.level as level, count(u) as count from Unit u
            where u.effectiveFrom <= :day and (u.effectiveTo is null or u.effectiveTo >= :day)
            group by u.level order by u.level
            """)
    List<LevelCount> countInEffectByLevel(@Param("day") LocalDate day);

    /** One line of the unit list. */
    interface UnitRow {
        Long getId();

        String getCode();

        String getName();

        String getLevel();

        String getParentName();

        LocalDate getEffectiveFrom();

        LocalDate getEffectiveTo();
    }

    /** How many units of one level exist on a day. */
    interface LevelCount {
        UnitLevel getLevel();

        long getCount();
    }
}
