package vn.greenzone.reporting.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.adoption.AdoptionFigures;
import vn.greenzone.adoption.UnitFigures;
import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.organisation.OrganisationCoverage;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.reporting.Cutoff;
import vn.greenzone.reporting.NewReport;
import vn.greenzone.reporting.Report;

/**
 * Takes a report: who may submit it, its figures checked against the measured ones (a change needs a reason),
 * whether it is late by its province's schedule, and the next version number. Nothing is refused for being late.
 */
@Service
public class Submissions {

    static final long MAX_FIGURE = 1_000_000_000L;
    private static final int MAX_REASON = 500;
    /** How far back a parent may date a report it received another way and writes up now. */
    private static final Duration WRITE_UP = Duration.ofHours(48);

    private final SubmissionRepository reports;
    private final Schedules schedules;
    private final Reporters reporters;
    private final AdoptionFigures figures;
    private final AccessControl access;
    private final ReportingClock clock;

    Submissions(SubmissionRepository reports, Schedules schedules, Reporters reporters, AdoptionFigures figures,
            AccessControl access, ReportingClock clock) {
        this.reports = reports;
        this.schedules = schedules;
        this.reporters = reporters;
        this.figures = figures;
        this.access = access;
        this.clock = clock;
    }

    /** A unit's own report of the day, by the unit's administrator (or one above it). */
    @Transactional
    public Report submitForUnit(LocalDate day, String unitCode, NewReport report) {
        AdministrativeUnit unit = reporters.reportingUnit(unitCode);
        access.require(Role.UNIT_ADMIN, unit.code());
        clock.requireReportable(day);
        UnitFigures measured = figures.measured(day, List.of(unit.code())).get(unit.code());
        checkFigures(report, false);
        boolean changed = differs(report.users(), report.installs(), report.smartphones(), measured);
        String reason = checkReason(report.reason(), changed);
        Instant submittedAt = submittedAt(report.receivedAt(), unit.parentCode());
        boolean late = submittedAt.isAfter(Cutoff.forLevel(unit.level()).dueAt(schedules.of(unit.code()), day,
                ReportingClock.ZONE));
        return store(new Report(0, day, unit.code(), null, 0, report.users(), report.installs(), report.smartphones(),
                null, measured == null ? null : measured.users(), measured == null ? null : measured.installs(),
                measured == null ? null : measured.smartphones(), reason, late, access.current().personId(),
                submittedAt, clock.now()));
    }

    /** An organisation's report of the day (its roster and how many of it are registered), by its head. */
    @Transactional
    public Report submitForOrganisation(LocalDate day, String unitCode, long organisationId, NewReport report) {
        OrganisationCoverage organisation = reporters.organisation(unitCode, organisationId);
        String parent = reporters.parentOf(organisation);
        boolean writtenUp = report.receivedAt() != null;
        if (!writtenUp && access.current().personId() != organisation.headPersonId()) {
            throw ProblemException.forbidden();
        }
        clock.requireReportable(day);
        checkFigures(report, true);
        boolean changed = !Objects.equals(report.users(), organisation.registered())
                || !Objects.equals(report.rosterSize(), organisation.rosterSize());
        String reason = checkReason(report.reason(), changed);
        Instant submittedAt = submittedAt(report.receivedAt(), parent);
        boolean late = submittedAt.isAfter(Cutoff.UNIT.dueAt(schedules.of(organisation.unitCode()), day,
                ReportingClock.ZONE));
        return store(new Report(0, day, organisation.unitCode(), organisation.id(), 0, report.users(),
                report.installs(), report.smartphones(), report.rosterSize(), organisation.registered(), null, null,
                reason, late, access.current().personId(), submittedAt, clock.now()));
    }

    /** True when figures are not those measured (or nothing was measured): the parent's page marks it. */
    static boolean differs(Long users, Long installs, Long smartphones, UnitFigures measured) {
        return measured == null || !Objects.equals(users, measured.users())
                || !Objects.equals(installs, measured.installs()) || !Objects.equals(smartphones, measured.smartphones());
    }

    private Report store(Report report) {
        try {
            return reports.insert(report);
        } catch (DuplicateKeyException sameMoment) {
            throw ProblemException.serviceBusy();
        }
    }

    private static void checkFigures(NewReport report, boolean organisation) {
        var wrong = new ArrayList<String>();
        if (report.users() == null || outOfRange(report.users())) {
            wrong.add("users");
        }
        if (outOfRange(report.installs())) {
            wrong.add("installs");
        }
        if (outOfRange(report.smartphones())) {
            wrong.add("smartphones");
        }
        if (organisation && (report.rosterSize() == null || outOfRange(report.rosterSize())
                || report.users() != null && report.users() > report.rosterSize())) {
            wrong.add("rosterSize");
        }
        if (!wrong.isEmpty()) {
            throw ProblemException.badFields("reporting.figures-invalid", wrong);
        }
    }

    private static boolean outOfRange(Long figure) {
        return figure != null && (figure < 0 || figure > MAX_FIGURE);
    }

    private static String checkReason(String typed, boolean changed) {
        String reason = typed == null ? "" : typed.strip();
        if (reason.length() > MAX_REASON) {
            throw ProblemException.badFields("reporting.reason-too-long", List.of("reason"));
        }
        if (changed && reason.isEmpty()) {
            throw ProblemException.badFields("reporting.reason-required", List.of("reason"));
        }
        return reason.isEmpty() ? null : reason;
    }

    /**
     * Now, or the time a report reached the parent another way: only the parent's administrator may say so, and
     * only for the last 48 hours, so that nobody dates their own report back before the cut-off.
     */
    private Instant submittedAt(Instant receivedAt, String parentCode) {
        Instant now = clock.now();
        if (receivedAt == null) {
            return now;
        }
        if (parentCode == null || !access.mayActOn(Role.UNIT_ADMIN, parentCode)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "reporting.write-up-forbidden");
        }
        if (receivedAt.isAfter(now) || receivedAt.isBefore(now.minus(WRITE_UP))) {
            throw ProblemException.badFields("reporting.received-at-invalid", List.of("receivedAt"));
        }
        return receivedAt;
    }
}
