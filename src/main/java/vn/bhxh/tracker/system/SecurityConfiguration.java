package vn.bhxh.tracker.system;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;

/**
 * Form login with CSRF protection and a new session id at sign-in (Spring Security's defaults, kept).
 * Everything but the login page and static files needs a signed-in user; each controller states
 * the roles it serves with {@code @PreAuthorize}, and {@code /admin/**} is closed here as well.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    /** Only the application's own scripts, styles and images; no inline script, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

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
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry) throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(basicChallenge()))
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
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).failureHandler(signInFailure())
                        .permitAll())
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
     * The same headers on every answer, besides Spring Security's defaults (no sniffing, no framing,
     * no caching). HSTS, one of them, is written on HTTPS requests only: behind the reverse proxy,
     * those that came with {@code X-Forwarded-Proto: https} ({@code server.forward-headers-strategy}).
     */
    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(REFERRER_POLICY))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
    }

    /** A sign-in that failed because the database is unreachable is an outage (503 page), not a wrong password. */
    private static AuthenticationFailureHandler signInFailure() {
        AuthenticationFailureHandler wrongCredentials = new SimpleUrlAuthenticationFailureHandler("/login?error");
        return (request, response, failure) -> {
            if (DatabaseOutage.isCauseOf(failure)) {
                throw failure;
            }
            wrongCredentials.onAuthenticationFailure(request, response, failure);
        };
    }

    /** HTTP Basic's 401 challenge, except when the database could not check the password: then a 503. */
    private static AuthenticationEntryPoint basicChallenge() {
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName("Realm");
        return (request, response, failure) -> {
            if (DatabaseOutage.isCauseOf(failure)) {
                throw failure;
            }
            challenge.commence(request, response, failure);
        };
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
     * ends a user's sessions, e.g. when an administrator disables the account.
     */
    @Bean
    SessionRegistry sessionRegistry(FindByIndexNameSessionRepository<? extends Session> sessions) {
        return new SpringSessionBackedSessionRegistry<>(sessions);
    }

    /** BCrypt today, with the algorithm recorded in each hash so that it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
