package vn.bhxh.tracker.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.sql.SQLException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A conflicting change that no page handled itself answers the Vietnamese 409 page, not a server
 * error; what the database refuses as data (a NUL byte, text too long) answers the 400 page, and any
 * other refusal the server-error page: neither is a conflict.
 */
class ConflictHandlerTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ConflictingPage())
            .setControllerAdvice(new ConflictHandler()).build();

    @ParameterizedTest(name = "{0} answers 409")
    @ValueSource(strings = {"stale", "duplicate", "state"})
    void conflictsAnswerThe409Page(String kind) throws Exception {
        mvc.perform(post("/conflict/{kind}", kind)).andExpect(status().isConflict()).andExpect(view().name("error/409"));
    }

    @ParameterizedTest(name = "SQL state {0} answers {1}")
    @CsvSource({
            "22021, 400, error/400",
            "22001, 400, error/400",
            "22P05, 400, error/400",
            "23505, 409, error/409",
            "23502, 500, error/5xx",
            "23514, 500, error/5xx"})
    void whatTheDatabaseRefusesIsAConflictOnlyForATakenUniqueKey(String sqlState, int status, String page) throws Exception {
        mvc.perform(post("/refused/{state}", sqlState)).andExpect(status().is(status)).andExpect(view().name(page));
    }

    @Controller
    static class ConflictingPage {

        @PostMapping("/conflict/{kind}")
        String fail(@PathVariable String kind) {
            throw switch (kind) {
                case "stale" -> new ObjectOptimisticLockingFailureException(Object.class, 1L);
                case "duplicate" -> refusal("23505");
                default -> new ConflictException("not allowed in this state");
            };
        }

        @PostMapping("/refused/{state}")
        String refuse(@PathVariable String state) {
            throw refusal(state);
        }

        /** As Spring translates PostgreSQL's refusal: the JDBC exception with its SQL state, as the cause. */
        private static DataIntegrityViolationException refusal(String sqlState) {
            return new DataIntegrityViolationException("could not execute statement",
                    new SQLException("ERROR: refused", sqlState));
        }
    }
}
