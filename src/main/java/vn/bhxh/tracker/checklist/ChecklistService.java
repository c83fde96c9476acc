package vn.bhxh.tracker.checklist;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the checklist with its duties and indicators loaded, for views that render them. */
@Service
@Transactional(readOnly = true)
public class ChecklistService {

    private final ChecklistVersionRepository versions;

    ChecklistService(ChecklistVersionRepository versions) {
        this.versions = versions;
    }

    /** The checklist version in force in a month, with its duties and their indicators. */
    public Optional<ChecklistVersion> versionInForce(YearMonth month) {
        return versions.findInForce(month.atDay(1)).map(ChecklistService::loadDuties);
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
