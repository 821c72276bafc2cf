package vn.greenzone.declaration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.HashMap;

import org.springframework.stereotype.Service;

import vn.greenzone.declaration.internal.DeclarationRepository;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.platform.ProblemException;

/**
 * The numbers adoption and daily reports need: declarations per day, per unit directly below the one asked
 * about, by kind. A declaration counts in the unit of its contact address. Counts only, no person.
 */
@Service
public class DeclarationStatistics {

    private static final int MAX_DAYS = 92;

    private final DeclarationRepository repository;
    private final UnitDirectory units;
    private final AccessControl access;
    private final DeclarationProperties properties;

    DeclarationStatistics(DeclarationRepository repository, UnitDirectory units, AccessControl access,
            DeclarationProperties properties) {
        this.repository = repository;
        this.units = units;
        this.access = access;
        this.properties = properties;
    }

    /**
     * From {@code from} to {@code to} inclusive, for unit administrators and health officials of the unit;
     * days and units without declarations are left out. Refuses a period that is reversed or longer than
     * 92 days ({@code declaration.period-invalid} 400).
     */
    public List<DailyDeclarationCount> perDay(String unitCode, LocalDate from, LocalDate to) {
        access.requireAny(unitCode, Role.UNIT_ADMIN, Role.CONTACT_TRACER, Role.QUARANTINE_OFFICER);
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS - 1L).isBefore(to)) {
            throw ProblemException.badRequest("declaration.period-invalid", MAX_DAYS);
        }
        Map<String, String> childOf = units.byChild(unitCode);
        Map<String, DailyDeclarationCount> totals = new HashMap<>();
        for (DeclarationRepository.DayCount count : repository.countPerDay(childOf.keySet(), from, to, properties.zone())) {
            String child = childOf.get(count.unitCode());
            totals.merge(count.day() + child + count.kind(),
                    new DailyDeclarationCount(count.day(), child, count.kind(), count.declarations()),
                    (a, b) -> new DailyDeclarationCount(a.day(), child, a.kind(), a.declarations() + b.declarations()));
        }
        var rows = new ArrayList<>(totals.values());
        rows.sort(Comparator.comparing(DailyDeclarationCount::day).thenComparing(DailyDeclarationCount::unitCode)
                .thenComparing(DailyDeclarationCount::kind));
        return rows;
    }
}
