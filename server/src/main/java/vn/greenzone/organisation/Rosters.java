package vn.greenzone.organisation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.greenzone.audit.AuditSubject;
import vn.greenzone.audit.AuditTrail;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.organisation.internal.CoverageCount;
import vn.greenzone.organisation.internal.OrganisationAccess;
import vn.greenzone.organisation.internal.OrganisationRepository;
import vn.greenzone.organisation.internal.RosterFile;
import vn.greenzone.organisation.internal.RosterRepository;
import vn.greenzone.organisation.internal.RosterWorkbook;
import vn.greenzone.outreach.OptOuts;
import vn.greenzone.outreach.SmsSender;
import vn.greenzone.platform.Masking;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.PublicUrl;
import vn.greenzone.platform.RateLimiter;
import vn.greenzone.platform.VietnameseText;

/**
 * An organisation's staff roster: uploaded by its head (or an administrator above), who sees who on it has not
 * registered or declared, masked unless asked in full (audited), downloads it as .xlsx, and texts those who have
 * not a reminder, one a number a day.
 */
@Service
public class Rosters {

    public static final int MAX_ROWS = 100_000;
    /** A list page at most; the .xlsx has everyone. */
    public static final int MAX_PAGE = 500;
    /** Reminder days begin at midnight in Vietnam, wherever the server runs. */
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int REMINDER_SENDS_PER_HOUR = 3;
    /** Opt-outs are asked in slices: their query binds one parameter a number. */
    private static final int OPT_OUT_SLICE = 10_000;
    private static final int EXPORT_PAGE = 5_000;

