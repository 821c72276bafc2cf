package vn.greenzone.organisation.internal;

import org.springframework.stereotype.Component;

import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.organisation.Organisation;
import vn.greenzone.platform.ProblemException;

/**
 * Who may see an organisation's roster: its head, who need hold no role, and the unit administrators of its unit
 * and above. Both may see phones in full, each view audited; nobody else sees the roster at all.
 */
@Component
public class OrganisationAccess {

    /** The signed-in person as they stand to one organisation. */
    public record Viewer(long personId, boolean head) {

        /** The role an audit entry records for a full view. */
        public String role() {
            return head ? "ORGANISATION_HEAD" : Role.UNIT_ADMIN.name();
        }
    }

    private final AccessControl access;

    OrganisationAccess(AccessControl access) {
        this.access = access;
    }

    /** The head or an administrator above; 401 when nobody is signed in, 403 for anyone else. */
    public Viewer require(Organisation organisation) {
        long me = access.current().personId();
        if (organisation.headPersonId() == me) {
            return new Viewer(me, true);
        }
        if (access.mayActOn(Role.UNIT_ADMIN, organisation.unitCode())) {
            return new Viewer(me, false);
        }
        throw ProblemException.forbidden();
    }
}
