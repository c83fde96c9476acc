package vn.bhxh.tracker.demo;

import org.springframework.boot.autoconfigure.condition.ConditionMessage;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The demo mail catcher runs when the {@code demo} profile is active and no mail server is
 * configured: neither {@code spring.mail.host} ({@code SPRING_MAIL_HOST}) nor
 * {@code spring.mail.jndi-name}, the two settings that make Spring Boot configure a real one. With
 * either set, reminders go to that server and the catcher does not start; outside {@code demo} it
 * never starts.
 */
class DemoMailCondition extends SpringBootCondition {

    static final String PROFILE = "demo";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        ConditionMessage.Builder message = ConditionMessage.forCondition("Demo mail catcher");
        Environment environment = context.getEnvironment();
        if (!environment.acceptsProfiles(Profiles.of(PROFILE))) {
            return ConditionOutcome.noMatch(message.because("the '" + PROFILE + "' profile is not active"));
        }
        for (String property : new String[] {"spring.mail.host", "spring.mail.jndi-name"}) {
            if (StringUtils.hasText(environment.getProperty(property))) {
                return ConditionOutcome.noMatch(message.because(property + " is set: the configured mail server is used"));
            }
        }
        return ConditionOutcome.match(message.because("the '" + PROFILE + "' profile is active and no mail server is set"));
    }
}
