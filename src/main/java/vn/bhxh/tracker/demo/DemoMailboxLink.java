package vn.bhxh.tracker.demo;

import org.springframework.context.annotation.Conditional;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** While the demo mail catcher runs, pages know it ({@code demoMailbox}), so the header links its inbox. */
@ControllerAdvice
@Conditional(DemoMailCondition.class)
class DemoMailboxLink {

    @ModelAttribute("demoMailbox")
    boolean demoMailbox() {
        return true;
    }
}
