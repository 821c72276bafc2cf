package vn.greenzone.tracing.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The case page's map, under {@code greenzone.tracing} beside the tracing rules: where the tiles come from
 * ({z}, {x}, {y} as Leaflet expects) and the credit their provider requires. Without a network the map stays
 * empty and the venues are still listed with their markers.
 */
@ConfigurationProperties("greenzone.tracing")
record MapSettings(
        @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String mapTileUrl,
        @DefaultValue("© OpenStreetMap contributors") String mapAttribution) {
}
