package vn.bhxh.tracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.bhxh.tracker.audit.AuditEntry;
import vn.bhxh.tracker.audit.AuditLog;
import vn.bhxh.tracker.support.AtOnce;
import vn.bhxh.tracker.support.DemoUsers;
import vn.bhxh.tracker.support.IntegrationTest;
import vn.bhxh.tracker.support.TestAccounts;
import vn.bhxh.tracker.support.TestClock;
import vn.bhxh.tracker.system.SignInThrottledException;

/**
 * Sign-in throttling through the login form and HTTP Basic, with the default settings (5 failures
 * before waits of 5 s doubling up to a minute, 10 before a 15-minute lock; 20 and 50 per address).
 * The clock is frozen and moved by hand; every test signs in from addresses and with user names of
 * its own, so that no count is shared with another test.
 */
@IntegrationTest
class SignInThrottlingTest {

    private static final String API = "/v3/api-docs";
    private static final String WRONG = "Sai-mat-khau-1";

    @Autowired
    MockMvc mvc;

    // the demo profile wraps the application's clock (demo.DemoClock): the test clock itself is this one
    final TestClock clock = TestClock.INSTANCE;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    DemoUsers demo;

    @Autowired
    SignInThrottles throttles;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcTemplate jdbc;

    private LocalDateTime now;

    @BeforeEach
    void freezeClock() {
        now = clock.startOfRunInVietnam();
        clock.freezeAt(now);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void afterFiveWrongPasswordsTheFormRefusesEvenTheRightOneUntilTheWaitIsOver() throws Exception {
        String user = newUser();
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            byForm(user, WRONG, address).andExpect(redirectedUrl("/login?error"));
        }

        byForm(user, DemoUsers.PASSWORD, address).andExpect(redirectedUrl("/login?throttled=5")).andExpect(unauthenticated());
        advance(Duration.ofSeconds(4));
        byForm(user, DemoUsers.PASSWORD, address).andExpect(redirectedUrl("/login?throttled=1"));
        advance(Duration.ofSeconds(1));
        byForm(user, DemoUsers.PASSWORD, address).andExpect(redirectedUrl("/")).andExpect(authenticated());
    }

    @Test
    void eachFailureBeyondTheFifthDoublesTheWait() throws Exception {
        String user = newUser();
        String address = newAddress();
        failTimes(user, address, 5);
        advance(Duration.ofSeconds(5));
        byForm(user, WRONG, address).andExpect(redirectedUrl("/login?error"));
        byForm(user, WRONG, address).andExpect(redirectedUrl("/login?throttled=10"));
        advance(Duration.ofSeconds(10));
        byForm(user, WRONG, address).andExpect(redirectedUrl("/login?error"));
        byForm(user, WRONG, address).andExpect(redirectedUrl("/login?throttled=20"));
    }

    @Test
    void tenWrongPasswordsLockTheAccountFifteenMinutesAndTheRightOneWorksOnlyAfterwards() throws Exception {
        String user = newUser();
        String address = newAddress();
        failTimes(user, address, 10);

        advance(Duration.ofMinutes(1));
        byForm(user, DemoUsers.PASSWORD, address).andExpect(redirectedUrl("/login?throttled=" + (14 * 60)));
        // from another address too: the lock is the account's
        byForm(user, DemoUsers.PASSWORD, newAddress()).andExpect(redirectedUrl("/login?throttled=" + (14 * 60)));
        advance(Duration.ofMinutes(14).minusSeconds(1));
        byForm(user, DemoUsers.PASSWORD, address).andExpect(redirectedUrl("/login?throttled=1"));
        advance(Duration.ofSeconds(1));
        byForm(user, DemoUsers.PASSWORD, address).andExpect(authenticated());
        // the success wiped the slate: five more failures before any wait
        failTimes(user, address, 4);
        byForm(user, DemoUsers.PASSWORD, address).andExpect(authenticated());
    }

