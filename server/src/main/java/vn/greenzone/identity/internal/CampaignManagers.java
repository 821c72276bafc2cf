package vn.greenzone.identity.internal;

import org.springframework.stereotype.Component;

import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.outreach.CampaignAccess;

/** Unit administrators run campaigns in their unit's subtree; national administrators anywhere. */
@Component
class CampaignManagers implements CampaignAccess {

    private final AccessControl access;

    CampaignManagers(AccessControl access) {
        this.access = access;
    }

    @Override
    public long requireManager(String unitCode) {
        access.require(Role.UNIT_ADMIN, unitCode);
        return access.current().personId();
    }

    @Override
    public String workingUnit(String requested) {
        return access.workingUnit(requested, Role.UNIT_ADMIN);
    }
}
