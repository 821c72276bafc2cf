package vn.greenzone.quarantine.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.People;
import vn.greenzone.outreach.SmsSender;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.RateLimiter;
import vn.greenzone.quarantine.DailyReport;
import vn.greenzone.quarantine.QuarantineProperties;
import vn.greenzone.quarantine.Symptom;

/**
 * The daily report, through the texted link or signed in. One per quarantine and day: a second one the
 * same day replaces the first. Symptoms raise an alert for the responsible officer at once (on the board,
 * and by SMS), which stays until an officer acts.
 */
@Service
public class DailyReports {

    /** Sane body temperatures in °C; anything outside is a typing mistake. */
    static final BigDecimal LOWEST = new BigDecimal("34.0");
    static final BigDecimal HIGHEST = new BigDecimal("43.0");
    private static final int MAX_NOTE = 500;
    /** Reports per quarantine and hour: a family corrects a report, a script does not get to write thousands. */
    private static final int PER_HOUR = 20;

    /** What a report did: the day's first or a replacement, and whether it raised a new alert. */
    public record Outcome(long quarantineId, boolean first, boolean symptomatic, boolean alerted) {
    }

    private final QuarantineRepository quarantines;
    private final ReportRepository reports;
    private final ReportLinks links;
    private final QuarantineTexts texts;
    private final SmsSender sms;
    private final People people;
    private final AccessControl access;
    private final RateLimiter rateLimiter;
    private final QuarantineClock clock;
    private final QuarantineProperties properties;
    private final TransactionTemplate transactions;

    DailyReports(QuarantineRepository quarantines, ReportRepository reports, ReportLinks links, QuarantineTexts texts,
            SmsSender sms, People people, AccessControl access, RateLimiter rateLimiter, QuarantineClock clock,
            QuarantineProperties properties, TransactionTemplate transactions) {
        this.quarantines = quarantines;
        this.reports = reports;
        this.links = links;
        this.texts = texts;
        this.sms = sms;
        this.people = people;
        this.access = access;
        this.rateLimiter = rateLimiter;
        this.clock = clock;
        this.properties = properties;
        this.transactions = transactions;
    }

    /**
     * Through the texted link; {@code quarantineId}, when given (the API's path), must be the link's. The link is
     * checked outside the report's transaction, so a wrong link's count stays when the request is refused.
     */
    public Outcome byLink(String token, Long quarantineId, String clientAddress, DailyReport report) {
        long id = links.open(token, clientAddress).id();
        if (quarantineId != null && quarantineId != id) {
            throw ProblemException.notFound("quarantine.link-invalid");
        }
        return transactions.execute(status -> submit(id, report, "LINK"));
    }

    public Outcome signedIn(long quarantineId, DailyReport report) {
        long id = mine(quarantineId).id();
        return transactions.execute(status -> submit(id, report, "SIGNED_IN"));
    }

    /** The signed-in person's quarantine (their own or a dependant's): 404 for anyone else's. */
    public StoredQuarantine mine(long quarantineId) {
        long me = access.current().personId();
        return quarantines.find(quarantineId).filter(q -> q.readerId() == me)
                .orElseThrow(() -> ProblemException.notFound("quarantine.not-found"));
    }

    private Outcome submit(long quarantineId, DailyReport report, String via) {
        Set<Symptom> symptoms = symptoms(report);
        String note = TypedNote.of(report.note(), MAX_NOTE);
        StoredQuarantine q = quarantines.lock(quarantineId).orElseThrow();
        if (!q.active()) {
            throw new ProblemException(HttpStatus.GONE, "quarantine.ended");
        }
        rateLimiter.acquire("quarantine-report:" + q.id(), PER_HOUR, Duration.ofHours(1), "quarantine.too-many-reports");
        Instant now = clock.now();
        LocalDate today = clock.today();
        boolean first = reports.upsert(q.id(), today, symptoms, report.temperature(), note, via, now);
        boolean symptomatic = !symptoms.isEmpty();
        quarantines.reported(q.id(), now, today, symptomatic);
        boolean alerted = symptomatic && q.alertAt() == null;
        if (alerted) {
            // What was reported is the day's report, in the reader's language; the event says when the alert rose.
            quarantines.event(q.id(), null, "ALERT", null);
            sms.send(people.find(q.officerId()).phone().international(), texts.alert(q.id(), symptoms, report.temperature()));
        }
        return new Outcome(q.id(), first, symptomatic, alerted);
    }

    /** The symptoms reported, fever added when the temperature says so; refuses empty and contradictory reports. */
    private Set<Symptom> symptoms(DailyReport report) {
        Set<Symptom> symptoms = report.symptoms().isEmpty() ? EnumSet.noneOf(Symptom.class) : EnumSet.copyOf(report.symptoms());
        BigDecimal temperature = report.temperature();
        if (temperature != null) {
            if (temperature.compareTo(LOWEST) < 0 || temperature.compareTo(HIGHEST) > 0) {
                throw ProblemException.badRequest("quarantine.temperature-out-of-range", LOWEST.toPlainString(),
                        HIGHEST.toPlainString());
            }
            if (temperature.compareTo(properties.feverFrom()) >= 0) {
                symptoms.add(Symptom.FEVER);
            }
        }
        if (report.healthy() && !symptoms.isEmpty()) {
            throw ProblemException.badRequest("quarantine.report-contradiction");
        }
        if (!report.healthy() && symptoms.isEmpty()) {
            throw ProblemException.badRequest("quarantine.report-empty");
        }
        return symptoms;
    }
}