    @Test
    void aStrangersWrongPasswordsDoNotKeepOutTheOwnerOnABrowserThatSignedInBefore() throws Exception {
        String user = newUser();
        String owner = newAddress();
        Cookie known = byForm(user, DemoUsers.PASSWORD, owner).andExpect(authenticated()).andReturn()
                .getResponse().getCookie(SignInDevices.COOKIE);
        assertThat(known).isNotNull();
        assertThat(known.isHttpOnly()).isTrue();
        assertThat(known.getPath()).isEqualTo("/login");

        // a stranger locks the account from elsewhere
        failTimes(user, newAddress(), 10);
        advance(Duration.ofMinutes(1));
        byForm(user, DemoUsers.PASSWORD, newAddress()).andExpect(redirectedUrl("/login?throttled=" + (14 * 60)));
        // the owner's browser is known to the account: the lock does not hold it
        byForm(user, DemoUsers.PASSWORD, owner, known).andExpect(authenticated());
        // a browser known to another account is not
        Cookie others = byForm(newUser(), DemoUsers.PASSWORD, newAddress()).andReturn().getResponse()
                .getCookie(SignInDevices.COOKIE);
        byForm(user, DemoUsers.PASSWORD, newAddress(), others).andExpect(redirectedUrl("/login?throttled=" + (14 * 60)));
        // nor is an API client, which gets no cookie
        assertThat(byBasic(newUser(), DemoUsers.PASSWORD, newAddress()).andReturn().getResponse()
                .getCookie(SignInDevices.COOKIE)).isNull();
    }

    @Test
    void aKnownBrowserThatFailsAsOftenAsTheLockAllowsIsForgotten() throws Exception {
        String user = newUser();
        String address = newAddress();
        Cookie known = byForm(user, DemoUsers.PASSWORD, address).andExpect(authenticated()).andReturn()
                .getResponse().getCookie(SignInDevices.COOKIE);
        Long accountId = jdbc.queryForObject("SELECT id FROM user_account WHERE username = ?", Long.class, user);
        for (int i = 0; i < 9; i++) {
            advance(Duration.ofMinutes(1));
            byForm(user, WRONG, address, known).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(devicesOf(accountId)).isEqualTo(1);
        advance(Duration.ofMinutes(1));
        byForm(user, WRONG, address, known).andExpect(redirectedUrl("/login?error"));
        assertThat(devicesOf(accountId)).isZero();
        // from then on it is a stranger's browser, held by the account's waits and lock like any other
    }

    private int devicesOf(Long accountId) {
        return jdbc.queryForObject("SELECT count(*) FROM sign_in_device WHERE account_id = ?", Integer.class, accountId);
    }

    @Test
    void httpBasicAnswers429WithRetryAfterAndNoPageThenLocksLikeTheForm() throws Exception {
        String user = newUser();
        String address = newAddress();
        for (int i = 0; i < 5; i++) {
            byBasic(user, WRONG, address).andExpect(status().isUnauthorized())
                    .andExpect(header().string("WWW-Authenticate", containsString("Basic")));
        }

        byBasic(user, DemoUsers.PASSWORD, address)
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(containsString("vui lòng thử lại sau 5 giây")))
                .andExpect(content().string(not(containsString("<html"))));

        for (int i = 0; i < 5; i++) {
            advance(Duration.ofMinutes(2));
            byBasic(user, WRONG, address).andExpect(status().isUnauthorized());
        }
        byBasic(user, DemoUsers.PASSWORD, address)
                .andExpect(status().isTooManyRequests()).andExpect(header().string("Retry-After", "900"));
        advance(Duration.ofMinutes(15));
        byBasic(user, DemoUsers.PASSWORD, address).andExpect(status().isOk());
    }

    @Test
    void theFormAndHttpBasicCountTheSameFailures() throws Exception {
        String user = newUser();
        String address = newAddress();
        failTimes(user, address, 3);
        byBasic(user, WRONG, address).andExpect(status().isUnauthorized());
        byBasic(user, WRONG, address).andExpect(status().isUnauthorized());

        byForm(user, DemoUsers.PASSWORD, address).andExpect(redirectedUrl("/login?throttled=5"));
    }

