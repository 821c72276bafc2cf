package vn.greenzone.hotline.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.identity.SignedInPerson;
import vn.greenzone.platform.ProblemException;

/**
 * Who is what at the desk. Operators hold {@code HOTLINE_OPERATOR} on a unit; the supervisor is the unit's
 * administrator ({@code UNIT_ADMIN}), who already names its officials and so also names its agencies and
 * rules; an agency's people are the phone numbers its record lists, as a venue's staff are, so a health
 * centre's duty officer needs no role granted to see the queue.
 */
@Component
public class DeskAccess {

    private final AccessControl access;
    private final Catalogue catalogue;

    DeskAccess(AccessControl access, Catalogue catalogue) {
        this.access = access;
        this.catalogue = catalogue;
    }

    public SignedInPerson me() {
        return access.current();
    }

    public boolean supervises(String unitCode) {
        return access.mayActOn(Role.UNIT_ADMIN, unitCode);
    }

    public boolean operates(String unitCode) {
        return access.mayActOn(Role.HOTLINE_OPERATOR, unitCode);
    }

    /** The agencies whose head or member is signed in. */
    public List<Catalogue.Agency> myAgencies() {
        return access.currentIfAny().map(person -> catalogue.agenciesOf(person.phone())).orElse(List.of());
    }

    public boolean serves(Long agencyId) {
        return agencyId != null && myAgencies().stream().anyMatch(agency -> agency.id() == agencyId);
    }

    /** 403 unless the signed-in person supervises or operates on the unit; 401 when signed out. */
    public void requireDesk(String unitCode) {
        access.requireAny(unitCode, Role.UNIT_ADMIN, Role.HOTLINE_OPERATOR);
    }

    public void requireSupervisor(String unitCode) {
        access.require(Role.UNIT_ADMIN, unitCode);
    }

    /** Sees the item: its agency's people, and the desk of its unit. */
    public void requireView(StoredItem item) {
        me();
        if (!serves(item.agencyId()) && !supervises(item.unitCode()) && !operates(item.unitCode())) {
            throw ProblemException.forbidden();
        }
    }

    /** The caller's number in full: for the operator who took the call and for supervisors. */
    public boolean seesCaller(StoredItem item) {
        return access.currentIfAny().map(person -> Long.valueOf(person.personId()).equals(item.operatorId()))
                .orElse(false) || supervises(item.unitCode());
    }

    /** The unit of the signed-in person's desk (operator, supervisor, national administrator), if they have one. */
    public java.util.Optional<String> deskUnit() {
        if (access.currentIfAny().isEmpty()) {
            return java.util.Optional.empty();
        }
        var grants = access.grantsOf(me().personId());
        for (Role role : List.of(Role.HOTLINE_OPERATOR, Role.UNIT_ADMIN, Role.NATIONAL_ADMIN)) {
            var unit = grants.stream().filter(grant -> grant.role() == role && grant.unitCode() != null).findFirst();
            if (unit.isPresent()) {
                return java.util.Optional.of(unit.get().unitCode());
            }
        }
        return java.util.Optional.empty();
    }

    /** The unit a desk page or the API works on when none is asked for. */
    public String workingUnit(String requested) {
        return access.workingUnit(requested, Role.UNIT_ADMIN, Role.HOTLINE_OPERATOR);
    }
}
