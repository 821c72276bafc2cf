package vn.greenzone.adoption.web;

import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import vn.greenzone.adoption.internal.Dashboard;
import vn.greenzone.adoption.internal.ProvinceBoundaries;

/**
 * The national dashboard's provinces as a GeoJSON FeatureCollection with each province's figures in its
 * properties (code, name, colour band, installs ÷ smartphones); the data set's regions and islands come last,
 * with band {@code region} and no code, drawn without figures.
 */
final class ProvinceMap {

    private ProvinceMap() {
    }

    static ObjectNode of(Dashboard national, ProvinceBoundaries.Matched boundaries, JsonMapper json) {
        ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        Map<String, JsonNode> shapes = boundaries.provinces();
        for (Dashboard.Row row : national.children()) {
            JsonNode shape = shapes.get(row.unit().code());
            if (shape != null) {
                ObjectNode feature = feature(features, shape);
                feature.put("code", row.unit().code()).put("name", row.unit().name()).put("band", row.band())
                        .put("label", label(row));
            }
        }
        boundaries.others().forEach(shape -> feature(features, shape).put("band", "region"));
        return collection;
    }

    /** Adds a feature with the shape and returns its properties to fill. */
    private static ObjectNode feature(ArrayNode features, JsonNode shape) {
        ObjectNode feature = features.addObject().put("type", "Feature");
        feature.set("geometry", shape);
        return feature.putObject("properties");
    }

    /** "62.0 % (1240 / 2000)", the installs share as the table shows it; "—" for what is unknown. */
    private static String label(Dashboard.Row row) {
        Double share = row.installCoverage();
        return (share == null ? "—" : share + " %") + " (" + orDash(row.figures().installs()) + " / "
                + orDash(row.figures().smartphones()) + ")";
    }

    private static String orDash(Long figure) {
        return figure == null ? "—" : figure.toString();
    }
}
