package vn.bhxh.tracker.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in Vietnam's time zone, so that tests can replace it. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock(TrackerProperties properties) {
        return Clock.system(properties.timeZone());
    }
}
