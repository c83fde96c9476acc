package vn.bhxh.tracker.unit.reorganisation;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.system.Actor;

/**
 * Sample reorganisations, for the demo: a plan given as lines (as an administrator's form or file gives
 * them) applied by {@link ReorganisationPlans}, the administrator's own code, and recorded as a
 * {@link ReorganisationSource#SAMPLE}, which every page that shows it labels as a sample.
 */
@Service
@NamedInterface(name = "api", propagate = false)
public class SampleReorganisations {

    private final ReorganisationPlans plans;

    SampleReorganisations(ReorganisationPlans plans) {
        this.plans = plans;
    }

    /**
     * Applies the sample unless one was recorded under this decision number already: whether it was
     * applied now.
     *
     * @throws IllegalStateException with the plan's problems, when it has some (nothing is written)
     */
    @Transactional
    public boolean applyOnce(String decisionNumber, LocalDate decidedOn, YearMonth effectiveMonth, List<PlanLine> lines,
                             Actor actor) {
        try {
            return !plans.applySample(new PlanHeader(decisionNumber, decidedOn, effectiveMonth), lines, actor).already();
        } catch (PlanHasProblemsException problems) {
            throw new IllegalStateException("sample plan " + decisionNumber + " refused: " + problems.review().problems(), problems);
        }
    }
}
