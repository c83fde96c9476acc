package vn.bhxh.tracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static vn.bhxh.tracker.support.Pages.html;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.TestAccounts;
import vn.bhxh.tracker.unit.UnitDirectory;

/** The administrator's user form: what it saves, and every bad input it refuses with a Vietnamese message. */
@IntegrationTest
class UserAdministrationTest {

    private static final String GOOD_PASSWORD = TestAccounts.NEW_USER_PASSWORD;
    /** Spring Session's cookie: sessions are kept in PostgreSQL, not in the servlet container. */
    private static final String SESSION_COOKIE = "SESSION";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers demo;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    UnitDirectory units;

    @Test
    void aValidFormCreatesAUserWhoCanSignIn() throws Exception {
        String username = uniqueName();
        mvc.perform(validForm(username)).andExpect(status().is3xxRedirection());

        UserAccount created = accounts.findByUsernameIgnoreCase(username).orElseThrow();
        assertThat(created.getFullName()).isEqualTo("Nguyễn Văn Bình");
        assertThat(created.getUnitId()).isEqualTo(units.refByCode("H002").orElseThrow().id());
        assertThat(created.getRoles()).containsExactly(Role.UNIT_LEADER);
        assertThat(created.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(GOOD_PASSWORD);
        mvc.perform(formLogin().user(username).password(GOOD_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void theUserListShowsEachUsersUnit() throws Exception {
        String list = html(mvc.perform(get("/admin/users").param("q", "demo.invalid").with(demo.as("admin")))
                .andExpect(status().isOk()));
        assertThat(list).containsPattern(">hanoi</a></td>\\s*<td>[^<]+</td>\\s*<td>BHXH thành phố Hà Nội</td>")
                .containsPattern(">badinh</a></td>\\s*<td>[^<]+</td>\\s*<td>BHXH cơ sở Ba Đình</td>");
    }

    @Test
    void blankFieldsAreEachReportedBesideTheirField() throws Exception {
        mvc.perform(post("/admin/users").with(demo.as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("account/userForm"))
                .andExpect(model().attributeHasFieldErrors("user", "username", "fullName", "email", "unitId", "roles", "password"))
                .andExpect(content().string(containsString("Vui lòng nhập tên đăng nhập.")))
                .andExpect(content().string(containsString("Vui lòng nhập họ và tên.")))
                .andExpect(content().string(containsString("Vui lòng chọn đơn vị.")))
                .andExpect(content().string(containsString("Vui lòng chọn ít nhất một vai trò.")));
    }

    @Test
    void aUserNameWithDiacriticsOrSpacesIsRefused() throws Exception {
        mvc.perform(validForm("nguyễn văn", "username", "nguyễn văn"))
                .andExpect(model().attributeHasFieldErrorCode("user", "username", "user.username.pattern"))
                .andExpect(content().string(containsString("chữ thường không dấu")));
    }

    @Test
    void aFullNameOfMoreThanTwoHundredCharactersIsRefusedWithTheLimitInTheReadersLanguage() throws Exception {
        String username = uniqueName();
        String tooLong = "Bình".repeat(50) + "h";

        String vietnamese = html(mvc.perform(validForm(username, "fullName", tooLong))
                .andExpect(status().isOk())
                .andExpect(view().name("account/userForm"))
                .andExpect(model().attributeHasFieldErrorCode("user", "fullName", "user.fullName.size"))
                .andExpect(model().attributeErrorCount("user", 1)));
        assertThat(vietnamese).contains("Họ và tên không quá 200 ký tự.", "value=\"" + tooLong + "\"");
        String english = html(mvc.perform(validForm(username, "fullName", tooLong).param("lang", "en"))
                .andExpect(model().attributeHasFieldErrorCode("user", "fullName", "user.fullName.size")));
        assertThat(english).contains("The full name has at most 200 characters.");
        assertThat(accounts.findByUsernameIgnoreCase(username)).isEmpty();
    }

    @Test
    void aFullNameOfExactlyTwoHundredCharactersIsKept() throws Exception {
        String username = uniqueName();
        mvc.perform(validForm(username, "fullName", "Bình".repeat(50))).andExpect(status().is3xxRedirection());
        assertThat(accounts.findByUsernameIgnoreCase(username).orElseThrow().getFullName()).isEqualTo("Bình".repeat(50));
    }

    @Test
    void anEmailOfMoreThan254CharactersIsRefusedWithTheLimitInTheReadersLanguage() throws Exception {
        String username = uniqueName();
        // 255 characters, each part of the address within its own limits
        String tooLong = "xy@" + "b".repeat(61) + "." + "c".repeat(61) + "." + "d".repeat(61) + "." + "e".repeat(61) + ".invl";
        assertThat(tooLong).hasSize(255);

        mvc.perform(validForm(username, "email", tooLong))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("user", "email", "user.email.size"))
                .andExpect(model().attributeErrorCount("user", 1))
                .andExpect(content().string(containsString("E-mail không quá 254 ký tự.")));
        mvc.perform(validForm(username, "email", tooLong).param("lang", "en"))
                .andExpect(content().string(containsString("The e-mail address has at most 254 characters.")));
        assertThat(accounts.findByUsernameIgnoreCase(username)).isEmpty();
    }

    @Test
    void aTakenUserNameIsRefusedWhateverItsCase() throws Exception {
        mvc.perform(validForm("BADINH"))
                .andExpect(model().attributeHasFieldErrorCode("user", "username", "user.username.taken"))
                .andExpect(content().string(containsString("Tên đăng nhập này đã được sử dụng.")));
    }

    @Test
    void aTakenOrMalformedEmailIsRefused() throws Exception {
        mvc.perform(validForm(uniqueName(), "email", "BADINH@demo.invalid"))
                .andExpect(model().attributeHasFieldErrorCode("user", "email", "user.email.taken"));
        mvc.perform(validForm(uniqueName(), "email", "not-an-address"))
                .andExpect(model().attributeHasFieldErrors("user", "email"))
                .andExpect(content().string(containsString("E-mail không đúng định dạng.")));
    }

    @Test
    void aWeakOrMismatchedPasswordIsRefused() throws Exception {
        mvc.perform(validForm(uniqueName(), "password", "short1", "passwordConfirmation", "short1"))
                .andExpect(model().attributeHasFieldErrorCode("user", "password", "user.password.weak"))
                .andExpect(content().string(containsString("Mật khẩu phải có từ 8 đến 64 ký tự, gồm cả chữ và số.")));
        mvc.perform(validForm(uniqueName(), "passwordConfirmation", "Khac2026xyz"))
                .andExpect(model().attributeHasFieldErrorCode("user", "passwordConfirmation", "user.password.mismatch"));
    }

    @Test
    void aUnitLeaderNeedsAPositionAndADirectorAProvincialOffice() throws Exception {
        mvc.perform(validForm(uniqueName(), "position", ""))
                .andExpect(model().attributeHasFieldErrorCode("user", "position", "user.position.requiredForLeader"));
        mvc.perform(validForm(uniqueName(), "roles", "PROVINCE_DIRECTOR"))
                .andExpect(model().attributeHasFieldErrorCode("user", "roles", "user.roles.directorNeedsProvince"));
    }

    @Test
    void anUnknownUnitOrRoleIsRefusedNotSaved() throws Exception {
        String username = uniqueName();
        mvc.perform(validForm(username, "unitId", "987654321"))
                .andExpect(model().attributeHasFieldErrorCode("user", "unitId", "user.unit.unknown"));
        mvc.perform(validForm(username, "roles", "SUPERUSER"))
                .andExpect(model().attributeHasFieldErrors("user", "roles"));
        assertThat(accounts.findByUsernameIgnoreCase(username)).isEmpty();
    }

    @Test
    void aRefusedFormKeepsWhatWasTyped() throws Exception {
        String page = html(mvc.perform(validForm(uniqueName(), "email", "sai-dinh-dang")));
        assertThat(page).contains("value=\"Nguyễn Văn Bình\"", "value=\"sai-dinh-dang\"");
    }

    @Test
    void anEditMadeFromAStaleFormIsRefusedAndTheInputKept() throws Exception {
        String username = uniqueName();
        mvc.perform(validForm(username));
        UserAccount account = accounts.findByUsernameIgnoreCase(username).orElseThrow();
        long openedVersion = account.getVersion();

        mvc.perform(edit(account.getId(), openedVersion, "fullName", "Người sửa trước"))
                .andExpect(status().is3xxRedirection());
        String page = html(mvc.perform(edit(account.getId(), openedVersion, "fullName", "Người sửa sau"))
                .andExpect(status().isOk()));
        assertThat(page).contains("vừa được người khác cập nhật", "value=\"Người sửa sau\"");
        assertThat(accounts.findByUsernameIgnoreCase(username).orElseThrow().getFullName()).isEqualTo("Người sửa trước");
    }

    @Test
    void aBlankPasswordOnEditKeepsTheCurrentOne() throws Exception {
        String username = uniqueName();
        mvc.perform(validForm(username));
        UserAccount account = accounts.findByUsernameIgnoreCase(username).orElseThrow();
        mvc.perform(edit(account.getId(), account.getVersion(), "password", "", "passwordConfirmation", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formLogin().user(username).password(GOOD_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void aDisabledUserCannotSignInUntilEnabledAgain() throws Exception {
        String username = uniqueName();
        mvc.perform(validForm(username));
        long id = accounts.findByUsernameIgnoreCase(username).orElseThrow().getId();

        mvc.perform(post("/admin/users/{id}/disable", id).with(demo.as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(formLogin().user(username).password(GOOD_PASSWORD)).andExpect(unauthenticated());

        mvc.perform(post("/admin/users/{id}/enable", id).with(demo.as("admin")).with(csrf()));
        mvc.perform(formLogin().user(username).password(GOOD_PASSWORD)).andExpect(authenticated());
    }

    @Test
    void disablingAUserEndsTheSessionsTheyAreSignedInWith() throws Exception {
        String username = uniqueName();
        mvc.perform(validForm(username));
        long id = accounts.findByUsernameIgnoreCase(username).orElseThrow().getId();
        Cookie session = mvc.perform(formLogin().user(username).password(GOOD_PASSWORD))
                .andExpect(authenticated()).andReturn().getResponse().getCookie(SESSION_COOKIE);
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/admin/users/{id}/disable", id).with(demo.as("admin")).with(csrf()));

        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void disablingAUserAlsoEndsTheirSessionsOnTheApi() throws Exception {
        String username = uniqueName();
        mvc.perform(validForm(username));
        long id = accounts.findByUsernameIgnoreCase(username).orElseThrow().getId();
        Cookie browser = mvc.perform(formLogin().user(username).password(GOOD_PASSWORD))
                .andExpect(authenticated()).andReturn().getResponse().getCookie(SESSION_COOKIE);
        Cookie machine = mvc.perform(get("/v3/api-docs").with(httpBasic(username, GOOD_PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getCookie(SESSION_COOKIE);
        mvc.perform(get("/v3/api-docs").cookie(browser)).andExpect(status().isOk());
        mvc.perform(get("/v3/api-docs").cookie(machine)).andExpect(status().isOk());

        mvc.perform(post("/admin/users/{id}/disable", id).with(demo.as("admin")).with(csrf()));

        mvc.perform(get("/v3/api-docs").cookie(browser)).andExpect(status().isUnauthorized());
        mvc.perform(get("/v3/api-docs").cookie(machine)).andExpect(status().isUnauthorized());
    }

    @Test
    void theAdministratorCannotDisableThemselvesNorDropTheirOwnAdminRole() throws Exception {
        UserAccount admin = accounts.findByUsernameIgnoreCase("admin").orElseThrow();
        mvc.perform(post("/admin/users/{id}/disable", admin.getId()).with(demo.as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.findByUsernameIgnoreCase("admin").orElseThrow().isEnabled()).isTrue();

        mvc.perform(post("/admin/users/{id}", admin.getId()).with(demo.as("admin")).with(csrf())
                        .param("version", String.valueOf(admin.getVersion())).param("username", "admin")
                        .param("fullName", admin.getFullName()).param("email", admin.getEmail())
                        .param("unitId", admin.getUnitId().toString()).param("roles", "REVIEWER"))
                .andExpect(model().attributeHasFieldErrorCode("user", "roles", "user.roles.cannotDropOwnAdmin"));
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRejected() throws Exception {
        mvc.perform(post("/admin/users").with(demo.as("admin")).param("username", uniqueName()))
                .andExpect(status().isForbidden());
    }

    /** A create request with valid values, but for the {@code overrides} given as name, value pairs. */
    private MockHttpServletRequestBuilder validForm(String username, String... overrides) {
        return withFields(post("/admin/users"), TestAccounts.newUserForm(username, units.refByCode("H002").orElseThrow().id()),
                overrides);
    }

    /** An edit request that keeps the user as they are, but for the {@code overrides}. */
    private MockHttpServletRequestBuilder edit(long id, long version, String... overrides) {
        UserAccount account = accounts.findById(id).orElseThrow();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", String.valueOf(version));
        fields.put("username", account.getUsername());
        fields.put("fullName", account.getFullName());
        fields.put("email", account.getEmail());
        fields.put("unitId", account.getUnitId().toString());
        fields.put("position", "DEPUTY");
        fields.put("roles", "UNIT_LEADER");
        return withFields(post("/admin/users/{id}", id), fields, overrides);
    }

    private MockHttpServletRequestBuilder withFields(MockHttpServletRequestBuilder request, Map<String, String> fields,
                                                     String... overrides) {
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        request.with(demo.as("admin")).with(csrf());
        fields.forEach(request::param);
        return request;
    }


    private static String uniqueName() {
        return "test." + UUID.randomUUID().toString().substring(0, 8);
    }
}
