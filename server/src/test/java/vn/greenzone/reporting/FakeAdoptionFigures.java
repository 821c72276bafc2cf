package vn.greenzone.reporting;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.greenzone.adoption.AdoptionFigures;
import vn.greenzone.adoption.UnitFigures;

/**
 * Measured figures made up from the unit's code and the day, the same on every call, so that tests read them
 * through the interface as they would the real module's. Test-only: the adoption module measures the real ones.
 */
public class FakeAdoptionFigures implements AdoptionFigures {

    @Override
    public Map<String, UnitFigures> measured(LocalDate day, Collection<String> unitCodes) {
        var figures = new LinkedHashMap<String, UnitFigures>();
        for (String code : unitCodes) {
            long seed = Math.floorMod((code + day).hashCode(), 1000);
            long smartphones = 2000 + seed * 3;
            figures.put(code, new UnitFigures(code, day, 500 + seed, smartphones / 2 + seed, smartphones, smartphones * 2));
        }
        return figures;
    }
}
