package vn.greenzone.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.adoption.AdoptionFigures;
import vn.greenzone.adoption.UnitFigures;
import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.organisation.OrganisationCoverage;
import vn.greenzone.reporting.ChainState;
import vn.greenzone.reporting.ChainState.Child;
import vn.greenzone.reporting.ChainState.Counts;
import vn.greenzone.reporting.ChainState.Totals;
import vn.greenzone.reporting.Cutoff;
import vn.greenzone.reporting.Report;
import vn.greenzone.reporting.ReportSchedule;
import vn.greenzone.reporting.ReportStatus;

/**
 * A unit's day in the chain, read in three queries whatever its size: the reports of the unit, its children and
 * theirs; the measured figures of the unit and its children; the reports of the organisations reporting to it.
 * The children's latest reports are added up, and each child's own children's, so that a district's report can be
 * set beside the sum of its communes'.
 */
@Service
public class ChainViews {

    private final SubmissionRepository reports;
    private final Schedules schedules;
    private final Reporters reporters;
    private final AdoptionFigures figures;
    private final UnitDirectory units;
    private final AccessControl access;
    private final ReportingClock clock;

    ChainViews(SubmissionRepository reports, Schedules schedules, Reporters reporters, AdoptionFigures figures,
            UnitDirectory units, AccessControl access, ReportingClock clock) {
        this.reports = reports;
        this.schedules = schedules;
        this.reporters = reporters;
        this.figures = figures;
        this.units = units;
        this.access = access;
        this.clock = clock;
    }

    /** For the unit's administrators (and those above) and auditors. */
    @Transactional(readOnly = true)
    public ChainState state(LocalDate day, String unitCode) {
        AdministrativeUnit unit = reporters.reportingUnit(unitCode);
        access.requireAny(unit.code(), Role.UNIT_ADMIN, Role.AUDITOR);
        clock.requireReportable(day);
        Instant now = clock.now();
        ReportSchedule schedule = schedules.of(unit.code());
        Cutoff cutoff = Cutoff.forLevel(unit.level());
        Cutoff childrenCutoff = Cutoff.forLevel(unit.level() + 1);
        Instant childrenDue = childrenCutoff.dueAt(schedule, day, ReportingClock.ZONE);

        List<AdministrativeUnit> children = units.children(unit.code());
        Map<String, String> parentOfGrandchild = new HashMap<>();
        children.forEach(child -> units.children(child.code())
                .forEach(grandchild -> parentOfGrandchild.put(grandchild.code(), child.code())));
        var codes = new ArrayList<String>();
        codes.add(unit.code());
        children.forEach(child -> codes.add(child.code()));
        Map<String, List<Report>> versions = reports.unitReports(day, concat(codes, parentOfGrandchild.keySet()))
                .stream().collect(Collectors.groupingBy(Report::unitCode, LinkedHashMap::new, Collectors.toList()));
        Map<String, UnitFigures> measured = figures.measured(day, codes);

        Map<String, Totals> below = new HashMap<>();
        parentOfGrandchild.forEach((grandchild, child) -> {
            List<Report> its = versions.get(grandchild);
            if (its != null) {
                Report latest = its.getLast();
                below.merge(child, Totals.NONE.plus(latest.users(), latest.installs(), latest.smartphones()),
                        (a, b) -> a.plus(b.users(), b.installs(), b.smartphones()));
            }
        });
        var childStates = new ArrayList<Child>();
        for (AdministrativeUnit child : children) {
            List<Report> its = versions.getOrDefault(child.code(), List.of());
            UnitFigures childMeasured = measured.get(child.code());
            Report latest = its.isEmpty() ? null : its.getLast();
            childStates.add(new Child(child.code(), null, child.name(), status(its, now, childrenDue), latest,
                    its.size(), childMeasured, null, null, latest != null
                            && Submissions.differs(latest.users(), latest.installs(), latest.smartphones(), childMeasured),
                    below.get(child.code())));
        }
        List<Child> organisationStates = organisations(day, unit, now, Cutoff.UNIT.dueAt(schedule, day,
                ReportingClock.ZONE));

        Totals submitted = Totals.NONE;
        Totals measuredTotal = Totals.NONE;
        for (Child child : childStates) {
            if (child.latest() != null) {
                submitted = submitted.plus(child.latest().users(), child.latest().installs(), child.latest().smartphones());
            }
            if (child.measured() != null) {
                measuredTotal = measuredTotal.plus(child.measured().users(), child.measured().installs(),
                        child.measured().smartphones());
            }
        }
        return new ChainState(day, unit.code(), unit.name(), unit.level(), cutoff,
                cutoff.dueAt(schedule, day, ReportingClock.ZONE), measured.get(unit.code()),
                versions.getOrDefault(unit.code(), List.of()), childrenCutoff, childrenDue, childStates,
                organisationStates, submitted, measuredTotal, counts(childStates, organisationStates), now);
    }

    private List<Child> organisations(LocalDate day, AdministrativeUnit unit, Instant now, Instant due) {
        List<OrganisationCoverage> reporting = reporters.organisationsReportingTo(unit);
        if (reporting.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Report>> versions = reports.organisationReports(day,
                        reporting.stream().map(OrganisationCoverage::id).toList()).stream()
                .collect(Collectors.groupingBy(Report::organisationId));
        return reporting.stream().map(organisation -> {
            List<Report> its = versions.getOrDefault(organisation.id(), List.of());
            Report latest = its.isEmpty() ? null : its.getLast();
            boolean differs = latest != null && (latest.users() != organisation.registered()
                    || !Objects.equals(latest.rosterSize(), organisation.rosterSize()));
            return new Child(organisation.unitCode(), organisation.id(), organisation.name(), status(its, now, due),
                    latest, its.size(), null, organisation.rosterSize(), organisation.registered(), differs, null);
        }).toList();
    }

    /** A correction sent after the cut-off does not make a reporter late who had reported in time. */
    private static ReportStatus status(List<Report> versions, Instant now, Instant due) {
        if (versions.isEmpty()) {
            return now.isAfter(due) ? ReportStatus.MISSING : ReportStatus.WAITING;
        }
        return versions.getFirst().late() ? ReportStatus.LATE : ReportStatus.SUBMITTED;
    }

    private static Counts counts(List<Child> children, List<Child> organisations) {
        int[] count = new int[ReportStatus.values().length];
        children.forEach(child -> count[child.status().ordinal()]++);
        organisations.forEach(child -> count[child.status().ordinal()]++);
        return new Counts(count[ReportStatus.SUBMITTED.ordinal()], count[ReportStatus.LATE.ordinal()],
                count[ReportStatus.WAITING.ordinal()], count[ReportStatus.MISSING.ordinal()]);
    }

    private static List<String> concat(List<String> codes, java.util.Set<String> more) {
        var all = new ArrayList<>(codes);
        all.addAll(more);
        return all;
    }
}
