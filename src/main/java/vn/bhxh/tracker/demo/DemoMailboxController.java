package vn.bhxh.tracker.demo;

import org.springframework.context.annotation.Conditional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.bhxh.tracker.system.TrackerProperties;

/**
 * The demo mail catcher's inbox: the e-mails the application sent, newest first. It exists only
 * while the catcher runs ({@link DemoMailCondition}); any signed-in user may read it, as it holds
 * demo mail only.
 */
@Controller
@Conditional(DemoMailCondition.class)
@RequestMapping("/demo/mailbox")
@PreAuthorize("isAuthenticated()")
class DemoMailboxController {

    /** How many e-mails the page shows at most, the newest ones. */
    static final int SHOWN = 50;

    private final DemoMailbox mailbox;
    private final TrackerProperties properties;

    DemoMailboxController(DemoMailbox mailbox, TrackerProperties properties) {
        this.mailbox = mailbox;
        this.properties = properties;
    }

    @GetMapping
    String inbox(Model model) {
        DemoMailbox.Page page = mailbox.newest(SHOWN);
        model.addAttribute("mails", page.mails());
        model.addAttribute("total", page.total());
        model.addAttribute("shown", SHOWN);
        model.addAttribute("zone", properties.timeZone());
        return "demo/mailbox";
    }

    @PostMapping("/clear")
    String clear(RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashSuccess", "demo.mailbox.cleared");
        redirect.addFlashAttribute("flashArgument", mailbox.clear());
        return "redirect:/demo/mailbox";
    }
}
