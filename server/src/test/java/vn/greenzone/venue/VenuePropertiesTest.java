package vn.greenzone.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import vn.greenzone.venue.internal.VenueProperties;

class VenuePropertiesTest {

    @Test
    void aConfiguredStayReplacesTheBuiltInOneForItsCategoryOnly() {
        var source = new MapConfigurationPropertySource(Map.of("greenzone.venue.default-stay.RESTAURANT", "3h"));
        VenueProperties properties = new Binder(source).bind("greenzone.venue", VenueProperties.class).get();
        assertThat(properties.stayOf(VenueCategory.RESTAURANT)).isEqualTo(Duration.ofHours(3));
        assertThat(properties.stayOf(VenueCategory.HOTEL)).isEqualTo(VenueCategory.HOTEL.builtInStay());
        assertThat(new VenueProperties(null).stayOf(VenueCategory.RESTAURANT)).isEqualTo(Duration.ofHours(2));
    }
}
