package vn.greenzone.tracing.web;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.identity.RoleGrant;
import vn.greenzone.platform.ProblemException;

/**
 * The unit a tracing page works on: the one asked for, else the unit of the signed-in official's first
 * grant of one of the roles (as the navigation finds a tracer's venues), else a national administrator's
 * country. Whether they may act there is checked by the services.
 */
@Component
class TracerUnits {

    private final AccessControl access;
    private final UnitDirectory units;

    TracerUnits(AccessControl access, UnitDirectory units) {
        this.access = access;
        this.units = units;
    }

    String of(String requested, Role... roles) {
        if (requested != null && !requested.isBlank()) {
            return units.require(requested.trim()).code();
        }
        List<RoleGrant> grants = access.grantsOf(access.current().personId());
        for (Role role : roles) {
            for (RoleGrant grant : grants) {
                if (grant.role() == role && grant.unitCode() != null) {
                    return grant.unitCode();
                }
            }
        }
        return grants.stream().filter(grant -> grant.role() == Role.NATIONAL_ADMIN && grant.unitCode() != null)
                .map(RoleGrant::unitCode).findFirst().orElseThrow(ProblemException::forbidden);
    }
}
