package vn.greenzone.venue.internal;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import vn.greenzone.venue.VenueCategory;

/** Settings under {@code greenzone.venue}: a province may assume longer stays than the built-in ones. */
@ConfigurationProperties("greenzone.venue")
public record VenueProperties(Map<VenueCategory, Duration> defaultStay) {

    public VenueProperties {
        defaultStay = defaultStay == null ? Map.of() : Map.copyOf(defaultStay);
    }

    public Duration stayOf(VenueCategory category) {
        return defaultStay.getOrDefault(category, category.builtInStay());
    }
}