    private final Organisations organisations;
    private final OrganisationRepository repository;
    private final RosterRepository roster;
    private final OrganisationAccess access;
    private final CoverageCount coverage;
    private final RosterWorkbook workbook;
    private final AuditTrail audit;
    private final OptOuts optOuts;
    private final SmsSender sms;
    private final RateLimiter rateLimiter;
    private final PublicUrl publicUrl;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Rosters(Organisations organisations, OrganisationRepository repository, RosterRepository roster,
            OrganisationAccess access, CoverageCount coverage, RosterWorkbook workbook, AuditTrail audit,
            OptOuts optOuts, SmsSender sms, RateLimiter rateLimiter, PublicUrl publicUrl, MessageSource messages,
            TransactionTemplate transaction, Clock clock) {
        this.organisations = organisations;
        this.repository = repository;
        this.roster = roster;
        this.access = access;
        this.coverage = coverage;
        this.workbook = workbook;
        this.audit = audit;
        this.optOuts = optOuts;
        this.sms = sms;
        this.rateLimiter = rateLimiter;
        this.publicUrl = publicUrl;
        this.messages = messages;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Replaces the roster with the file's, all or nothing: a file with any row at fault is refused with every row
     * at fault named ({@link RosterRefused}, 422), one that is no roster at all with 400.
     */
    public RosterImport upload(long organisationId, byte[] file) {
        access.require(organisations.require(organisationId));
        RosterFile.Checked checked = RosterFile.read(file, MAX_ROWS);
        if (!checked.faults().isEmpty()) {
            Locale locale = LocaleContextHolder.getLocale();
            List<RefusedRow> rows = checked.faults().stream().limit(RosterRefused.SHOWN)
                    .map(fault -> new RefusedRow(fault.line(), fault.code(),
                            messages.getMessage("problem." + fault.code(), fault.arguments(), locale)))
                    .toList();
            throw new RosterRefused(rows, checked.faults().size());
        }
        List<RosterFile.Member> members = checked.members();
        CoverageCount.Lookup found = coverage.lookup(members.stream().map(RosterFile.Member::phone).toList());
        transaction.executeWithoutResult(status -> {
            repository.lock(organisationId);
            roster.replace(organisationId, members, found.personIds(), found.declared());
            Instant now = clock.instant();
            repository.rosterUploaded(organisationId, now);
            repository.storeCount(organisationId, now);
        });
        Organisation counted = organisations.require(organisationId);
        return new RosterImport(members.size(), counted.registered(), counted.declared());
    }

    /**
     * A page of the roster by line, as of the last count. {@code full} shows names and numbers in full and records
     * the view of each member shown in the audit trail.
     */
    public List<RosterMember> members(long organisationId, MemberFilter filter, boolean full, int page, int size) {
        Organisation organisation = organisations.require(organisationId);
        OrganisationAccess.Viewer viewer = access.require(organisation);
        int limit = Math.clamp(size, 1, MAX_PAGE);
        List<RosterRepository.StoredMember> stored = roster.members(organisationId, filter, limit,
                Math.max(0, page) * limit);
        return shown(organisation, viewer, stored, full, "organisation roster list");
    }

    public long count(long organisationId, MemberFilter filter) {
        access.require(organisations.require(organisationId));
        return roster.count(organisationId, filter);
    }

    /** The roster and its coverage as .xlsx; in full only when asked, each member shown audited. */
    public byte[] workbook(long organisationId, MemberFilter filter, boolean full) {
        Organisation organisation = organisations.require(organisationId);
        OrganisationAccess.Viewer viewer = access.require(organisation);
        return workbook.write(pages -> {
            for (int offset = 0; ; offset += EXPORT_PAGE) {
                List<RosterRepository.StoredMember> page = roster.members(organisationId, filter, EXPORT_PAGE, offset);
                pages.accept(shown(organisation, viewer, page, full, "organisation roster .xlsx"));
                if (page.size() < EXPORT_PAGE) {
                    return;
                }
            }
        }, LocaleContextHolder.getLocale());
    }

    /**
     * Texts every member who has not declared in the last 24 hours (the unregistered among them) a reminder with
     * the link to sign in: at most one a number a day, whichever organisation asks, never to a number that opted
     * out, and at most {@value #REMINDER_SENDS_PER_HOUR} sends an hour per organisation.
     */
    public ReminderResult remind(long organisationId) {
        Organisation organisation = organisations.require(organisationId);
        access.require(organisation);
        rateLimiter.acquire("organisation-reminders:" + organisationId, REMINDER_SENDS_PER_HOUR, Duration.ofHours(1),
                "organisation.reminders-too-often");
        coverage.count(organisationId);
        List<String> pending = roster.members(organisationId, MemberFilter.UNDECLARED, MAX_ROWS, 0).stream()
                .map(RosterRepository.StoredMember::phone).toList();
        Set<String> optedOut = new HashSet<>();
        for (int from = 0; from < pending.size(); from += OPT_OUT_SLICE) {
            optedOut.addAll(optOuts.optedOutAmong(pending.subList(from, Math.min(pending.size(), from + OPT_OUT_SLICE))));
        }
        List<String> candidates = pending.stream().filter(phone -> !optedOut.contains(phone)).toList();
        // Without accents, as the campaigns send: a text with them costs twice the SMS parts.
        String text = VietnameseText.fold(messages.getMessage("organisation.reminder-sms",
                new Object[] {organisation.name(), publicUrl.base() + "/login"}, Locale.forLanguageTag("vi")));
        Instant now = clock.instant();
        // Marked and sent in one transaction: the outbox is in the same database, so none is marked but unsent.
        List<String> sent = transaction.execute(status -> {
            List<String> fresh = roster.markReminded(candidates, LocalDate.ofInstant(now, VIETNAM), organisationId, now);
            fresh.forEach(phone -> sms.send(phone, text));
            return fresh;
        });
        return new ReminderResult(sent.size(), candidates.size() - sent.size(), optedOut.size());
    }

    private List<RosterMember> shown(Organisation organisation, OrganisationAccess.Viewer viewer,
            List<RosterRepository.StoredMember> stored, boolean full, String purpose) {
        if (full) {
            audit.recordFullViews(viewer.personId(), viewer.role(),
                    stored.stream().map(m -> new AuditSubject("roster-member", Long.toString(m.id()))).toList(),
                    purpose, "organisation " + organisation.id() + " " + organisation.name());
        }
        var shown = new ArrayList<RosterMember>(stored.size());
        for (RosterRepository.StoredMember m : stored) {
            PhoneNumber phone = new PhoneNumber(m.phone());
            shown.add(new RosterMember(m.id(), m.line(), full ? m.name() : Masking.name(m.name()),
                    full ? phone.national() : phone.masked(), m.group(), m.personId() != null, m.declared()));
        }
        return shown;
    }
}
