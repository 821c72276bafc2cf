package vn.greenzone.outreach;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings under {@code greenzone.outreach}: how fast and how often campaigns may text a person. */
@ConfigurationProperties("greenzone.outreach")
public record OutreachProperties(
        /** Messages per second the gateway accepts: campaigns never send faster. */
        @DefaultValue("30") int rate,
        /** Most campaign messages one number gets in seven days, counted across campaigns. */
        @DefaultValue("2") int weeklyCap,
        /** When a weekly campaign sends, as a cron expression (Spring's six fields), in Vietnam's zone. */
        @DefaultValue("0 0 8 * * MON") String weeklySchedule,
        /** Wait before the first retry of a message the gateway did not take; each later wait doubles. */
        @DefaultValue("30s") Duration retryAfter,
        /** Attempts before a message is given up as failed. */
        @DefaultValue("8") int maxAttempts,
        /** Longest template, in characters: three SMS parts of Vietnamese text. */
        @DefaultValue("400") int maxTemplateLength) {
}
