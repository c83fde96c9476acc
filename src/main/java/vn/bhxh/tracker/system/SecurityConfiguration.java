package vn.bhxh.tracker.system;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Form login with CSRF protection and a new session id at sign-in (Spring Security's defaults, kept).
 * Everything but the login page and static files needs a signed-in user; each controller states
 * the roles it serves with {@code @PreAuthorize}, and {@code /admin/**} is closed here as well.
 * Passwords are checked by the account module's throttled provider, for the form and HTTP Basic alike.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Only the application's own scripts, styles and images; no inline script, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final RedirectStrategy REDIRECT = new DefaultRedirectStrategy();

    /** No address of a page (which may name a report) leaves for another site; the application's own requests keep it. */
    static final ReferrerPolicy REFERRER_POLICY = ReferrerPolicy.SAME_ORIGIN;

    /** Browser features the application never uses, denied to its pages and to anything they might embed. */
    static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), display-capture=(), geolocation=(), "
            + "gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=()";

    /** Served without a session (see {@link SessionlessPathsFilter}): static files and the health probes. */
    static final String[] STATELESS_PATHS = {"/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
            "/actuator/health", "/actuator/health/**"};

    /**
     * Static files and health probes need no session: none is read for them ({@link SessionlessPathsFilter})
     * and this chain never creates one. They answer while PostgreSQL, which holds the sessions, is
     * down: the outage page keeps its style sheet, the load balancer's probe reports DOWN.
     */
    @Bean
    @Order(0)
    SecurityFilterChain statelessSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(STATELESS_PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .headers(SecurityConfiguration::headers)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                // reads only: nothing for a forged request to do
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /**
     * The read API for other systems: the same accounts with HTTP Basic, no form, and a plain 401
     * instead of the login page. A client that keeps the session cookie is not re-checked on every
     * request: checking a BCrypt password costs about 80 ms, far more than the figures themselves.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry, ApiProblems problems)
            throws Exception {
        http.securityMatcher(ApiProblems.PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // a throttled sign-in gets 429 and Retry-After (account.SignInThrottles decides)
                .httpBasic(basic -> basic.authenticationEntryPoint(new ApiAuthenticationEntryPoint(problems)))
                .headers(SecurityConfiguration::headers)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED)
                        // the same registry as the pages: a disabled user's sessions end here too
                        .maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredSessionStrategy(expired -> expired.getResponse().sendError(401)))
                // only GET endpoints, which change nothing: there is nothing for a forged request to do
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .headers(SecurityConfiguration::headers)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true)
                        .failureHandler(SecurityConfiguration::signInFailed).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(session -> session
                        .sessionFixation(fixation -> fixation.changeSessionId())
                        // no limit on sessions; the registry lets a disabled user's sessions be ended at once
                        .maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredUrl("/login?expired"));
        return http.build();
    }

    /**
     * Back to the login page: with the wait when the throttle refused the attempt (the same for every
     * user name, known or not), else with the one message for every other refusal.
     */
    private static void signInFailed(HttpServletRequest request, HttpServletResponse response,
                                     AuthenticationException refusal) throws IOException {
        if (DatabaseOutage.isCauseOf(refusal)) {
            // the password could not be checked: an outage (503 page), not a wrong password
            throw refusal;
        }
        String target = refusal instanceof SignInThrottledException throttled
                ? "/login?throttled=" + throttled.retryAfterSeconds()
                : "/login?error";
        REDIRECT.sendRedirect(request, response, target);
    }

    /**
     * The same headers on every answer, besides Spring Security's defaults (no sniffing, no framing,
     * no caching). HSTS, one of them, is written on HTTPS requests only: behind the reverse proxy,
     * those that came with {@code X-Forwarded-Proto: https} ({@code server.forward-headers-strategy}).
     */
    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }

    /**
     * The headers that the filter chains write on pages, for a page written outside them: the outage
     * page, when the session could not be read.
     */
    static void writePageHeaders(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", REFERRER_POLICY.getPolicy());
        response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
    }

    /**
     * Sessions live in PostgreSQL (Spring Session JDBC), indexed by user name: any instance finds and
     * ends a user's sessions, e.g. when an administrator disables the account; the request's own
     * session is answered from what the request already read ({@link RequestSessionRegistry}).
     */
    @Bean
    SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
        return new RequestSessionRegistry(new SpringSessionBackedSessionRegistry<>(sessions));
    }

    /**
     * Sign-ins are observed (they become metrics); the filter chain and each authorization are not:
     * wrapping each of the chain's filters in an observation was most of the filters' own time, and
     * the request itself is already timed (http.server.requests).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false).shouldObserveAuthorizations(false).shouldObserveAuthentications(true).build();
    }

    /** BCrypt today, with the algorithm recorded in each hash so that it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
