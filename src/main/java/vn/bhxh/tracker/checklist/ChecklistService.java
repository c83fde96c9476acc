package vn.bhxh.tracker.checklist;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the checklist: for other modules as records ({@link ChecklistVersionRef}, {@link DutyRef},
 * {@link IndicatorRef}) by the ids they keep; for views that render it, with its duties and
 * indicators loaded.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class ChecklistService {

    private final ChecklistVersionRepository versions;

    ChecklistService(ChecklistVersionRepository versions) {
        this.versions = versions;
    }

    /** The checklist version in force in a month, with its duties and their indicators. */
    public Optional<ChecklistVersion> versionInForce(YearMonth month) {
        return versions.findInForce(month.atDay(1)).map(ChecklistService::loadDuties);
    }

    /**
     * The checklist version in force in a month, as a record: what a report started that month is
     * made with. The rule is V28's {@code checklist_version_in_force}, as for {@link #versionInForce}.
     */
    public Optional<ChecklistVersionRef> refInForce(YearMonth month) {
        return versions.findInForce(month.atDay(1)).map(this::refOf);
    }

    /** A checklist version by its id, with its duties and their indicators in order; none for an unknown id. */
    public Optional<ChecklistVersionRef> refOf(Long versionId) {
        return versions.findById(versionId).map(this::refOf);
    }

    private ChecklistVersionRef refOf(ChecklistVersion version) {
        return new ChecklistVersionRef(version.getId(), version.getName(),
                versions.findDutiesOf(version.getId()).stream().map(DutyRef::of).toList());
    }

    /** Every version, newest first, with duties, indicators and the directive's other obligations. */
    public List<ChecklistVersion> allVersions() {
        List<ChecklistVersion> all = versions.findAllNewestFirst();
        all.forEach(version -> {
            loadDuties(version);
            version.getDirective().getObligations().size();
        });
        return all;
    }

    private static ChecklistVersion loadDuties(ChecklistVersion version) {
        version.getDuties().forEach(duty -> duty.getIndicators().size());
        return version;
    }
}
