package vn.bhxh.tracker.unit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.bhxh.tracker.system.NotFoundException;

/** A unit's page: the unit as it stands, where it stands, and its lineage ({@link UnitLineage}). */
@Service
@Transactional(readOnly = true)
class UnitLineages {

    private final UnitRepository units;
    private final UnitVersionRepository versions;
    private final UnitSuccessionRepository successions;
    private final ReorganisationRepository reorganisations;
    private final UnitDirectory directory;

    UnitLineages(UnitRepository units, UnitVersionRepository versions, UnitSuccessionRepository successions,
                 ReorganisationRepository reorganisations, UnitDirectory directory) {
        this.units = units;
        this.versions = versions;
        this.successions = successions;
        this.reorganisations = reorganisations;
        this.directory = directory;
    }

    /** The unit's page; 404 for an unknown unit (or one without versions, which V29 leaves none of). */
    UnitLineage of(long id) {
        Unit unit = units.findById(id).orElseThrow(() -> new NotFoundException("unit " + id));
        List<UnitVersion> all = versions.findByUnitIdOrderByValidFrom(id);
        YearMonth today = directory.thisMonth();
        Long shownId = versions.findNearestVersionId(id, today.atDay(1)).orElseThrow(() -> new NotFoundException("unit " + id));
        UnitVersion shown = all.stream().filter(version -> version.getId().equals(shownId)).findFirst().orElseThrow();
        MonthSpan span = shown.span();
        UnitLineage.Standing standing = span.holds(today) ? UnitLineage.Standing.IN_FORCE
                : span.from().isAfter(today) ? UnitLineage.Standing.NOT_YET : UnitLineage.Standing.ENDED;
        YearMonth shownMonth = switch (standing) {
            case IN_FORCE -> today;
            case ENDED -> span.last();
            case NOT_YET -> span.from();
        };
        YearMonth standingMonth = switch (standing) {
            case IN_FORCE -> null;
            case ENDED -> span.until();
            case NOT_YET -> span.from();
        };

        List<UnitSuccession> before = successions.findPredecessorsOf(id);
        List<UnitSuccession> after = successions.findSuccessorsOf(id);
        Map<Long, UnitLineage.Decision> decisions = decisionsOf(all, before, after);
        Map<UnitAt, UnitRef> others = othersOf(all, before, after);
        UnitRef ref = new UnitRef(unit.getId(), unit.getCode(), shown.getName(), shown.getLevel());
        UnitLineage.Decision ending = standing != UnitLineage.Standing.ENDED ? null
                : reorganisations.findChangingUnitIn(id, span.until().atDay(1)).map(UnitLineage.Decision::of)
                        .orElseGet(() -> after.stream().map(link -> decisionOf(decisions, link.getReorganisationId()))
                                .filter(Objects::nonNull).findFirst().orElse(null));
        return new UnitLineage(ref, standing, standingMonth, shownMonth, ancestorsOf(shown.getParentId(), shownMonth),
                directory.districtsOf(id, shownMonth), periodsOf(all, decisions, others, today),
                links(before, UnitSuccession::getPredecessorId, true, decisions, others),
                links(after, UnitSuccession::getSuccessorId, false, decisions, others), ending);
    }

    /** From the top of the hierarchy down to the parent, each as it was in the month; at most three steps in BHXH. */
    private List<UnitRef> ancestorsOf(Long parentId, YearMonth month) {
        List<UnitRef> ancestors = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        Long next = parentId;
        while (next != null && seen.add(next)) {
            List<UnitVersionRepository.Row> found = versions.findNearest(List.of(next), month.atDay(1));
            if (found.isEmpty()) {
                break;
            }
            ancestors.add(found.get(0).ref());
            next = found.get(0).getParentId();
        }
        Collections.reverse(ancestors);
        return ancestors;
    }

