package vn.bhxh.tracker.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * {@code /actuator/prometheus} for the monitoring system only: HTTP Basic with the scraper's own
 * account ({@code tracker.metrics.username} and {@code .password}), never a person's account, whose
 * password would then sit in Prometheus' configuration. Without both settings the endpoint is closed.
 * The password may be given already encoded ({@code {bcrypt}$2a$…}); a plain one is encoded at start.
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurityConfiguration {

    static final String ROLE = "METRICS";

    @Bean
    @Order(0)
    SecurityFilterChain metricsSecurityFilterChain(HttpSecurity http, PasswordEncoder encoder,
                                                   @Value("${tracker.metrics.username:}") String username,
                                                   @Value("${tracker.metrics.password:}") String password) throws Exception {
        InMemoryUserDetailsManager scraper = new InMemoryUserDetailsManager();
        boolean open = !username.isBlank() && !password.isBlank();
        if (open) {
            String encoded = password.startsWith("{") ? password : encoder.encode(password);
            scraper.createUser(User.withUsername(username).password(encoded).roles(ROLE).build());
        }
        http.securityMatcher("/actuator/prometheus")
                .authorizeHttpRequests(requests -> {
                    if (open) {
                        requests.anyRequest().hasRole(ROLE);
                    } else {
                        requests.anyRequest().denyAll();
                    }
                })
                // its own manager without a parent: a person's account must not fall through to sign in here
                .authenticationManager(scraperOnly(scraper, encoder))
                .httpBasic(basic -> basic.authenticationEntryPoint(challenge()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(challenge()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // a GET that changes nothing, read by a machine without a session
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    private static ProviderManager scraperOnly(InMemoryUserDetailsManager scraper, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(scraper);
        provider.setPasswordEncoder(encoder);
        return new ProviderManager(provider);
    }

    /** A plain 401 asking for HTTP Basic, never the login page: the reader is a machine. */
    private static BasicAuthenticationEntryPoint challenge() {
        BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName("tracker-metrics");
        return entryPoint;
    }
}
