package vn.greenzone.quarantine;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code greenzone.quarantine}. Quarantine lengths changed several times in 2021 (21, 14,
 * then 7 days), so every number is a setting.
 */
@ConfigurationProperties("greenzone.quarantine")
public record QuarantineProperties(
        /** Planned length when the officer gives no planned end. */
        @DefaultValue("14d") Duration length,
        /** Longest quarantine accepted, extensions included: more is a typing mistake. */
        @DefaultValue("60d") Duration maxLength,
        /** No report for this long (since the last one, or since the start) makes a person non-reporting. */
        @DefaultValue("24h") Duration nonReportingAfter,
        /** Quarantines planned to end within this many days are "ending soon" on the board. */
        @DefaultValue("2d") Duration endingSoon,
        /** Records of ended quarantines are purged this long after the end; only numbers stay. */
        @DefaultValue("30d") Duration retention,
        /** A reported temperature from this value counts as fever (°C). */
        @DefaultValue("37.5") BigDecimal feverFrom,
        /** The zone of days: one report per day, dates of start and end. */
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone) {
}
