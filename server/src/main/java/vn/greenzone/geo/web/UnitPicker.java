package vn.greenzone.geo.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;

/**
 * The province → district → commune picker that every address form reuses (template
 * {@code geo/picker}). One select per level down to the chosen unit, plus one for its children;
 * the tree's depth decides how many.
 */
@Component("unitPicker")
public class UnitPicker {

    private final UnitDirectory units;

    UnitPicker(UnitDirectory units) {
        this.units = units;
    }

    /** One select of the picker: the options, the chosen one (or null), and the value meaning "none". */
    public record Level(List<AdministrativeUnit> options, String selected, String noneValue) {
    }

    public List<Level> levels(String selected) {
        var levels = new ArrayList<Level>();
        String deepest = AdministrativeUnit.COUNTRY;
        if (selected != null && !selected.isBlank() && units.find(selected).isPresent()) {
            for (AdministrativeUnit step : units.path(selected)) {
                if (step.parentCode() != null) {
                    levels.add(new Level(units.children(step.parentCode()), step.code(), noneValue(step.parentCode())));
                }
            }
            deepest = selected;
        }
        List<AdministrativeUnit> below = units.children(deepest);
        if (!below.isEmpty()) {
            levels.add(new Level(below, null, noneValue(deepest)));
        }
        return levels;
    }

    private static String noneValue(String parentCode) {
        return AdministrativeUnit.COUNTRY.equals(parentCode) ? "" : parentCode;
    }
}
