package vn.greenzone.organisation;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.People;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.identity.Role;
import vn.greenzone.organisation.internal.CoverageCount;
import vn.greenzone.organisation.internal.OrganisationAccess;
import vn.greenzone.organisation.internal.OrganisationRepository;
import vn.greenzone.platform.ProblemException;

/**
 * Organisations registered in a unit by its administrators, each with a head known by phone number: the head
 * manages it once signed in with that number, with no role needed.
 */
@Service
public class Organisations {

    private static final int MAX_NAME = 200;

    private final OrganisationRepository repository;
    private final OrganisationAccess organisationAccess;
    private final GroupTargets targets;
    private final CoverageCount coverage;
    private final AccessControl access;
    private final People people;
    private final UnitDirectory units;
    private final Clock clock;

    Organisations(OrganisationRepository repository, OrganisationAccess organisationAccess, GroupTargets targets,
            CoverageCount coverage, AccessControl access, People people, UnitDirectory units, Clock clock) {
        this.repository = repository;
        this.organisationAccess = organisationAccess;
        this.targets = targets;
        this.coverage = coverage;
        this.access = access;
        this.people = people;
        this.units = units;
        this.clock = clock;
    }

    /** A unit administrator of the unit (or above) registers it; the head is recorded by number if new. */
    public Organisation register(NewOrganisation organisation) {
        if (organisation.unitCode() == null || organisation.unitCode().isBlank()) {
            throw ProblemException.badFields("invalid-fields", List.of("unitCode"));
        }
        access.require(Role.UNIT_ADMIN, organisation.unitCode());
        String name = organisation.name() == null ? "" : organisation.name().strip();
        String headName = organisation.headName() == null ? "" : organisation.headName().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw ProblemException.badRequest("organisation.name-invalid", MAX_NAME);
        }
        if (organisation.kind() == null) {
            throw ProblemException.badFields("invalid-fields", List.of("kind"));
        }
        PhoneNumber headPhone = PhoneNumber.parse(organisation.headPhone());
        if (repository.exists(name, organisation.unitCode())) {
            throw new ProblemException(org.springframework.http.HttpStatus.CONFLICT, "organisation.exists", name);
        }
        long head = people.findByPhone(headPhone).map(person -> person.id())
                .orElseGet(() -> people.register(headPhone, headName.isEmpty() ? null : headName, null, null, null, null)
                        .id());
        Instant now = clock.instant();
        long id = repository.insert(new NewOrganisation(name, organisation.kind(), organisation.unitCode(),
                headPhone.international(), headName), head, access.current().personId(), now);
        return repository.find(id).orElseThrow();
    }

    /** The organisations the signed-in person heads. */
    public List<Organisation> mine() {
        return repository.headedBy(access.current().personId());
    }

    /** True when the signed-in person heads any organisation (for the menu). */
    public boolean headsAny() {
        return access.currentIfAny().map(person -> repository.isHead(person.personId())).orElse(false);
    }

    /** The organisations of a unit and below, for its administrators. */
    public List<Organisation> inSubtree(String unitCode) {
        access.require(Role.UNIT_ADMIN, unitCode);
        return repository.inUnits(units.subtree(unitCode));
    }

    /** The organisation for its head or an administrator above, counted again when the count is not fresh. */
    public OrganisationDetail detail(long id) {
        Organisation organisation = require(id);
        OrganisationAccess.Viewer viewer = organisationAccess.require(organisation);
        if (organisation.rosterSize() > 0 && (organisation.countedAt() == null
                || organisation.countedAt().isBefore(clock.instant().minus(CoverageCount.FRESH)))) {
            coverage.count(id);
            organisation = require(id);
        }
        List<GroupCoverage> groups = targets.against(organisation.unitCode(), repository.groups(id)).stream()
                .sorted(Comparator.comparing(GroupCoverage::group)).toList();
        return new OrganisationDetail(organisation, units.placeName(organisation.unitCode()), groups, viewer.head());
    }

    Organisation require(long id) {
        return repository.find(id).orElseThrow(() -> ProblemException.notFound("organisation.not-found", id));
    }
}
