package vn.bhxh.tracker.system;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;

/** Who reaches which page: each role its own home page and pages, 403 elsewhere, sign-in for strangers. */
@IntegrationTest
class AccessByRoleTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
            "admin, home/admin",
            "tccb, home/reviewer",
            "tgd, home/executive",
            "hanoi, home/provinceDirector",
            "badinh, home/unitLeader",
            "badinh.pho, home/unitLeader"})
    void eachRoleLandsOnItsOwnHomePage(String username, String homeView) throws Exception {
        mvc.perform(get("/").with(demo.as(username))).andExpect(status().isOk()).andExpect(view().name(homeView));
    }

    @Test
    void homePagesShowWhatIsPending() throws Exception {
        mvc.perform(get("/").with(demo.as("badinh")))
                .andExpect(content().string(containsString("data-testid=\"recent-periods\"")))
                .andExpect(content().string(containsString("/my-unit/reports/")));
        mvc.perform(get("/").with(demo.as("tccb")))
                .andExpect(content().string(containsString("data-testid=\"waiting-for-review\"")));
    }

    @ParameterizedTest(name = "{0} may not open the admin pages")
    @ValueSource(strings = {"tccb", "tgd", "hanoi", "badinh", "badinh.pho"})
    void onlyTheAdministratorReachesAdminPages(String username) throws Exception {
        for (String page : new String[] {"/admin/units", "/admin/units/1", "/admin/users", "/admin/users/new", "/admin/users/1",
                "/admin/open-items", "/admin/reorganisations"}) {
            mvc.perform(get(page).with(demo.as(username)).accept(MediaType.TEXT_HTML))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void aNonAdministratorCannotCreateAUserEvenByPostingDirectly() throws Exception {
        mvc.perform(post("/admin/users").with(demo.as("tccb"))
                        .with(csrf())
                        .param("username", "intruder"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAdministratorReachesUnitsUsersAndTheChecklist() throws Exception {
        for (String page : new String[] {"/admin/units", "/admin/units/1", "/admin/users", "/admin/users/new", "/admin/open-items", "/admin/reorganisations",
                "/checklist"}) {
            mvc.perform(get(page).with(demo.as("admin"))).andExpect(status().isOk());
        }
    }

    @ParameterizedTest(name = "{0} reads the checklist")
    @ValueSource(strings = {"tccb", "tgd", "hanoi", "badinh"})
    void everySignedInUserReadsTheChecklist(String username) throws Exception {
        mvc.perform(get("/checklist").with(demo.as(username)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chỉ thị 2165/CT-BHXH, mục 2đ")));
    }

    @Test
    void aStrangerIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/checklist")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/users")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void theLoginPageAndStaticFilesAreOpen() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đăng nhập")));
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void demoAccountsSignInWithTheDemoPasswordAndNotWithoutIt() throws Exception {
        mvc.perform(formLogin().user("badinh").password(DemoUsers.PASSWORD))
                .andExpect(authenticated().withUsername("badinh")).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin().user("badinh").password("wrong-password"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aMissingRecordOrPageAnswers404() throws Exception {
        mvc.perform(get("/admin/units/999999").with(demo.as("admin")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
        mvc.perform(get("/no-such-page").with(demo.as("badinh")).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
    }

    @Test
    void pagesForbidInlineScriptsAndFraming() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Frame-Options", "DENY"));
    }

    @Test
    void theLanguageSwitchKeepsTheListsFilters() throws Exception {
        mvc.perform(get("/admin/units?q={q}&page=0", "ba dinh").with(demo.as("admin")))
                .andExpect(content().string(containsString("/admin/units?q=ba%20dinh&amp;page=0&amp;lang=en")));
    }

    @Test
    void theEnglishLocaleIsOneParameterAway() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(containsString("Sign in")));
    }
}
