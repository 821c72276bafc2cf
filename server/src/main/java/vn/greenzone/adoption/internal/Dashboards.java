package vn.greenzone.adoption.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.adoption.AdoptionFigures;
import vn.greenzone.adoption.UnitFigures;
import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.platform.ProblemException;

/** Builds dashboards for administrators of the unit or above; reads rollups only, a few hundred rows at most. */
@Service
public class Dashboards {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 366;
    /** Children without figures come first: a unit that sent nothing is the first to chase. */
    private static final Comparator<Dashboard.Row> WORST_FIRST = Comparator
            .comparing(Dashboard.Row::judgedCoverage, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(row -> row.unit().name());

    private final FigureRepository figures;
    private final AdoptionFigures measured;
    private final Targets targets;
    private final UnitDirectory units;
    private final AccessControl access;
    private final UserSnapshots snapshots;

    Dashboards(FigureRepository figures, AdoptionFigures measured, Targets targets, UnitDirectory units,
            AccessControl access, UserSnapshots snapshots) {
        this.figures = figures;
        this.measured = measured;
        this.targets = targets;
        this.units = units;
        this.access = access;
        this.snapshots = snapshots;
    }

    @Transactional
    public Dashboard of(String unitCode, LocalDate from, LocalDate to) {
        access.require(Role.UNIT_ADMIN, unitCode);
        LocalDate last = to == null ? snapshots.today() : to;
        LocalDate first = from == null ? last.minusDays(DEFAULT_DAYS - 1) : from;
        if (first.isAfter(last) || ChronoUnit.DAYS.between(first, last) >= MAX_DAYS) {
            throw ProblemException.badRequest("adoption.period-invalid", MAX_DAYS);
        }
        AdministrativeUnit unit = units.require(unitCode);
        List<UnitFigures> trend = figures.trend(unit.code(), first, last);
        LocalDate asOf = trend.isEmpty() ? last : trend.getLast().day();
        List<AdministrativeUnit> children = units.children(unit.code());
        List<String> codes = new java.util.ArrayList<>(children.stream().map(AdministrativeUnit::code).toList());
        codes.add(unit.code());
        Map<String, UnitFigures> day = measured.measured(asOf, codes);
        Map<String, Targets.Effective> effective = targets.effective(codes);
        UnitFigures own = day.get(unit.code());
        List<Dashboard.Row> rows = children.stream()
                .map(child -> new Dashboard.Row(child, day.get(child.code()),
                        progress(effective.get(child.code()), day.get(child.code()), List.of(), asOf)))
                .sorted(WORST_FIRST)
                .toList();
        return new Dashboard(unit, units.path(unit.code()), first, last, asOf, own,
                progress(effective.get(unit.code()), own, trend, asOf), rows, trend);
    }

    private static Progress progress(Targets.Effective effective, UnitFigures now, List<UnitFigures> trend,
            LocalDate asOf) {
        return effective == null ? null : Progress.of(effective, now, trend, asOf);
    }
}
