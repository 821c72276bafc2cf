package vn.greenzone.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.internal.RoleGrantRepository;
import vn.greenzone.platform.ProblemException;

/**
 * Who is signed in and what they may do where. Grants are read afresh on each question, so a revoked
 * role stops working at once on every node.
 */
@Service
public class AccessControl {

    private final RoleGrantRepository grants;
    private final UnitDirectory units;

    AccessControl(RoleGrantRepository grants, UnitDirectory units) {
        this.grants = grants;
        this.units = units;
    }

    public Optional<SignedInPerson> currentIfAny() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInPerson person
                ? Optional.of(person) : Optional.empty();
    }

    /** The signed-in person, or a 401 problem. */
    public SignedInPerson current() {
        return currentIfAny().orElseThrow(() -> new ProblemException(HttpStatus.UNAUTHORIZED, "unauthenticated"));
    }

    public List<RoleGrant> grantsOf(long personId) {
        return grants.grantsOf(personId);
    }

    /**
     * True when the signed-in person holds {@code role} on {@code unitCode} or on a unit above it. A
     * national administrator may act anywhere.
     */
    public boolean mayActOn(Role role, String unitCode) {
        return currentIfAny().map(person -> holds(grants.grantsOf(person.personId()), role, unitCode)).orElse(false);
    }

    /** As {@link #mayActOn}, refusing with 401 when nobody is signed in and 403 otherwise. */
    public void require(Role role, String unitCode) {
        requireAny(unitCode, role);
    }

    /** As {@link #require}, satisfied by any of {@code roles}; the grants are read once. */
    public void requireAny(String unitCode, Role... roles) {
        SignedInPerson person = current();
        units.require(unitCode);
        List<RoleGrant> held = grants.grantsOf(person.personId());
        if (Arrays.stream(roles).noneMatch(role -> holds(held, role, unitCode))) {
            throw ProblemException.forbidden();
        }
    }

    /**
     * The unit an official's page works on: the one asked for (404 {@code unit.not-found} when unknown), else
     * the unit of the signed-in person's first grant of one of {@code roles} (in their order), else a national
     * administrator's; 403 without any. Whether they may act there is for the services to check.
     */
    public String workingUnit(String requested, Role... roles) {
        if (requested != null && !requested.isBlank()) {
            return units.require(requested.trim()).code();
        }
        List<RoleGrant> held = grants.grantsOf(current().personId());
        for (Role role : roles) {
            for (RoleGrant grant : held) {
                if (grant.role() == role && grant.unitCode() != null) {
                    return grant.unitCode();
                }
            }
        }
        return held.stream().filter(grant -> grant.role() == Role.NATIONAL_ADMIN && grant.unitCode() != null)
                .map(RoleGrant::unitCode).findFirst().orElseThrow(ProblemException::forbidden);
    }

    private boolean holds(List<RoleGrant> held, Role role, String unitCode) {
        return held.stream().anyMatch(grant -> grant.role() == Role.NATIONAL_ADMIN
                || grant.role() == role && grant.unitCode() != null && units.isWithin(unitCode, grant.unitCode()));
    }
}
