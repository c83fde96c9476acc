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
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.HttpSessionEventPublisher;
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

    /**
     * The read API for other systems: the same accounts with HTTP Basic, no form, and a plain 401
     * instead of the login page. A client that keeps the session cookie is not re-checked on every
     * request: checking a BCrypt password costs about 80 ms, far more than the figures themselves.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, SessionRegistry sessionRegistry, MessageSource messages,
                                               LocaleResolver locales, JsonMapper json) throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // a throttled sign-in gets 429 and Retry-After (account.SignInThrottles decides)
                .httpBasic(basic -> basic.authenticationEntryPoint(new ApiAuthenticationEntryPoint(messages, locales, json)))
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
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico",
                                "/error", "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
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
        String target = refusal instanceof SignInThrottledException throttled
                ? "/login?throttled=" + throttled.retryAfterSeconds()
                : "/login?error";
        REDIRECT.sendRedirect(request, response, target);
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /** BCrypt today, with the algorithm recorded in each hash so that it can be upgraded later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
