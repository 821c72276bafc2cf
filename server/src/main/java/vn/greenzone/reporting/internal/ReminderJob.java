package vn.greenzone.reporting.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.People;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.identity.Role;
import vn.greenzone.identity.RoleAdministration;
import vn.greenzone.organisation.OrganisationCoverage;
import vn.greenzone.organisation.OrganisationDirectory;
import vn.greenzone.outreach.SmsSender;
import vn.greenzone.platform.ClusterLock;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.RateLimiter;
import vn.greenzone.reporting.Cutoff;
import vn.greenzone.reporting.Report;
import vn.greenzone.reporting.ReportSchedule;

/**
 * Texts the reporters who have not reported, the province's reminder time before each cut-off: a commune's or a
 * district's administrators, the province's for its consolidation, an organisation's head. Each reminder is
 * claimed in {@code report_reminder} in the transaction that sends it (the outbox is a table), under a cluster
 * lock, so a reporter gets one per day and cut-off from one node. A phone is texted at most a few times a day
 * whatever happens (one person may administer several units). {@code greenzone.reporting.reminder-cron} set to
 * {@code -} turns reminders off on a node (the tests call {@link #run()} at the times they choose).
 */
@Component
public class ReminderJob {

    static final int TEXTS_PER_PHONE_AND_DAY = 6;
    private static final long LOCK = 0x72_65_70_6f_72_74L;
    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ReportingClock.ZONE);
    private static final int COMMUNE = 3;

    private final SubmissionRepository reports;
    private final Schedules schedules;
    private final UnitDirectory units;
    private final OrganisationDirectory organisations;
    private final RoleAdministration roles;
    private final People people;
    private final SmsSender sms;
    private final RateLimiter limiter;
    private final ClusterLock lock;
    private final TransactionTemplate transactions;
    private final ReportingClock clock;

    ReminderJob(SubmissionRepository reports, Schedules schedules, UnitDirectory units,
            OrganisationDirectory organisations, RoleAdministration roles, People people, SmsSender sms,
            RateLimiter limiter, ClusterLock lock, TransactionTemplate transactions, ReportingClock clock) {
        this.reports = reports;
        this.schedules = schedules;
        this.units = units;
        this.organisations = organisations;
        this.roles = roles;
        this.people = people;
        this.sms = sms;
        this.limiter = limiter;
        this.lock = lock;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The number of reporters reminded. */
    @Scheduled(cron = "${greenzone.reporting.reminder-cron:0 * * * * *}")
    public int run() {
        Instant now = clock.now();
        Integer reminded = transactions.execute(status -> lock.tryForTransaction(LOCK) ? remindAll(now) : 0);
        if (reminded != null && reminded > 0) {
            log.info("Reports: {} reporters reminded", reminded);
        }
        return reminded == null ? 0 : reminded;
    }

    private int remindAll(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ReportingClock.ZONE);
        int reminded = 0;
        for (AdministrativeUnit province : units.children(AdministrativeUnit.COUNTRY)) {
            ReportSchedule schedule = schedules.of(province.code());
            for (Cutoff cutoff : List.of(Cutoff.UNIT, Cutoff.DISTRICT, Cutoff.CONSOLIDATION)) {
                LocalDate day = cutoff == Cutoff.CONSOLIDATION ? today.minusDays(1) : today;
                Instant due = cutoff.dueAt(schedule, day, ReportingClock.ZONE);
                if (now.isBefore(due.minus(Duration.ofMinutes(schedule.reminderMinutes()))) || !now.isBefore(due)) {
                    continue;
                }
                reminded += remindUnits(province, cutoff, day, due);
                if (cutoff == Cutoff.UNIT) {
                    reminded += remindOrganisations(province, day, due);
                }
            }
        }
        return reminded;
    }

    private int remindUnits(AdministrativeUnit province, Cutoff cutoff, LocalDate day, Instant due) {
        List<String> codes = switch (cutoff) {
            case CONSOLIDATION -> List.of(province.code());
            case DISTRICT -> units.children(province.code()).stream().map(AdministrativeUnit::code).toList();
            default -> units.subtree(province.code()).stream()
                    .filter(code -> units.find(code).map(unit -> unit.level() == COMMUNE).orElse(false)).toList();
        };
        Set<String> reported = reports.unitReports(day, codes).stream().map(Report::unitCode)
                .collect(Collectors.toSet());
        List<String> unreported = reports.claimReminders(day,
                codes.stream().filter(code -> !reported.contains(code)).toList(), cutoff.name());
        Map<String, List<PhoneNumber>> phones = roles.holderPhones(Role.UNIT_ADMIN, unreported);
        for (String code : unreported) {
            String name = units.require(code).name();
            phones.getOrDefault(code, List.of()).forEach(phone -> text(phone, name, day, due));
        }
        return unreported.size();
    }

    private int remindOrganisations(AdministrativeUnit province, LocalDate day, Instant due) {
        List<OrganisationCoverage> all = organisations.inSubtree(province.code());
        if (all.isEmpty()) {
            return 0;
        }
        Set<Long> reported = reports.organisationReports(day, all.stream().map(OrganisationCoverage::id).toList())
                .stream().map(Report::organisationId).collect(Collectors.toSet());
        int reminded = 0;
        for (OrganisationCoverage organisation : all) {
            if (!reported.contains(organisation.id())
                    && reports.claimReminder(day, organisation.unitCode(), organisation.id(), Cutoff.UNIT.name())) {
                text(people.find(organisation.headPersonId()).phone(), organisation.name(), day, due);
                reminded++;
            }
        }
        return reminded;
    }

    private void text(PhoneNumber phone, String reporter, LocalDate day, Instant due) {
        try {
            limiter.acquire("reporting-reminder:" + phone.international(), TEXTS_PER_PHONE_AND_DAY, Duration.ofDays(1),
                    "reporting.reminders-too-many");
        } catch (ProblemException spent) {
            return;
        }
        sms.send(phone.international(), "Greenzone: chua nhan bao cao ngay " + DAY.format(day) + " cua " + reporter
                + ". Han gui " + TIME.format(due) + ".");
    }
}
