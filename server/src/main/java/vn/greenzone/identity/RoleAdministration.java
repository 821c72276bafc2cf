package vn.greenzone.identity;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.internal.PersonRepository;
import vn.greenzone.identity.internal.RoleGrantRepository;
import vn.greenzone.identity.internal.SignOuts;
import vn.greenzone.platform.Masking;
import vn.greenzone.platform.ProblemException;

/**
 * Granting and revoking official roles. An administrator acts only inside their own unit; only a
 * national administrator makes another one.
 */
@Service
public class RoleAdministration {

    /** A grant as the unit's role page shows it. */
    public record GrantView(long id, Role role, String unitCode, String unitName, String personName, String phone) {
    }

    private final RoleGrantRepository grants;
    private final PersonRepository people;
    private final UnitDirectory units;
    private final AccessControl access;
    private final SignOuts signOuts;

    RoleAdministration(RoleGrantRepository grants, PersonRepository people, UnitDirectory units, AccessControl access,
            SignOuts signOuts) {
        this.grants = grants;
        this.people = people;
        this.units = units;
        this.access = access;
        this.signOuts = signOuts;
    }

    /** Official roles granted on the unit and below, with holders masked. */
    public List<GrantView> grantsWithin(String unitCode) {
        access.require(Role.UNIT_ADMIN, unitCode);
        return grants.grantsOn(units.subtree(unitCode)).stream()
                .map(held -> view(held.grant(), held.fullName(), held.phone()))
                .toList();
    }

    /**
     * The phones of those holding {@code role} on exactly these units (not above them), by unit: for texting a
     * unit's own officials, such as the reminder of a report they have not sent. Not for showing anyone.
     */
    public java.util.Map<String, List<PhoneNumber>> holderPhones(Role role, java.util.Collection<String> unitCodes) {
        return grants.grantsOn(unitCodes).stream().filter(held -> held.grant().role() == role)
                .collect(java.util.stream.Collectors.groupingBy(held -> held.grant().unitCode(),
                        java.util.stream.Collectors.mapping(RoleGrantRepository.HeldGrant::phone,
                                java.util.stream.Collectors.toList())));
    }

    public GrantView grant(String typedPhone, Role role, String unitCode) {
        access.require(Role.UNIT_ADMIN, unitCode);
        if (role == null || !role.official()) {
            throw ProblemException.badRequest("role.not-official");
        }
        if (role == Role.NATIONAL_ADMIN && !access.mayActOn(Role.NATIONAL_ADMIN, unitCode)) {
            throw ProblemException.forbidden();
        }
        PhoneNumber phone = PhoneNumber.parse(typedPhone);
        Person person = people.findOrCreate(phone);
        return view(grants.grant(person.id(), role, unitCode, access.current().personId()), person.fullName(), phone);
    }

    /**
     * Grants a role with no administrator behind it, for installation and demo data. No request reaches
     * this: controllers call {@link #grant}.
     */
    public RoleGrant grantAtInstallation(PhoneNumber phone, Role role, String unitCode) {
        units.require(unitCode);
        return grants.grant(people.findOrCreate(phone).id(), role, unitCode, null);
    }

    /** Withdraws the role and signs its holder out everywhere (API tokens and browser sessions). */
    public void revoke(long grantId) {
        RoleGrant grant = grants.find(grantId).orElseThrow(() -> ProblemException.notFound("role.grant-not-found"));
        if (grant.unitCode() == null) {
            throw ProblemException.forbidden();
        }
        access.require(Role.UNIT_ADMIN, grant.unitCode());
        if (grant.role() == Role.NATIONAL_ADMIN && !access.mayActOn(Role.NATIONAL_ADMIN, grant.unitCode())) {
            throw ProblemException.forbidden();
        }
        grants.delete(grantId);
        // Roles are read on every request, so the role is gone either way; ending the holder's sign-ins also
        // shuts out whoever else holds their phone or browser, the usual reason a role is withdrawn.
        signOuts.everywhere(grant.personId());
    }

    private GrantView view(RoleGrant grant, String fullName, PhoneNumber phone) {
        return new GrantView(grant.id(), grant.role(), grant.unitCode(), units.require(grant.unitCode()).name(),
                Masking.name(fullName), phone.masked());
    }
}
