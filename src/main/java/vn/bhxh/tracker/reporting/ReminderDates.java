package vn.bhxh.tracker.reporting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * When a unit was urged (đôn đốc) about its reports, by period id; the reminder module answers it,
 * so that the report pages can show it without depending on that module.
 */
@NamedInterface(name = "api", propagate = false)
public interface ReminderDates {

    /** The days (Vietnam time) on which reminders were sent to the unit, oldest first, by period id. */
    Map<Long, List<LocalDate>> sentTo(Long unitId, Collection<Long> periodIds);
}
