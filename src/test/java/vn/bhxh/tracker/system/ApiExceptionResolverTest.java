package vn.bhxh.tracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.databind.json.JsonMapper;

/**
 * Whatever an API handler throws answers an RFC 9457 problem detail in JSON, with the status the
 * failure deserves, whichever module's exception it is (409 for conflicts, 500 for the unexpected
 * with nothing of it leaked, 503 for an exception that declares it); pages are left to their own handlers.
 */
class ApiExceptionResolverTest {

    private static final String SECRET = "internal-detail-that-must-not-leak";

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingApi())
            .setHandlerExceptionResolvers(new ApiExceptionResolver(problems())).build();

    @ParameterizedTest(name = "{0} answers {1}")
    @CsvSource({
            "conflict, 409, Dữ liệu vừa thay đổi",
            "stale, 409, Dữ liệu vừa thay đổi",
            "duplicate-key, 409, Dữ liệu vừa thay đổi",
            "nul-refused-by-the-database, 400, Yêu cầu không hợp lệ",
            "not-found, 404, Không tìm thấy trang",
            "unexpected, 500, Đã có lỗi xảy ra"})
    void eachFailureAnswersAProblemDetailWithItsStatusAndAVietnameseTitle(String kind, int status, String title)
            throws Exception {
        String body = mvc.perform(get("/api/test/{kind}", kind))
                .andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("about:blank"))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.instance").value("/api/test/" + kind))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(SECRET);
    }

    @ParameterizedTest(name = "{0} answers 503")
    @CsvSource({"declared-unavailable", "response-status-unavailable"})
    void anyStatusAnExceptionDeclaresIsAnsweredAsAProblemDetail(String kind) throws Exception {
        mvc.perform(get("/api/test/{kind}", kind))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.title").isNotEmpty());
    }

    @Test
    void theTitleFollowsTheRequestsLanguage() throws Exception {
        mvc.perform(get("/api/test/conflict").cookie(new Cookie("tracker-lang", "en")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("The data has just changed"));
    }

    @Test
    void aPagesFailureIsLeftToThePagesHandlers() {
        assertThatThrownBy(() -> mvc.perform(get("/reports/test/conflict"))).hasRootCauseInstanceOf(ConflictException.class);
    }

    private static ApiProblems problems() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ApiProblems(messages, new WebConfiguration().localeResolver(), JsonMapper.builder().build());
    }

    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    static class Unavailable extends RuntimeException {
    }

    @RestController
    static class FailingApi {

        @GetMapping({"/api/test/{kind}", "/reports/test/{kind}"})
        String fail(@PathVariable String kind) {
            throw switch (kind) {
                case "conflict" -> new ConflictException(SECRET);
                case "stale" -> new ObjectOptimisticLockingFailureException(Object.class, 1L);
                case "duplicate-key" -> new DataIntegrityViolationException(SECRET, new SQLException(SECRET, "23505"));
                case "nul-refused-by-the-database" -> new DataIntegrityViolationException(SECRET, new SQLException(SECRET, "22021"));
                case "not-found" -> new NotFoundException(SECRET);
                case "declared-unavailable" -> new Unavailable();
                case "response-status-unavailable" -> new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, SECRET);
                default -> new IllegalStateException(SECRET);
            };
        }
    }
}
