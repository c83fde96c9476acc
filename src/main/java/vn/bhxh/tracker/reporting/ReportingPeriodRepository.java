package vn.bhxh.tracker.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

    Optional<ReportingPeriod> findByMonth(LocalDate firstDay);

    Page<ReportingPeriod> findAllByOrderByMonthDesc(Pageable pageable);

    /** The newest periods, without counting them all as a page would. */
    List<ReportingPeriod> findAllByOrderByMonthDesc(Limit limit);

    @Query("select max(p.month) from ReportingPeriod p")
    Optional<LocalDate> findLatestMonth();

    /** Opens a month unless it is open already, e.g. by another instance at the same moment. */
    @Modifying
    @Query(value = """
            INSERT INTO reporting_period (month, deadline_date, opened_at) VALUES (:month, :deadline, :openedAt)
            ON CONFLICT (month) DO NOTHING
            """, nativeQuery = true)
    void insertIfAbsent(@Param("month") LocalDate month, @Param("deadline") LocalDate deadline,
                        @Param("openedAt") Instant openedAt);
}
