package vn.bhxh.tracker.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs MockMvc requests in as one of the demo profile's accounts, loaded from the database. */
@Component
public class DemoUsers {

    public static final String PASSWORD = "Demo@2165";

    private final UserDetailsService userDetailsService;

    DemoUsers(UserDetailsService userDetailsService) {
        this.userDetailsService = userDetailsService;
    }

    public RequestPostProcessor as(String username) {
        return user(userDetailsService.loadUserByUsername(username));
    }
}
