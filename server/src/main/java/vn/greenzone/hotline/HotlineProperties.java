package vn.greenzone.hotline;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code greenzone.hotline}. The deadline itself is per category (in the table, 5 hours by
 * default, as the seeds require); these are the desk-wide numbers.
 */
@ConfigurationProperties("greenzone.hotline")
public record HotlineProperties(
        /** An open item this close to its deadline escalates a first time: its agency's head is texted. */
        @DefaultValue("1h") Duration nearDeadline,
        /** Web reports accepted per client address and hour: the public form sends an SMS to a typed number. */
        @DefaultValue("5") int reportsPerAddress,
        /** Web reports naming one phone number per day: nobody gets a stranger's texts in bulk. */
        @DefaultValue("3") int reportsPerPhone,
        /** Tracking look-ups per client address and 15 minutes, and how many of them may match nothing. */
        @DefaultValue("30") int lookups,
        @DefaultValue("10") int wrongCodes,
        /** The zone of the times shown on pages and in texts. */
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone) {
}
