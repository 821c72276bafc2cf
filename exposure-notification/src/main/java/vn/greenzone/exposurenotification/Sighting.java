package vn.greenzone.exposurenotification;

import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One reception of another phone's advertisement: its RPI and AEM, when, and at what signal strength.
 * This is all a phone stores about others, for {@value OwnKeys#RETENTION_DAYS} days.
 */
public record Sighting(byte[] rpi, byte[] aem, Instant seenAt, int rssiDbm) {

    public Sighting {
        Objects.requireNonNull(seenAt, "seenAt");
        if (rpi.length != 16 || aem.length != 4) {
            throw new IllegalArgumentException("an RPI is 16 bytes and an AEM 4 bytes");
        }
        rpi = rpi.clone();
        aem = aem.clone();
    }

    public static Sighting of(Advertisement advertisement, Instant seenAt, int rssiDbm) {
        return new Sighting(advertisement.rpi(), advertisement.aem(), seenAt, rssiDbm);
    }

    @Override
    public byte[] rpi() {
        return rpi.clone();
    }

    @Override
    public byte[] aem() {
        return aem.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Sighting s && Arrays.equals(rpi, s.rpi) && Arrays.equals(aem, s.aem)
                && seenAt.equals(s.seenAt) && rssiDbm == s.rssiDbm;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(rpi) * 31 + seenAt.hashCode();
    }

    @Override
    public String toString() {
        return "Sighting[" + HexFormat.of().formatHex(rpi) + " at " + seenAt + ", " + rssiDbm + " dBm]";
    }
}
