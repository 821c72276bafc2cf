package vn.greenzone.hotline.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;

/**
 * Which agency must act: the rule of the item's category on the nearest unit at or above the item's unit
 * (a commune's own rule beats its district's, which beats the province's). No rule: empty, and the item waits
 * for the supervisor.
 */
@Component
public class Routing {

    private final Catalogue catalogue;
    private final UnitDirectory units;

    Routing(Catalogue catalogue, UnitDirectory units) {
        this.catalogue = catalogue;
        this.units = units;
    }

    public Optional<Long> agencyFor(String categoryCode, String unitCode) {
        List<String> path = units.path(unitCode).stream().map(AdministrativeUnit::code).toList();
        return catalogue.rulesOn(path).stream().filter(rule -> rule.categoryCode().equals(categoryCode))
                .max(java.util.Comparator.comparingInt(rule -> path.indexOf(rule.unitCode())))
                .map(Catalogue.Rule::agencyId);
    }
}
