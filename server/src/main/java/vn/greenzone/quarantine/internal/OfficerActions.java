package vn.greenzone.quarantine.internal;

import java.time.Duration;
import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Dependants;
import vn.greenzone.identity.People;
import vn.greenzone.identity.Role;
import vn.greenzone.outreach.SmsSender;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.RateLimiter;
import vn.greenzone.quarantine.QuarantineProperties;

/**
 * What a quarantine officer does from the board, each written to the quarantine's history. Acting on the
 * person (a call, reaching them, a test, the end) deals with an open symptom alert; a reminder does not.
 */
@Service
public class OfficerActions {

    public enum Action { CALL, REACHED, REMIND, REFER_TEST, EXTEND, END }

    /** An action and what it needs: a note (any), days (EXTEND), a reason (END). */
    public record Input(Action action, String note, Integer days, StoredQuarantine.EndReason reason) {
    }

    private static final int MAX_NOTE = 2000;
    /** Reminders per quarantine and hour: each is an SMS, and a fresh link that voids the one before. */
    private static final int REMINDERS_PER_HOUR = 3;

    private final QuarantineRepository quarantines;
    private final ReportLinks links;
    private final QuarantineTexts texts;
    private final SmsSender sms;
    private final People people;
    private final Dependants dependants;
    private final AccessControl access;
    private final RateLimiter rateLimiter;
    private final QuarantineClock clock;
    private final QuarantineProperties properties;

    OfficerActions(QuarantineRepository quarantines, ReportLinks links, QuarantineTexts texts, SmsSender sms,
            People people, Dependants dependants, AccessControl access, RateLimiter rateLimiter, QuarantineClock clock,
            QuarantineProperties properties) {
        this.quarantines = quarantines;
        this.links = links;
        this.texts = texts;
        this.sms = sms;
        this.people = people;
        this.dependants = dependants;
        this.access = access;
        this.rateLimiter = rateLimiter;
        this.clock = clock;
        this.properties = properties;
    }

    /** The quarantine, for a quarantine officer of its unit: 404 when there is none, 403 elsewhere. */
    public StoredQuarantine require(long id) {
        StoredQuarantine q = quarantines.find(id).orElseThrow(() -> ProblemException.notFound("quarantine.not-found"));
        access.require(Role.QUARANTINE_OFFICER, q.unitCode());
        return q;
    }

    @Transactional
    public StoredQuarantine act(long id, Input input) {
        require(id);
        if (input.action() == null) {
            throw ProblemException.badRequest("quarantine.action-required");
        }
        StoredQuarantine q = quarantines.lock(id).orElseThrow();
        if (!q.active()) {
            throw new ProblemException(HttpStatus.CONFLICT, "quarantine.already-ended");
        }
        long me = access.current().personId();
        String note = TypedNote.of(input.note(), MAX_NOTE);
        switch (input.action()) {
            case CALL -> quarantines.event(id, me, "CALL", note);
            case REACHED -> {
                quarantines.markReached(id, clock.now());
                quarantines.event(id, me, "REACHED", note);
            }
            case REMIND -> remind(q, me);
            case REFER_TEST -> {
                quarantines.markTestReferred(id, clock.now());
                quarantines.event(id, me, "TEST", note);
                sms.send(readerPhone(q), texts.testReferral(about(q)));
            }
            case EXTEND -> extend(q, input.days(), me, note);
            case END -> end(q, input.reason(), me, note);
        }
        if (input.action() != Action.REMIND && input.action() != Action.EXTEND) {
            quarantines.acknowledge(id);
        }
        return quarantines.find(id).orElseThrow();
    }

    private void remind(StoredQuarantine q, long me) {
        rateLimiter.acquire("quarantine-reminder:" + q.id(), REMINDERS_PER_HOUR, Duration.ofHours(1),
                "quarantine.too-many-reminders");
        // Only the link's hash is stored, so a reminder carries a new link; the older one stops working.
        ReportLinks.Issued link = links.issue();
        quarantines.replaceLink(q.id(), link.hash());
        quarantines.event(q.id(), me, "REMINDER", null);
        sms.send(readerPhone(q), texts.reminder(about(q), q, link.token()));
    }

    private void extend(StoredQuarantine q, Integer days, long me, String note) {
        long maxDays = properties.maxLength().toDays();
        if (days == null || days < 1 || days > maxDays) {
            throw ProblemException.badRequest("quarantine.days-invalid", maxDays);
        }
        LocalDate end = q.plannedEnd().plusDays(days);
        if (q.startDate().plusDays(maxDays).isBefore(end)) {
            throw ProblemException.badRequest("quarantine.too-long", maxDays);
        }
        quarantines.extend(q.id(), end);
        quarantines.event(q.id(), me, "EXTENDED", q.plannedEnd() + " → " + end + (note == null ? "" : ": " + note));
    }

    private void end(StoredQuarantine q, StoredQuarantine.EndReason reason, long me, String note) {
        if (reason == null) {
            throw ProblemException.badRequest("quarantine.reason-required");
        }
        quarantines.end(q.id(), clock.now(), reason);
        quarantines.event(q.id(), me, "ENDED", reason.name());
        if (note != null) {
            quarantines.event(q.id(), me, "NOTE", note);
        }
    }

    private String readerPhone(StoredQuarantine q) {
        return people.find(q.readerId()).phone().international();
    }

    private String about(StoredQuarantine q) {
        return q.dependantId() == null ? null : dependants.find(q.dependantId()).fullName();
    }
}