    @Test
    void twentyFailuresFromOneAddressUnderAnyNamesMakeEveryoneThereWait() throws Exception {
        String address = newAddress();
        for (int i = 0; i < 20; i++) {
            byForm(unknownName(), WRONG, address).andExpect(redirectedUrl("/login?error"));
        }
        String user = newUser();

        byForm(user, DemoUsers.PASSWORD, address).andExpect(redirectedUrl("/login?throttled=5"));
        byBasic(user, DemoUsers.PASSWORD, address).andExpect(status().isTooManyRequests());
        byForm(user, DemoUsers.PASSWORD, newAddress()).andExpect(authenticated());
        advance(Duration.ofSeconds(5));
        byForm(user, DemoUsers.PASSWORD, address).andExpect(authenticated());
    }

    @Test
    void fiftyFailuresFromOneAddressLockItAndTheLockIsAudited() {
        String address = newAddress();
        for (int i = 0; i < 50; i++) {
            advance(Duration.ofMinutes(1));
            SignInAttempt attempt = throttles.admit(unknownName(), address);
            throttles.failed(attempt, new BadCredentialsException("wrong"));
        }

        assertThatThrownBy(() -> throttles.admit(unknownName(), address))
                .isInstanceOfSatisfying(SignInThrottledException.class,
                        refused -> assertThat(refused.getRetryAfter()).isEqualTo(Duration.ofMinutes(15)));
        assertThat(throttles.locks()).anySatisfy(lock -> {
            assertThat(lock.subject()).isEqualTo(address);
            assertThat(lock.kind()).isEqualTo(SignInThrottle.Kind.ADDRESS);
            assertThat(lock.failures()).isEqualTo(50);
        });
        assertThat(jdbc.queryForList("SELECT details FROM audit_event WHERE action = 'SIGN_IN_LOCKED' AND target_id IS NULL"
                + " AND details LIKE ?", String.class, "%\"subject\":\"" + address + "\"%"))
                .singleElement().asString().contains("\"scope\":\"ADDRESS\"", "\"failures\":50");
    }

    @Test
    void anUnknownUserNameGetsTheSameAnswersAsAKnownOneStepByStep() throws Exception {
        String known = newUser();
        String unknown = unknownName();
        String knownAddress = newAddress();
        String unknownAddress = newAddress();
        List<String> knownAnswers = new ArrayList<>();
        List<String> unknownAnswers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            advance(i < 5 ? Duration.ZERO : Duration.ofSeconds(i == 5 ? 2 : 60));
            knownAnswers.add(byForm(known, WRONG, knownAddress).andReturn().getResponse().getRedirectedUrl());
            unknownAnswers.add(byForm(unknown, WRONG, unknownAddress).andReturn().getResponse().getRedirectedUrl());
        }

