package vn.greenzone.venue;

import java.time.Duration;

/**
 * The kinds of venue the seeds list, each with the stay assumed when a visitor does not check out
 * (configurable under {@code greenzone.venue.default-stay.<CATEGORY>}).
 */
public enum VenueCategory {
    OFFICE(Duration.ofHours(9)),
    INDUSTRIAL_ZONE(Duration.ofHours(9)),
    BUSINESS(Duration.ofHours(2)),
    RESTAURANT(Duration.ofHours(2)),
    BAR(Duration.ofHours(3)),
    KARAOKE(Duration.ofHours(3)),
    MASSAGE(Duration.ofHours(2)),
    GYM(Duration.ofHours(2)),
    CONFERENCE(Duration.ofHours(4)),
    HOSPITAL(Duration.ofHours(4)),
    APARTMENT_BUILDING(Duration.ofHours(12)),
    SCHOOL(Duration.ofHours(8)),
    STATION(Duration.ofHours(1)),
    PUBLIC_TRANSPORT(Duration.ofHours(4)),
    SHOPPING_CENTRE(Duration.ofHours(2)),
    SUPERMARKET(Duration.ofHours(1)),
    MARKET(Duration.ofHours(1)),
    ESSENTIAL_SHOP(Duration.ofMinutes(30)),
    WEDDING(Duration.ofHours(4)),
    FUNERAL(Duration.ofHours(3)),
    TOURIST_SITE(Duration.ofHours(3)),
    RELIGIOUS_SITE(Duration.ofHours(2)),
    HOTEL(Duration.ofHours(12)),
    QUARANTINE_FACILITY(Duration.ofHours(24)),
    CHECKPOINT(Duration.ofMinutes(30));

    private final Duration defaultStay;

    VenueCategory(Duration defaultStay) {
        this.defaultStay = defaultStay;
    }

    /** The built-in default; {@link Venue#defaultStay()} carries the configured one. */
    public Duration builtInStay() {
        return defaultStay;
    }

    /** Only these may be made privileged (see full visitor data), and only by a health official. */
    public boolean mayBePrivileged() {
        return this == HOSPITAL || this == CHECKPOINT || this == QUARANTINE_FACILITY;
    }

    public String labelKey() {
        return "venue.category." + name();
    }
}
