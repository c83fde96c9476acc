package vn.bhxh.tracker.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The one way to sign in with a password: users from {@code user_account}, behind the throttle.
 * Being the only {@link AuthenticationProvider} bean, Spring Security uses it for every filter chain.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    @Bean
    AuthenticationProvider throttledAuthenticationProvider(UserAccountDetailsService users, PasswordEncoder passwordEncoder,
                                                           SignInThrottles throttles) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledAuthenticationProvider(passwords, throttles);
    }
}
