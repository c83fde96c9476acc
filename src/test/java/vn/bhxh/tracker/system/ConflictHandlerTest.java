package vn.bhxh.tracker.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** A conflicting change that no page handled itself answers the Vietnamese 409 page, not a server error. */
class ConflictHandlerTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ConflictingPage())
            .setControllerAdvice(new ConflictHandler()).build();

    @ParameterizedTest(name = "{0} answers 409")
    @ValueSource(strings = {"stale", "duplicate", "state"})
    void conflictsAnswerThe409Page(String kind) throws Exception {
        mvc.perform(post("/conflict/{kind}", kind)).andExpect(status().isConflict()).andExpect(view().name("error/409"));
    }

    @Controller
    static class ConflictingPage {

        @PostMapping("/conflict/{kind}")
        String fail(@PathVariable String kind) {
            throw switch (kind) {
                case "stale" -> new ObjectOptimisticLockingFailureException(Object.class, 1L);
                case "duplicate" -> new DataIntegrityViolationException("duplicate key value violates unique constraint");
                default -> new ConflictException("not allowed in this state");
            };
        }
    }
}
