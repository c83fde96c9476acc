package vn.bhxh.tracker.unit;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReorganisationRepository extends JpaRepository<Reorganisation, Long> {

    /** A decision taking effect in the month (its first day) with a line about this unit (the one that ended it, say). */
    @Query(value = """
            SELECT r.* FROM reorganisation r
            WHERE r.effective_month = :month
              AND EXISTS (SELECT 1 FROM reorganisation_change c WHERE c.reorganisation_id = r.id AND c.unit_id = :unitId)
            ORDER BY r.id LIMIT 1
            """, nativeQuery = true)
    Optional<Reorganisation> findChangingUnitIn(@Param("unitId") Long unitId, @Param("month") LocalDate month);
}