        assertThat(unknownAnswers).isEqualTo(knownAnswers)
                .contains("/login?error", "/login?throttled=3", "/login?throttled=840");
        byBasic(unknown, WRONG, unknownAddress).andExpect(status().isTooManyRequests());
    }

    @Test
    void aThrottledAttemptNeverReachesThePasswordCheck() {
        AtomicInteger checks = new AtomicInteger();
        AuthenticationProvider provider = new ThrottledAuthenticationProvider(alwaysWrong(checks), throttles);
        String name = unknownName();
        String address = newAddress();

        for (int i = 0; i < 8; i++) {
            try {
                provider.authenticate(attempt(name, address));
            } catch (SignInThrottledException | BadCredentialsException expected) {
                // counted below
            }
        }

        assertThat(checks).hasValue(5);
    }

    @Test
    void simultaneousAttemptsCannotSlipPastTheCount() throws Exception {
        AtomicInteger checks = new AtomicInteger();
        AuthenticationProvider provider = new ThrottledAuthenticationProvider(alwaysWrong(checks), throttles);
        String name = unknownName();
        String address = newAddress();
        int attempts = 12;
        List<String> answers = AtOnce.run(attempts, () -> {
            try {
                provider.authenticate(attempt(name, address));
                return "signed in";
            } catch (SignInThrottledException refused) {
                return "refused";
            } catch (BadCredentialsException wrong) {
                return "wrong";
            }
        });
        assertThat(answers).filteredOn("wrong"::equals).hasSize(5);
        assertThat(answers).filteredOn("refused"::equals).hasSize(attempts - 5);
        assertThat(checks).hasValue(5);
    }

    @Test
    void signInsFailuresAndLocksAreAuditedWithTheAddress() throws Exception {
        String user = newUserName();
        Long id = testAccounts.ensureLeader(user, "Người Thử Nhật Ký", "H003", Position.HEAD);
        String address = newAddress();
        byForm(user, DemoUsers.PASSWORD, address).andExpect(authenticated());
        failTimes(user, address, 10);

        List<AuditEntry> events = auditLog.eventsOf(SignInThrottles.AUDIT_TARGET, id);
        assertThat(events).extracting(AuditEntry::action).containsExactly(expectedActions());
        assertThat(events.get(0).actorName()).isEqualTo("Người Thử Nhật Ký");
        assertThat(events.get(0).details()).containsEntry("address", address);
        assertThat(events.get(1).details()).containsEntry("reason", "BAD_PASSWORD").containsEntry("username", user);
        assertThat(events.get(11).details()).containsEntry("scope", "ACCOUNT").containsEntry("failures", "10");

        String unknown = unknownName();
        byForm(unknown, WRONG, address);
        assertThat(jdbc.queryForList("SELECT details FROM audit_event WHERE action = 'SIGN_IN_FAILED'"
                + " AND target_id IS NULL AND actor_name = ?", String.class, unknown))
                .singleElement().asString().contains("\"reason\":\"UNKNOWN_USER\"", "\"address\":\"" + address + "\"");
    }

    @Test
    void theAdministratorSeesTheLockOnTheUserPageAndUnlocksItAtOnceAndTheUnlockIsAudited() throws Exception {
        String user = newUserName();
        Long id = testAccounts.ensureLeader(user, "Người Bị Khóa", "H003", Position.HEAD);
        String address = newAddress();
        failQuietly(user, address, 10);

        mvc.perform(get("/admin/users/{id}", id).with(demo.as("admin")))
                .andExpect(content().string(containsString("Đăng nhập bị tạm khóa đến")))
                .andExpect(content().string(containsString("sau 10 lần nhập sai")))
                .andExpect(content().string(containsString("data-confirm=\"Gỡ tạm khóa đăng nhập cho tài khoản này?")));
        mvc.perform(get("/admin/users").with(demo.as("admin")))
                .andExpect(content().string(containsString("Đang tạm khóa đăng nhập")))
                .andExpect(content().string(containsString(user)));

        mvc.perform(post("/admin/users/{id}/unlock-sign-in", id).with(demo.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id))
                .andExpect(flash().attribute("flashSuccess", "user.flash.signInUnlocked"));

        byForm(user, DemoUsers.PASSWORD, address).andExpect(authenticated());
        assertThat(auditLog.eventsOf(SignInThrottles.AUDIT_TARGET, id))
                .filteredOn(event -> event.action().equals("SIGN_IN_UNLOCKED")).singleElement()
                .satisfies(event -> {
                    assertThat(event.actorName()).isEqualTo("Quản trị hệ thống");
                    assertThat(event.details()).isEqualTo(Map.of("scope", "ACCOUNT", "subject", user));
                });
        mvc.perform(post("/admin/users/{id}/unlock-sign-in", id).with(demo.as("admin")).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "user.flash.signInNotLocked"));
    }

    @Test
    void theAdministratorUnlocksAnAddressOrAnUnknownNameFromTheUsersPage() throws Exception {
        String unknown = unknownName();
        String address = newAddress();
        failQuietly(unknown, address, 10);
        SignInThrottles.Restriction lock = throttles.locks().stream()
                .filter(restriction -> restriction.subject().equals(unknown)).findFirst().orElseThrow();

        mvc.perform(post("/admin/users/sign-in-locks/{id}/unlock", lock.id()).with(demo.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("flashArgument", unknown));

        assertThat(throttles.locks()).noneMatch(restriction -> restriction.subject().equals(unknown));
        byForm(unknown, WRONG, address).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void onlyAnAdministratorMayUnlock() throws Exception {
        String user = newUserName();
        Long id = testAccounts.ensureLeader(user, "Người Bị Khóa", "H003", Position.HEAD);
        failQuietly(user, newAddress(), 10);

        mvc.perform(post("/admin/users/{id}/unlock-sign-in", id).with(demo.as("badinh")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/{id}/unlock-sign-in", id).with(demo.as("admin")))
                .andExpect(status().isForbidden());
        byForm(user, DemoUsers.PASSWORD, newAddress()).andExpect(redirectedUrl("/login?throttled=900"));
    }

    @Test
    void theLoginPageWordsTheWaitInVietnameseAndInEnglishAndIgnoresANonsenseWait() throws Exception {
        mvc.perform(get("/login").param("throttled", "900"))
                .andExpect(content().string(containsString("việc đăng nhập tạm thời bị ngừng. Vui lòng thử lại sau 15 phút.")));
        mvc.perform(get("/login").param("throttled", "7"))
                .andExpect(content().string(containsString("thử lại sau 7 giây")));
        mvc.perform(get("/login").param("throttled", "900").param("lang", "en"))
                .andExpect(content().string(containsString("signing in is paused for now. Please try again in 15 min.")));
        mvc.perform(get("/login").param("throttled", "soon"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-testid=\"login-throttled\""))));
    }

    @Test
    void aUserNameWithANulByteIsCountedLikeAnyOtherWithoutADatabaseError() {
        String name = unknownName() + "\u0000x";
        String address = newAddress();
        failQuietly(name, address, 5);

        assertThatThrownBy(() -> throttles.admit(name, address)).isInstanceOf(SignInThrottledException.class);
        assertThat(jdbc.queryForObject("SELECT failures FROM sign_in_throttle WHERE kind = 'ACCOUNT' AND subject = ?",
                Integer.class, name.replace('\u0000', '\uFFFD'))).isEqualTo(5);
    }

    @Test
    void theHourlyJobForgetsCountsThatRestrictNothingAndKeepsLocks() throws Exception {
        String old = unknownName();
        failQuietly(old, newAddress(), 1);
        advance(Duration.ofMinutes(59));
        String forgiven = newUser();
        String address = newAddress();
        failQuietly(forgiven, address, 2);
        byForm(forgiven, DemoUsers.PASSWORD, address).andExpect(authenticated());
        String locked = unknownName();
        failQuietly(locked, address, 10);
        String recent = unknownName();
        failQuietly(recent, newAddress(), 1);

        throttles.forgetIdle();

        assertThat(jdbc.queryForList("SELECT subject FROM sign_in_throttle WHERE kind = 'ACCOUNT' AND subject IN (?, ?, ?, ?)",
                String.class, forgiven, locked, old, recent)).containsExactlyInAnyOrder(locked, recent);
    }

    private static String[] expectedActions() {
        List<String> actions = new ArrayList<>(List.of("SIGNED_IN"));
        for (int i = 0; i < 10; i++) {
            actions.add("SIGN_IN_FAILED");
        }
        actions.add("SIGN_IN_LOCKED");
        return actions.toArray(String[]::new);
    }

    /** Wrong passwords through the form, each one let through (the clock moves past any wait first). */
    private void failTimes(String username, String address, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            advance(Duration.ofMinutes(1));
            byForm(username, WRONG, address).andExpect(redirectedUrl("/login?error"));
        }
    }

    /**
     * The same failures straight through the throttle, without the password check's cost, for tests
     * about what follows them (the web path of a failure is tested above).
     */
    private void failQuietly(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            advance(Duration.ofMinutes(1));
            throttles.failed(throttles.admit(username, address), new BadCredentialsException("wrong"));
        }
    }

    private ResultActions byForm(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf()).with(from(address)));
    }

    private ResultActions byForm(String username, String password, String address, Cookie device) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password)
                .cookie(device).with(csrf()).with(from(address)));
    }

    private ResultActions byBasic(String username, String password, String address) throws Exception {
        return mvc.perform(get(API).with(httpBasic(username, password)).with(from(address)));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static Authentication attempt(String name, String address) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(name, WRONG);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    private static AuthenticationProvider alwaysWrong(AtomicInteger checks) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                checks.incrementAndGet();
                throw new BadCredentialsException("wrong");
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return true;
            }
        };
    }

    private void advance(Duration duration) {
        now = now.plus(duration);
        clock.freezeAt(now);
    }

    /** A unit leader with the demo password, made for this test alone. */
    private String newUser() {
        String username = newUserName();
        testAccounts.ensureLeader(username, "Người Thử Đăng Nhập", "H003", Position.HEAD);
        return username;
    }

    private static String newUserName() {
        return "thu." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String unknownName() {
        return "khong.co." + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
