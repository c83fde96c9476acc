package vn.bhxh.tracker.unit;

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
import vn.bhxh.tracker.system.PageLinks;

/**
 * The administrator's view of the unit hierarchy: search over every name a unit has had, then each unit
 * with where it stands and its lineage.
 */
@Controller
@RequestMapping("/admin/units")
@PreAuthorize("hasRole('ADMIN')")
class UnitController {

    private final UnitRepository units;
    private final UnitDirectory directory;
    private final UnitLineages lineages;

    UnitController(UnitRepository units, UnitDirectory directory, UnitLineages lineages) {
        this.units = units;
        this.directory = directory;
        this.lineages = lineages;
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
                directory.thisMonth().atDay(1), PageLinks.page(page, PageLinks.PAGE_SIZE));
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
        model.addAttribute("parentUnit", parent == null ? null : directory.refOf(parent).orElse(null));
        return "unit/unitList";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("lineage", lineages.of(id));
        return "unit/unitDetails";
    }
}
