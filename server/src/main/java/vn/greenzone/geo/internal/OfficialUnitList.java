package vn.greenzone.geo.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

import vn.greenzone.geo.AdministrativeUnit;

/**
 * Reads the official list (GSO codes, 1 July 2021): {@code code,level,name,type,parent_code}, level 1
 * for provinces. Provinces are hung under the country so the tree has a single root.
 */
final class OfficialUnitList {

    static final String RESOURCE = "geo/vn-admin-units-2021-07-01.csv";

    private OfficialUnitList() {
    }

    static List<AdministrativeUnit> read() {
        var units = new ArrayList<AdministrativeUnit>(11_400);
        units.add(new AdministrativeUnit(AdministrativeUnit.COUNTRY, null, 0, "Việt Nam", "Quốc gia"));
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] field = line.split(",", -1);
                String parent = field[4].isBlank() ? AdministrativeUnit.COUNTRY : field[4];
                units.add(new AdministrativeUnit(field[0], parent, Integer.parseInt(field[1]), field[2], field[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return units;
    }
}
