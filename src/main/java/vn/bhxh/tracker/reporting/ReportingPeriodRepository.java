package vn.bhxh.tracker.reporting;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

    Optional<ReportingPeriod> findByMonth(LocalDate firstDay);

    Page<ReportingPeriod> findAllByOrderByMonthDesc(Pageable pageable);
}
