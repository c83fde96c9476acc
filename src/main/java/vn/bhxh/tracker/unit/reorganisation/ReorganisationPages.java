package vn.bhxh.tracker.unit.reorganisation;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;

import vn.bhxh.tracker.system.Actor;
import vn.bhxh.tracker.system.NotFoundException;
import vn.bhxh.tracker.system.PageLinks;
import vn.bhxh.tracker.system.TrackerProperties;

/** What the reorganisation pages show, gathered in one read-only transaction per page. */
@Component
@Transactional(readOnly = true)
class ReorganisationPages {

    private final Reorganisations reorganisations;
    private final ReorganisationPlans plans;
    private final UnitPeople people;
    private final TrackerProperties properties;

    ReorganisationPages(Reorganisations reorganisations, ReorganisationPlans plans, UnitPeople people,
                        TrackerProperties properties) {
        this.reorganisations = reorganisations;
        this.plans = plans;
        this.people = people;
        this.properties = properties;
    }

    /** The decisions recorded, a page of them, the newest first, and the administrator's plans not yet applied. */
    void addList(Model model, int page, Actor actor) {
        Page<Reorganisations.Decision> decisions = reorganisations.page(PageLinks.page(page, PageLinks.PAGE_SIZE));
        model.addAttribute("decisions", decisions);
        model.addAttribute("pageLinks", new PageLinks(decisions, ""));
        model.addAttribute("appliedBy", namesOf(decisions.getContent()));
        model.addAttribute("openPlans", plans.openPlansOf(actor));
        model.addAttribute("zone", properties.timeZone());
    }

    /** A decision, a page of its lines, and the people still in the units it ended (to place). */
    void addDecision(Model model, long id, int page) {
        Reorganisations.Decision decision = reorganisations.find(id).orElseThrow(() -> new NotFoundException("reorganisation " + id));
        Page<Reorganisations.DecisionLine> lines = reorganisations.lines(id, PageLinks.page(page, ReorganisationController.LINES_PER_PAGE));
        Map<Long, Reorganisations.EndedUnit> ended = new LinkedHashMap<>();
        reorganisations.endedBy(id).forEach(unit -> ended.put(unit.unitId(), unit));
        model.addAttribute("decision", decision);
        model.addAttribute("lines", lines);
        model.addAttribute("pageLinks", new PageLinks(lines, ""));
        model.addAttribute("appliedBy", namesOf(List.of(decision)));
        model.addAttribute("ended", ended);
        model.addAttribute("toPlace", ended.isEmpty() ? List.of() : people.membersOf(ended.keySet()));
        model.addAttribute("zone", properties.timeZone());
    }

    private Map<Long, String> namesOf(List<Reorganisations.Decision> decisions) {
        Set<Long> ids = new HashSet<>();
        decisions.stream().map(Reorganisations.Decision::appliedBy).filter(Objects::nonNull).forEach(ids::add);
        return people.fullNamesOf(ids);
    }

    /** A page of a list already read. */
    static <T> Page<T> pageOf(List<T> all, int page, int size) {
        PageRequest request = PageLinks.page(page, size);
        int from = (int) Math.min(request.getOffset(), all.size());
        return new PageImpl<>(all.subList(from, Math.min(from + size, all.size())), request, all.size());
    }
}
