package vn.greenzone.declaration.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.audit.AuditSubject;
import vn.greenzone.audit.AuditTrail;
import vn.greenzone.declaration.DeclarationKind;
import vn.greenzone.declaration.DeclarationProperties;
import vn.greenzone.declaration.DeclaredBy;
import vn.greenzone.declaration.TestResult;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.identity.Role;
import vn.greenzone.platform.Masking;
import vn.greenzone.platform.ProblemException;

/**
 * The health officials' list: declarations with a symptom, an exposure or a positive test, of people whose
 * address lies in the official's unit, with the answers. Health officials are the contact tracers and
 * quarantine officers of the unit (and of the units above it). Masked by default; in full on request, each
 * person shown first written to the audit trail in the same transaction.
 */
@Service
public class FlaggedDeclarations {

    /** The roles that follow up flagged declarations, and so may see them. */
    public static final List<Role> HEALTH_OFFICIALS = List.of(Role.CONTACT_TRACER, Role.QUARANTINE_OFFICER);
    static final String PURPOSE = "declaration follow-up";
    private static final int LIST_SIZE = 500;

    /** A flagged declaration as listed: personal data masked unless {@code masked} is false. */
    public record Flagged(long id, DeclarationKind kind, Instant madeAt, DeclaredBy madeAs, Long personId,
            Long dependantId, String name, String idNumber, String phone, int birthYear, String gender,
            String unitCode, String place, String street, List<String> symptoms, List<String> exposures,
            TestResult testResult, boolean masked) {
    }

    private final DeclarationRepository repository;
    private final AccessControl access;
    private final UnitDirectory units;
    private final AuditTrail audit;
    private final DeclarationProperties properties;
    private final Clock clock;

    FlaggedDeclarations(DeclarationRepository repository, AccessControl access, UnitDirectory units, AuditTrail audit,
            DeclarationProperties properties, Clock clock) {
        this.repository = repository;
        this.access = access;
        this.units = units;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Flagged declarations of the unit and below of the last {@code flagged-for} (14 days), newest first. */
    @Transactional
    public List<Flagged> inUnit(String unitCode, boolean full, String context) {
        Role role = healthRole(unitCode);
        List<StoredDeclaration> flagged = repository.flaggedIn(units.subtree(unitCode),
                clock.instant().minus(properties.flaggedFor()), LIST_SIZE);
        if (full && !flagged.isEmpty()) {
            audit.recordFullViews(access.current().personId(), role.name(),
                    flagged.stream().map(FlaggedDeclarations::subject).distinct().toList(), PURPOSE, context);
        }
        return flagged.stream().map(declaration -> view(declaration, full)).toList();
    }

    /** The health role the signed-in person holds on the unit: 401 signed out, 403 without one. */
    private Role healthRole(String unitCode) {
        access.requireAny(unitCode, HEALTH_OFFICIALS.toArray(Role[]::new));
        return HEALTH_OFFICIALS.stream().filter(role -> access.mayActOn(role, unitCode)).findFirst()
                .orElseThrow(ProblemException::forbidden);
    }

    private static AuditSubject subject(StoredDeclaration declaration) {
        Subject subject = declaration.subject();
        return subject.personId() != null ? new AuditSubject("person", subject.personId().toString())
                : new AuditSubject("dependant", subject.dependantId().toString());
    }

    private Flagged view(StoredDeclaration stored, boolean full) {
        ValidDeclaration d = stored.content();
        String phone = new PhoneNumber(d.phone()).national();
        return new Flagged(stored.id(), d.kind(), stored.madeAt(), stored.madeAs(), stored.subject().personId(),
                stored.subject().dependantId(), full ? d.fullName() : Masking.name(d.fullName()),
                full ? d.idNumber() : Masking.idNumber(d.idNumber()), full ? phone : Masking.phone(phone), d.birthYear(),
                d.gender(), d.unitCode(), units.placeName(d.unitCode()), full ? d.street() : null, d.symptoms(),
                d.exposures(), d.entry() == null ? null : d.entry().testResult(), !full);
    }
}
