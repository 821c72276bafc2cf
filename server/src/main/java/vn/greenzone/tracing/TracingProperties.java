package vn.greenzone.tracing;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code greenzone.tracing}. The Ministry's rules changed several times in 2021–2022, so
 * every number of the close-contact definition is a setting.
 */
@ConfigurationProperties("greenzone.tracing")
public record TracingProperties(
        /** The infectious window opens this long before symptom onset. */
        @DefaultValue("2d") Duration beforeOnset,
        /** ... or this long before the positive sample when the case has no symptoms. */
        @DefaultValue("2d") Duration beforeSample,
        /** A longer window is refused as a typing mistake. */
        @DefaultValue("21d") Duration maxWindow,
        /** Least overlap at one venue that makes a close contact. */
        @DefaultValue("15m") Duration minOverlap,
        /** Arrivals this long after the case left are contacts too, flagged airborne. */
        @DefaultValue("30m") Duration airborneTail,
        /** Generations computed by default: 2 is F1 and F2. */
        @DefaultValue("2") int depth,
        /** Most generations anyone may ask for. */
        @DefaultValue("4") int maxDepth,
        /** The zone of days and dates: cases' dates are local dates. */
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
        /**
         * What contacts are told to do, per unit code, in Vietnamese ({@code vi}) and English ({@code en});
         * the nearest unit above a case's unit that has instructions wins, then {@code default}.
         */
        Map<String, Map<String, String>> instructions) {

    public TracingProperties {
        instructions = instructions == null ? Map.of() : instructions;
    }
}
