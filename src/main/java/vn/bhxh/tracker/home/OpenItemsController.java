package vn.bhxh.tracker.home;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.bhxh.tracker.account.UserAccountService;
import vn.bhxh.tracker.system.PageLinks;
import vn.bhxh.tracker.unit.OpenItems;

/**
 * The administrator's list of what the reorganisations left unassigned (the admin home page's panel
 * links here), a kind at a time or all, a page at a time; an account's item with the account's name.
 */
@Controller
@RequestMapping("/admin/open-items")
@PreAuthorize("hasRole('ADMIN')")
class OpenItemsController {

    private final OpenItems openItems;
    private final UserAccountService users;

    OpenItemsController(OpenItems openItems, UserAccountService users) {
        this.openItems = openItems;
        this.users = users;
    }

    @GetMapping
    String list(@RequestParam(required = false) OpenItems.Kind kind,
                @RequestParam(defaultValue = "0") int page,
                Model model) {
        Page<OpenItems.Item> items = openItems.list(kind, PageLinks.page(page, PageLinks.PAGE_SIZE));
        List<Long> userIds = items.stream().map(OpenItems.Item::userId).filter(Objects::nonNull).toList();
        Map<Long, String> userNames = users.fullNamesOf(userIds);
        String filters = UriComponentsBuilder.newInstance()
                .queryParamIfPresent("kind", Optional.ofNullable(kind)).build().getQuery();
        model.addAttribute("items", items);
        model.addAttribute("userNames", userNames);
        model.addAttribute("pageLinks", new PageLinks(items, filters));
        model.addAttribute("kind", kind);
        model.addAttribute("openItemCounts", openItems.counts());
        return "home/openItems";
    }
}
