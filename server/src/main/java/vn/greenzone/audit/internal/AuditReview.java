package vn.greenzone.audit.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.audit.AuditEntry;
import vn.greenzone.audit.AuditTrail;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.People;
import vn.greenzone.identity.Person;
import vn.greenzone.identity.Role;
import vn.greenzone.identity.RoleGrant;
import vn.greenzone.platform.Masking;
import vn.greenzone.platform.ProblemException;

/** Reading the trail: for auditors and national administrators only, and itself written to the trail. */
@Service
public class AuditReview {

    /** A page of the trail, newest first, and how many entries match in all. */
    public record Page(List<ReviewedEntry> entries, long total, int page, int size) {
    }

    public static final int MAX_PAGE_SIZE = 500;
    static final String SUBJECT_KIND = "audit";
    static final String PURPOSE = "audit review";

    private final AuditRepository repository;
    private final AuditTrail trail;
    private final AccessControl access;
    private final People people;

    AuditReview(AuditRepository repository, AuditTrail trail, AccessControl access, People people) {
        this.repository = repository;
        this.trail = trail;
        this.access = access;
        this.people = people;
    }

    /**
     * The entries matching the query. The reading is recorded first, in the same transaction, so no
     * one reads the trail without leaving a trace in it; {@code context} says where it was read.
     */
    @Transactional
    public Page read(AuditQuery query, int page, int size, String context) {
        long reader = access.current().personId();
        Role role = readingRole(reader);
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.badRequest("audit.paging", MAX_PAGE_SIZE);
        }
        AuditFilter filter = query.toFilter(people);
        String asked = (filter == null ? "viewer=unknown phone" : filter.summary()) + " page=" + page;
        trail.recordFullView(reader, role.name(), SUBJECT_KIND, asked, PURPOSE, context);
        if (filter == null) {
            return new Page(List.of(), 0, page, size);
        }
        List<ReviewedEntry> entries = withViewers(repository.find(filter, size, (long) page * size));
        return new Page(entries, repository.count(filter), page, size);
    }

    /** The role the reader reads in: auditor where granted, else national administrator; 403 for anyone else. */
    private Role readingRole(long reader) {
        List<Role> roles = access.grantsOf(reader).stream().map(RoleGrant::role).toList();
        if (roles.contains(Role.AUDITOR)) {
            return Role.AUDITOR;
        }
        if (roles.contains(Role.NATIONAL_ADMIN)) {
            return Role.NATIONAL_ADMIN;
        }
        throw ProblemException.forbidden();
    }

    private List<ReviewedEntry> withViewers(List<AuditEntry> entries) {
        Map<Long, Person> viewers = new HashMap<>();
        return entries.stream().map(entry -> {
            Person viewer = viewers.computeIfAbsent(entry.viewerId(), people::find);
            return ReviewedEntry.of(entry, Masking.name(viewer.fullName()), viewer.phone().masked());
        }).toList();
    }
}
