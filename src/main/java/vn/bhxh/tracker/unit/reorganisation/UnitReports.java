package vn.bhxh.tracker.unit.reorganisation;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * The reports that units have kept, as a reorganisation's checks need them; provided by the reporting
 * module, which owns them, so that the unit module does not depend on it.
 */
@NamedInterface(name = "api", propagate = false)
public interface UnitReports {

    /** The reports of these units, in any state, for this month or later: a unit that has one cannot end then. */
    List<UnitReport> reportsFrom(Collection<Long> unitIds, YearMonth firstMonth);

    /** The reports of these units still in their hands (a draft, or returned for revision), any month. */
    List<UnitReport> openReportsOf(Collection<Long> unitIds);

    /** A unit's report for a month, in its state's name ({@code DRAFT}, {@code SUBMITTED}, {@code RETURNED}, {@code ACCEPTED}). */
    @NamedInterface(name = "api", propagate = false)
    record UnitReport(Long reportId, Long unitId, YearMonth month, String state) {
    }
}
