package vn.greenzone.organisation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.organisation.internal.BelowTargetWorkbook;
import vn.greenzone.organisation.internal.GroupTargetRepository;
import vn.greenzone.organisation.internal.OrganisationRepository;
import vn.greenzone.platform.ProblemException;

/**
 * Targets per organisation group: the seeds' values by default, set by a unit administrator for their unit and
 * below; a unit without its own target for a group takes the nearest unit above that has one.
 */
@Service
public class GroupTargets {

    private final GroupTargetRepository repository;
    private final OrganisationRepository organisations;
    private final UnitDirectory units;
    private final AccessControl access;
    private final BelowTargetWorkbook workbook;
    private final Clock clock;

    GroupTargets(GroupTargetRepository repository, OrganisationRepository organisations, UnitDirectory units,
            AccessControl access, BelowTargetWorkbook workbook, Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.units = units;
        this.access = access;
        this.workbook = workbook;
        this.clock = clock;
    }

    /** The targets in force in a unit, one per group, and where each comes from. */
    public List<GroupTarget> inForce(String unitCode) {
        access.current(); // for officials and heads signed in, as the units' adoption targets are
        units.require(unitCode);
        Map<MemberGroup, GroupTarget> found = resolve(unitCode, byUnit(repository.all()));
        return List.copyOf(found.values());
    }

    /** A unit administrator sets a group's target for the unit and below; {@code null} returns to inheriting. */
    public List<GroupTarget> set(String unitCode, MemberGroup group, Integer percent) {
        access.require(Role.UNIT_ADMIN, unitCode);
        if (group == null) {
            throw ProblemException.badFields("invalid-fields", List.of("group"));
        }
        if (percent == null) {
            repository.clear(unitCode, group);
        } else if (percent < 0 || percent > 100) {
            throw ProblemException.badRequest("organisation.target-invalid");
        } else {
            repository.set(unitCode, group, percent, access.current().personId(), clock.instant());
        }
        return inForce(unitCode);
    }

    /**
     * The organisations of a unit and below whose group is under its target, furthest behind first; for the unit's
     * administrators. At most {@code limit}.
     */
    public List<BelowTarget> belowTarget(String unitCode, int limit) {
        access.require(Role.UNIT_ADMIN, unitCode);
        Map<String, Map<MemberGroup, Integer>> setByUnit = byUnit(repository.all());
        Map<String, Map<MemberGroup, GroupTarget>> perUnit = new HashMap<>();
        var below = new ArrayList<BelowTarget>();
        for (OrganisationRepository.GroupRow row : organisations.groupsIn(units.subtree(unitCode))) {
            GroupTarget target = perUnit.computeIfAbsent(row.unitCode(), code -> resolve(code, setByUnit)).get(row.group());
            var coverage = GroupCoverage.of(row.group(), row.members(), row.registered(), 0, target.percent());
            if (coverage.belowTarget()) {
                below.add(new BelowTarget(row.organisationId(), row.name(), row.unitCode(), row.group(), row.members(),
                        row.registered(), coverage.registeredPercent(), target.percent()));
            }
        }
        below.sort(Comparator.comparingInt((BelowTarget b) -> b.percent() - b.target())
                .thenComparing(BelowTarget::name).thenComparing(BelowTarget::group));
        return below.size() > limit ? List.copyOf(below.subList(0, limit)) : below;
    }

    /** Every organisation of the unit and below with a group under its target, as .xlsx; for its administrators. */
    public byte[] belowTargetWorkbook(String unitCode, Locale locale) {
        return workbook.write(belowTarget(unitCode, Integer.MAX_VALUE), locale);
    }

    /** The groups of an organisation in {@code unitCode} with the targets in force there. */
    List<GroupCoverage> against(String unitCode, List<GroupCoverage> groups) {
        Map<MemberGroup, GroupTarget> inForce = resolve(unitCode, byUnit(repository.all()));
        return groups.stream().map(g -> GroupCoverage.of(g.group(), g.members(), g.registered(), g.declared(),
                inForce.get(g.group()).percent())).toList();
    }

    private Map<MemberGroup, GroupTarget> resolve(String unitCode, Map<String, Map<MemberGroup, Integer>> setByUnit) {
        var found = new EnumMap<MemberGroup, GroupTarget>(MemberGroup.class);
        List<AdministrativeUnit> path = units.path(unitCode);
        for (MemberGroup group : MemberGroup.values()) {
            GroupTarget target = new GroupTarget(group, group.defaultTarget().orElse(null), null, false);
            for (AdministrativeUnit step : path.reversed()) {
                Integer percent = setByUnit.getOrDefault(step.code(), Map.of()).get(group);
                if (percent != null) {
                    target = new GroupTarget(group, percent, step.code(), step.code().equals(unitCode));
                    break;
                }
            }
            found.put(group, target);
        }
        return found;
    }

    private static Map<String, Map<MemberGroup, Integer>> byUnit(List<GroupTargetRepository.SetTarget> set) {
        Map<String, Map<MemberGroup, Integer>> byUnit = new HashMap<>();
        set.forEach(t -> byUnit.computeIfAbsent(t.unitCode(), code -> new EnumMap<>(MemberGroup.class))
                .put(t.group(), t.percent()));
        return byUnit;
    }
}
