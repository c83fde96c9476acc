package vn.bhxh.tracker.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.bhxh.tracker.system.LikePattern;
import vn.bhxh.tracker.system.NotFoundException;
import vn.bhxh.tracker.system.PageLinks;

/** The administrator's view of the unit hierarchy: search, then each unit with its parents and children. */
@Controller
@RequestMapping("/admin/units")
@PreAuthorize("hasRole('ADMIN')")
class UnitController {

    private final UnitRepository units;
    private final UnitSuccessionRepository successions;
    private final Clock clock;

    UnitController(UnitRepository units, UnitSuccessionRepository successions, Clock clock) {
        this.units = units;
        this.successions = successions;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q,
                @RequestParam(required = false) UnitLevel level,
                @RequestParam(required = false) Long parent,
                @RequestParam(defaultValue = "0") int page,
                Model model) {
        String levelName = level == null ? "" : level.name();
        long parentId = parent == null ? 0 : parent;
        Page<UnitRepository.UnitRow> result = units.search(LikePattern.escape(q), levelName, parentId,
                PageLinks.page(page, PageLinks.PAGE_SIZE));
        String filters = UriComponentsBuilder.newInstance()
                .queryParamIfPresent("q", q.isBlank() ? Optional.empty() : Optional.of(q))
                .queryParamIfPresent("level", Optional.ofNullable(level))
                .queryParamIfPresent("parent", Optional.ofNullable(parent))
                .encode().build().getQuery();
        model.addAttribute("units", result);
        model.addAttribute("pageLinks", new PageLinks(result, filters));
        model.addAttribute("q", q);
        model.addAttribute("level", level);
        model.addAttribute("levels", UnitLevel.values());
        model.addAttribute("parentUnit", parent == null ? null : units.findById(parent).orElse(null));
        return "unit/unitList";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Unit unit = units.findWithParentById(id).orElseThrow(() -> new NotFoundException("unit " + id));
        model.addAttribute("unit", unit);
        model.addAttribute("ancestors", ancestorsOf(unit));
        model.addAttribute("children", units.findChildren(unit.getId()));
        model.addAttribute("successors", successions.findSuccessorsOf(unit.getId()));
        model.addAttribute("predecessors", successions.findPredecessorsOf(unit.getId()));
        model.addAttribute("inEffect", unit.isInEffectOn(LocalDate.now(clock)));
        return "unit/unitDetails";
    }

    /** From the top of the hierarchy down to the unit's parent; at most three steps in BHXH. */
    private List<Unit> ancestorsOf(Unit unit) {
        List<Unit> ancestors = new ArrayList<>();
        Unit current = unit;
        while (current.getParent() != null) {
            current = units.findWithParentById(current.getParent().getId()).orElseThrow();
            ancestors.add(current);
        }
        Collections.reverse(ancestors);
        return ancestors;
    }
}