    private List<UnitLineage.Period> periodsOf(List<UnitVersion> all, Map<Long, UnitLineage.Decision> decisions,
                                               Map<UnitAt, UnitRef> others, YearMonth today) {
        List<UnitLineage.Period> periods = new ArrayList<>();
        UnitVersion previous = null;
        for (UnitVersion version : all) {
            UnitRef parent = others.get(parentOf(version));
            String formerName = previous != null && !previous.getName().equals(version.getName()) ? previous.getName() : null;
            UnitLevel formerLevel = previous != null && previous.getLevel() != version.getLevel() ? previous.getLevel() : null;
            UnitRef formerParent = previous != null && previous.getParentId() != null
                    && !previous.getParentId().equals(version.getParentId()) ? others.get(parentOf(previous)) : null;
            periods.add(new UnitLineage.Period(version.span(), version.getName(), version.getLevel(), parent,
                    decisionOf(decisions, version.getReorganisationId()), formerName, formerLevel, formerParent, version.holds(today)));
            previous = version;
        }
        return periods;
    }

    /**
     * The units on the other side of these links: a predecessor as it last was, the month before the
     * change; a successor as it was in the change's month.
     */
    private List<UnitLineage.Link> links(List<UnitSuccession> links, Function<UnitSuccession, Long> other, boolean predecessors,
                                         Map<Long, UnitLineage.Decision> decisions, Map<UnitAt, UnitRef> others) {
        List<UnitLineage.Link> shown = new ArrayList<>();
        for (UnitSuccession link : links) {
            UnitRef unit = others.get(otherOf(link, other, predecessors));
            if (unit != null) {
                shown.add(new UnitLineage.Link(unit, YearMonth.from(link.getEffectiveOn()),
                        decisionOf(decisions, link.getReorganisationId())));
            }
        }
        return shown;
    }

    /** A unit as it stood in a month: which version of it the page shows. */
    private record UnitAt(long unitId, YearMonth month) {
    }

    /** A version's parent, as it was in the version's first month; none for the agency's. */
    private static UnitAt parentOf(UnitVersion version) {
        return version.getParentId() == null ? null : new UnitAt(version.getParentId(), version.span().from());
    }

    /** The unit on the other side of a link: a predecessor the month before the change, a successor in its month. */
    private static UnitAt otherOf(UnitSuccession link, Function<UnitSuccession, Long> other, boolean predecessors) {
        YearMonth month = YearMonth.from(link.getEffectiveOn());
        return new UnitAt(other.apply(link), predecessors ? month.minusMonths(1) : month);
    }

    /** Every other unit the page names (the versions' parents, the units on the other side of the links), each as it was then; one query. */
    private Map<UnitAt, UnitRef> othersOf(List<UnitVersion> all, List<UnitSuccession> before, List<UnitSuccession> after) {
        List<UnitAt> asked = new ArrayList<>();
        all.stream().map(UnitLineages::parentOf).filter(Objects::nonNull).forEach(asked::add);
        before.forEach(link -> asked.add(otherOf(link, UnitSuccession::getPredecessorId, true)));
        after.forEach(link -> asked.add(otherOf(link, UnitSuccession::getSuccessorId, false)));
        List<UnitAt> distinct = asked.stream().distinct().toList();
        Map<UnitAt, UnitRef> refs = new HashMap<>();
        if (!distinct.isEmpty()) {
            versions.findNearestEach(distinct.stream().map(UnitAt::unitId).toArray(Long[]::new),
                            distinct.stream().map(unit -> unit.month().atDay(1)).toArray(LocalDate[]::new))
                    .forEach(row -> refs.put(distinct.get((int) row.getAsked() - 1), row.ref()));
        }
        return refs;
    }

    /** The decisions behind these versions and links, by reorganisation id; one query. */
    private Map<Long, UnitLineage.Decision> decisionsOf(List<UnitVersion> all, List<UnitSuccession> before, List<UnitSuccession> after) {
        Set<Long> ids = new HashSet<>();
        all.forEach(version -> ids.add(version.getReorganisationId()));
        before.forEach(link -> ids.add(link.getReorganisationId()));
        after.forEach(link -> ids.add(link.getReorganisationId()));
        ids.remove(null);
        return ids.isEmpty() ? Map.of() : reorganisations.findAllById(ids).stream()
                .collect(Collectors.toMap(Reorganisation::getId, UnitLineage.Decision::of));
    }

    /** The decision of this id; none for none (a 2021 version, a link recorded without one). */
    private static UnitLineage.Decision decisionOf(Map<Long, UnitLineage.Decision> decisions, Long id) {
        return id == null ? null : decisions.get(id);
    }
}
