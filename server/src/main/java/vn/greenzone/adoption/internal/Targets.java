package vn.greenzone.adoption.internal;

import vn.greenzone.adoption.Target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.platform.ProblemException;

/**
 * Targets and their inheritance. An administrator sets a target on their unit or one below; every unit without
 * its own takes the nearest one above it.
 */
@Service
public class Targets {

    /** The target a unit works to, and whether it was set on a unit above it. */
    public record Effective(Target target, boolean inherited) {
    }

    private final TargetRepository repository;
    private final UnitDirectory units;
    private final AccessControl access;
    private final UserSnapshots days;

    Targets(TargetRepository repository, UnitDirectory units, AccessControl access, UserSnapshots days) {
        this.repository = repository;
        this.units = units;
        this.access = access;
        this.days = days;
    }

    @Transactional
    public Target set(String unitCode, Target.Basis basis, BigDecimal percent, LocalDate deadline) {
        access.require(Role.UNIT_ADMIN, unitCode);
        var missing = new ArrayList<String>();
        if (basis == null) {
            missing.add("basis");
        }
        if (percent == null) {
            missing.add("percent");
        }
        if (deadline == null) {
            missing.add("deadline");
        }
        if (!missing.isEmpty()) {
            throw ProblemException.badFields("adoption.target-incomplete", missing);
        }
        if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0
                || percent.stripTrailingZeros().scale() > 2) {
            throw ProblemException.badRequest("adoption.target-percent", percent.toPlainString());
        }
        if (deadline.isBefore(days.today())) {
            throw ProblemException.badRequest("adoption.target-deadline-past");
        }
        Target target = new Target(units.require(unitCode).code(), basis, percent, deadline);
        repository.save(target, access.current().personId());
        return target;
    }

    /** Removes the unit's own target; it then inherits again. */
    @Transactional
    public void remove(String unitCode) {
        access.require(Role.UNIT_ADMIN, unitCode);
        if (!repository.delete(unitCode)) {
            throw ProblemException.notFound("adoption.target-not-found");
        }
    }

    public Optional<Effective> effective(String unitCode) {
        return Optional.ofNullable(effective(List.of(unitCode)).get(unitCode));
    }

    /** The effective target of each unit that has one, with one query for all of them and the units above. */
    public Map<String, Effective> effective(Collection<String> unitCodes) {
        var paths = new HashMap<String, List<AdministrativeUnit>>();
        var codes = new HashSet<String>();
        for (String code : unitCodes) {
            List<AdministrativeUnit> path = units.path(code);
            paths.put(code, path);
            path.forEach(step -> codes.add(step.code()));
        }
        Map<String, Target> set = repository.findAll(codes).stream()
                .collect(Collectors.toMap(Target::unitCode, Function.identity()));
        var effective = new HashMap<String, Effective>();
        paths.forEach((code, path) -> {
            for (AdministrativeUnit step : path.reversed()) {
                Target target = set.get(step.code());
                if (target != null) {
                    effective.put(code, new Effective(target, !step.code().equals(code)));
                    return;
                }
            }
        });
        return effective;
    }
}
