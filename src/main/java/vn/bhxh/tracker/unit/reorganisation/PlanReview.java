package vn.bhxh.tracker.unit.reorganisation;

import java.time.YearMonth;
import java.util.List;

import vn.bhxh.tracker.unit.reorganisation.PlanAnalysis.UnitChange;

/**
 * A plan's preview: what it would change, who and what it touches, and every problem, each on its
 * line. Only a plan with no problem can be applied, and it is checked again when it is.
 *
 * @param successions the successions the plan records for units that ended before its month (SUCCEED lines)
 * @param people      everyone whose unit ends: where they go (a merge), or to be placed by hand
 * @param openReports reports still in the hands of units that end (a draft, or returned for revision)
 */
public record PlanReview(PlanDraft plan, List<PlanProblem> problems, List<UnitChange> changes, List<Succession> successions,
                         List<Placement> people, List<OpenReport> openReports) {

    public PlanReview {
        problems = List.copyOf(problems);
        changes = List.copyOf(changes);
        successions = List.copyOf(successions);
        people = List.copyOf(people);
        openReports = List.copyOf(openReports);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }

    /** The problems of the plan as a whole (its decision, its month). */
    public List<PlanProblem> planProblems() {
        return problemsOf(0);
    }

    public List<PlanProblem> problemsOf(int line) {
        return problems.stream().filter(problem -> problem.line() == line).toList();
    }

    /** How many of the plan's lines have a problem. */
    public long linesWithProblems() {
        return problems.stream().mapToInt(PlanProblem::line).filter(line -> line > 0).distinct().count();
    }

    /**
     * A person whose unit ends: moved to the unit it merged into ({@code toCode}), or left in place for
     * the administrator to place ({@code toCode} null: the unit was split or closed).
     */
    public record Placement(UnitPeople.UnitMember member, String fromCode, String fromName, String toCode, String toName) {

        public boolean toPlace() {
            return toCode == null;
        }
    }

    /**
     * A succession the plan records: the unit that ended ({@code code}, as it last was, no longer in force
     * from {@code endedFrom}) and the unit in force that takes over its tasks.
     */
    public record Succession(int line, String code, String name, YearMonth endedFrom, String successorCode,
                             String successorName) {
    }

    /** A report still open in a unit that ends. */
    public record OpenReport(String unitCode, String unitName, YearMonth month, String state) {
    }
}
