package vn.greenzone.exposurenotification;

import java.time.Instant;
import java.util.Objects;

/**
 * One reception of another phone's advertisement: its RPI and AEM, when, and at what signal strength.
 * This is all a phone stores about others, for {@value OwnKeys#RETENTION_DAYS} days.
 */
public record Sighting(Advertisement advertisement, Instant seenAt, int rssiDbm) {

    public Sighting {
        Objects.requireNonNull(advertisement, "advertisement");
        Objects.requireNonNull(seenAt, "seenAt");
    }

    public byte[] rpi() {
        return advertisement.rpi();
    }

    public byte[] aem() {
        return advertisement.aem();
    }
}
