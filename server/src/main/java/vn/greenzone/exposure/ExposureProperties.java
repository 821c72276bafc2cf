package vn.greenzone.exposure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings under {@code greenzone.exposure}. */
@ConfigurationProperties("greenzone.exposure")
public record ExposureProperties(
        /** How long an upload code can be used. */
        @DefaultValue("1h") Duration codeLifetime,
        /** How long the token a code is exchanged for can be turned into a certificate. */
        @DefaultValue("24h") Duration tokenLifetime,
        /** How long a certificate can be used to upload. */
        @DefaultValue("15m") Duration certificateLifetime,
        /** Code checks one client address may make per hour. */
        @DefaultValue("10") int codeChecksPerAddress,
        /** Wrong codes the whole server accepts per hour before every check waits: brute force's budget. */
        @DefaultValue("1000") int wrongCodesPerHour,
        /** Most keys in one upload (14 days, with room for a changed key). */
        @DefaultValue("30") int maxKeys,
        /** How far back keys are accepted and how long they are kept. */
        @DefaultValue("14d") Duration keyRetention,
        /** The region exports are published for. */
        @DefaultValue("VN") String region) {
}
