package vn.greenzone.platform;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings under {@code greenzone.*}; the README's configuration table lists their variables. */
@ConfigurationProperties("greenzone")
public record GreenzoneProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("false") boolean demo,
        @DefaultValue("") String publicBaseUrl,
        @DefaultValue("") String secret,
        @DefaultValue("0900000000") String adminPhone,
        @DefaultValue Database db,
        @DefaultValue SignIn signIn) {

    /**
     * The embedded PostgreSQL, used when no external database URL is configured; {@code embeddedWatchdog} is
     * how often the application checks that it still runs, to restart it.
     */
    public record Database(@DefaultValue("false") boolean embeddedClean, @DefaultValue("0") int embeddedPort,
            @DefaultValue("true") boolean embeddedDurable, @DefaultValue("1s") Duration embeddedWatchdog) {
    }

    public record SignIn(
            @DefaultValue("5m") Duration codeTtl,
            @DefaultValue("5") int maxFailures,
            @DefaultValue("15m") Duration lockDuration,
            @DefaultValue("30d") Duration tokenTtl,
            @DefaultValue("5") int codesPerNumberPerHour,
            @DefaultValue("60") int codesPerAddressPerHour,
            @DefaultValue("60") int verificationsPerAddressPerHour) {
    }
}
