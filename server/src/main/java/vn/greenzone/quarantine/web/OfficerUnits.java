package vn.greenzone.quarantine.web;

import java.util.Comparator;

import org.springframework.stereotype.Component;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.identity.RoleGrant;
import vn.greenzone.platform.ProblemException;

/**
 * The unit a quarantine page works on: the one chosen, else the widest unit where the signed-in person is a
 * quarantine officer (a national administrator's country otherwise). Whether they may act there is checked
 * by the services.
 */
@Component
class OfficerUnits {

    private final AccessControl access;
    private final UnitDirectory units;

    OfficerUnits(AccessControl access, UnitDirectory units) {
        this.access = access;
        this.units = units;
    }

    String of(String chosen) {
        if (chosen != null && !chosen.isBlank()) {
            return units.require(chosen.trim()).code();
        }
        return access.grantsOf(access.current().personId()).stream()
                .filter(grant -> grant.unitCode() != null
                        && (grant.role() == Role.QUARANTINE_OFFICER || grant.role() == Role.NATIONAL_ADMIN))
                .min(Comparator.comparing((RoleGrant grant) -> grant.role() != Role.QUARANTINE_OFFICER)
                        .thenComparing(grant -> units.path(grant.unitCode()).size()))
                .map(RoleGrant::unitCode)
                .orElseThrow(ProblemException::forbidden);
    }
}
