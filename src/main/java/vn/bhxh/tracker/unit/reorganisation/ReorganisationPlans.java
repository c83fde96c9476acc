package vn.bhxh.tracker.unit.reorganisation;

import static vn.bhxh.tracker.unit.reorganisation.PlanProblem.month;

import java.io.InputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.bhxh.tracker.audit.AuditLog;
import vn.bhxh.tracker.system.Actor;
import vn.bhxh.tracker.system.NotFoundException;
import vn.bhxh.tracker.unit.OpenItems;
import vn.bhxh.tracker.unit.reorganisation.PlanAnalysis.Ending;
import vn.bhxh.tracker.unit.reorganisation.PlanReview.OpenReport;
import vn.bhxh.tracker.unit.reorganisation.PlanReview.Placement;

/**
 * An administrator's plans for reorganisations: written step by step (the decision, lines typed or
 * uploaded), previewed with every problem on its line, and applied in one transaction once clean and
 * confirmed. A plan belongs to the administrator who started it; anyone else asking for it gets a 404.
 */
@Service
@Transactional
public class ReorganisationPlans {

    static final String AUDIT_TARGET = "REORGANISATION";
    static final String AUDIT_APPLIED = "REORGANISATION_APPLIED";

    private final PlanDrafts drafts;
    private final MonthTrees trees;
    private final ReorganisationMonths months;
    private final ReorganisationWriter writer;
    private final UnitPeople people;
    private final UnitReports reports;
    private final PeopleAtEffectiveMonth peopleAtMonth;
    private final OpenItems openItems;
    private final AuditLog auditLog;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ReorganisationPlans(PlanDrafts drafts, MonthTrees trees, ReorganisationMonths months, ReorganisationWriter writer,
                        UnitPeople people, UnitReports reports, PeopleAtEffectiveMonth peopleAtMonth, OpenItems openItems,
                        AuditLog auditLog, Clock clock, PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.drafts = drafts;
        this.trees = trees;
        this.months = months;
        this.writer = writer;
        this.people = people;
        this.reports = reports;
        this.peopleAtMonth = peopleAtMonth;
        this.openItems = openItems;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A new, empty plan of this administrator: its id. */
    public long start(Actor actor) {
        return drafts.create(actor.id(), clock.instant());
    }

    @Transactional(readOnly = true)
    public PlanDraft get(long planId, Actor actor) {
        return drafts.find(planId).filter(plan -> plan.createdBy().equals(actor.id()))
                .orElseThrow(() -> new NotFoundException("plan " + planId));
    }

    /** This administrator's plans not yet applied, the latest changed first. */
    @Transactional(readOnly = true)
    public List<PlanDrafts.DraftSummary> openPlansOf(Actor actor) {
        return drafts.openOf(actor.id());
    }

    public void saveHeader(long planId, PlanHeader header, Actor actor) {
        drafts.saveHeader(editable(planId, actor).id(), header, clock.instant());
    }

    public void addLine(long planId, PlanLine line, Actor actor) {
        drafts.addLine(editable(planId, actor).id(), line, clock.instant());
    }

    /** Removes the line; whether the plan had it. */
    public boolean removeLine(long planId, int line, Actor actor) {
        return drafts.removeLine(editable(planId, actor).id(), line, clock.instant());
    }

    /**
     * The plan's lines become the file's (a CSV or an .xlsx sheet, see {@link PlanFiles}): how many.
     *
     * @throws PlanFileRefusedException when the file cannot be read, saying why; the plan keeps its lines
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public int upload(long planId, String filename, long size, InputStream content, Actor actor) {
        // read before anything asks the database, so that no connection is held meanwhile
        List<PlanLine> lines = PlanFiles.read(filename, size, content);
        transactions.executeWithoutResult(status -> drafts.replaceLines(editable(planId, actor).id(), lines, clock.instant()));
        return lines.size();
    }

    /** Deletes a plan not yet applied. */
    public void discard(long planId, Actor actor) {
        drafts.discard(editable(planId, actor).id());
    }

    /** The plan's preview, checked against the units as they are now. */
    @Transactional(readOnly = true)
    public PlanReview review(long planId, Actor actor) {
        return check(get(planId, actor)).review();
    }

    /**
     * Applies the plan as its preview showed it, after checking it again with no other reorganisation
     * being applied meanwhile: the reorganisation and its lines, the units' versions, the new units and
     * the successions, the open items it settles ({@link OpenItems#settleBy}), the people who follow their
     * units if its month has begun ({@link PeopleAtEffectiveMonth}; else when it begins), the audit trail's
     * entry and the plan marked applied, all in this one transaction. A plan already applied (a second
     * press of the button) writes nothing and answers the reorganisation it became.
     *
     * @param seenVersion the plan's version its preview showed
     * @throws PlanChangedException     when the plan changed since that preview
     * @throws PlanHasProblemsException when it has a problem now (e.g. another administrator's plan came first)
     */
    public Applied apply(long planId, long seenVersion, Actor actor) {
        writer.lockReorganisations();
        PlanDraft plan = drafts.lock(planId).filter(found -> found.createdBy().equals(actor.id()))
                .orElseThrow(() -> new NotFoundException("plan " + planId));
        if (plan.isApplied()) {
            return new Applied(plan.reorganisationId(), true);
        }
        if (plan.version() != seenVersion) {
            throw new PlanChangedException(planId);
        }
        long reorganisationId = applyChecked(plan, ReorganisationSource.ADMIN, actor);
        drafts.markApplied(plan.id(), reorganisationId, clock.instant());
        return new Applied(reorganisationId, false);
    }

    /**
     * Applies a sample plan (the demo's, {@link SampleReorganisations}) as {@link #apply} applies an
     * administrator's, with the same checks against the units as they are now and the same effects, in
     * one transaction; what differs is only that the plan is not a draft of the administrator's and that
     * the reorganisation is recorded as {@link ReorganisationSource#SAMPLE}. A sample already recorded
     * under this decision number writes nothing and answers it.
     *
     * @throws PlanHasProblemsException when the plan has a problem (e.g. its month is closed, or a unit
     *                                  it ends has reports from that month on)
     */
    Applied applySample(PlanHeader header, List<PlanLine> lines, Actor actor) {
        writer.lockReorganisations();
        Optional<Long> recorded = writer.sampleNumbered(header.decisionNumber().strip());
        if (recorded.isPresent()) {
            return new Applied(recorded.get(), true);
        }
        PlanDraft plan = new PlanDraft(null, 0, actor.id(), clock.instant(), header, lines, null);
        return new Applied(applyChecked(plan, ReorganisationSource.SAMPLE, actor), false);
    }

    /** What a confirmation did: the reorganisation, and whether it had been applied already. */
    public record Applied(long reorganisationId, boolean already) {
    }

    private long applyChecked(PlanDraft plan, ReorganisationSource source, Actor actor) {
        Checked checked = check(plan);
        if (!checked.review().isClean()) {
            throw new PlanHasProblemsException(checked.review());
        }
        PlanHeader header = plan.header();
        long reorganisationId = writer.write(header, plan.lines(), checked.analysis(), source, actor.id(), clock.instant());
        int settled = openItems.settleBy(reorganisationId);
        boolean peopleFollowed = peopleAtMonth.settleIfBegun(reorganisationId, header.effectiveMonth(), actor.id(), actor.fullName());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("decision", header.decisionNumber().strip());
        details.put("effectiveMonth", header.effectiveMonth().toString());
        details.put("lines", plan.lines().size());
        details.put("source", source.name());
        details.put("openItemsSettled", settled);
        details.put("peopleFollowed", peopleFollowed);
        auditLog.record(actor.id(), actor.fullName(), AUDIT_APPLIED, AUDIT_TARGET, reorganisationId, details);
        return reorganisationId;
    }

    private PlanDraft editable(long planId, Actor actor) {
        PlanDraft plan = get(planId, actor);
        if (plan.isApplied()) {
            throw new NotFoundException("plan " + planId + " is applied");
        }
        return plan;
    }

    private record Checked(PlanReview review, PlanAnalysis analysis) {
    }

    private Checked check(PlanDraft plan) {
        YearMonth month = plan.header().effectiveMonth();
        MonthTree tree = month == null ? null : trees.of(month);
        PlanAnalysis analysis = PlanAnalysis.of(plan.header(), plan.lines(), tree, months);
        List<Placement> placements = new ArrayList<>();
        List<OpenReport> open = new ArrayList<>();
        Map<Long, Ending> endings = analysis.endings().stream()
                .collect(Collectors.toMap(ending -> ending.unit().id(), ending -> ending, (a, b) -> a, LinkedHashMap::new));
        if (!endings.isEmpty()) {
            reports.reportsFrom(endings.keySet(), month).stream()
                    .collect(Collectors.groupingBy(UnitReports.UnitReport::unitId, LinkedHashMap::new,
                            Collectors.mapping(UnitReports.UnitReport::month, Collectors.toCollection(TreeSet::new))))
                    .forEach((unitId, reported) -> {
                        Ending ending = endings.get(unitId);
                        analysis.add(PlanProblem.of(ending.firstLine(), "unit.reported", ending.unit().code(),
                                reported.stream().map(PlanProblem::month).collect(Collectors.joining(", ")), month(month)));
                    });
            for (UnitPeople.UnitMember member : people.membersOf(endings.keySet())) {
                Ending ending = endings.get(member.unitId());
                String to = ending.kind() == ChangeKind.MERGE ? ending.successorCodes().get(0) : null;
                placements.add(new Placement(member, ending.unit().code(), ending.unit().name(), to,
                        to == null ? null : analysis.nameAfter(to)));
            }
            for (UnitReports.UnitReport report : reports.openReportsOf(endings.keySet())) {
                Ending ending = endings.get(report.unitId());
                open.add(new OpenReport(ending.unit().code(), ending.unit().name(), report.month(), report.state()));
            }
        }
        List<PlanReview.Succession> successions = analysis.successions().stream()
                .map(link -> new PlanReview.Succession(link.line(), link.predecessor().code(), link.predecessor().name(),
                        link.predecessor().until(), link.successor().code(), analysis.nameAfter(link.successor().code())))
                .toList();
        return new Checked(new PlanReview(plan, analysis.problems(), analysis.unitChanges(), successions, placements, open),
                analysis);
    }
}
