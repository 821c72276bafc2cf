package vn.greenzone.declaration.internal;

import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.greenzone.audit.AuditTrail;
import vn.greenzone.declaration.DeclarationKind;
import vn.greenzone.declaration.DeclaredBy;
import vn.greenzone.declaration.NewDeclaration;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Gender;
import vn.greenzone.identity.People;
import vn.greenzone.identity.PersonalQrCodes;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.identity.ScannedQr;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.VenueCategory;
import vn.greenzone.venue.Venues;

/**
 * A privileged checkpoint's staff fill a domestic travel or entry declaration for a traveller, named by their
 * personal QR (a person or a dependant) or by phone (registered now if new, so they can sign in later). The
 * declaration is kept as made by checkpoint staff, at that checkpoint.
 */
@Service
public class CheckpointDeclarations {

    static final String PURPOSE = "checkpoint declaration";

    /** How staff name the traveller: a scanned personal QR, a phone number, or the token of the page's first step. */
    public record Traveller(String qr, String phone, String token) {
    }

    /** A traveller read from their code: a token naming them (null for another app's unknown holder) and the code. */
    public record Identified(String token, ScannedQr code) {
    }

    private final DeclarationService declarations;
    private final Venues venues;
    private final PersonalQrCodes personalQr;
    private final People people;
    private final AccessControl access;
    private final AuditTrail audit;
    private final TravellerTokens tokens;

    CheckpointDeclarations(DeclarationService declarations, Venues venues, PersonalQrCodes personalQr, People people,
            AccessControl access, AuditTrail audit, TravellerTokens tokens) {
        this.declarations = declarations;
        this.venues = venues;
        this.personalQr = personalQr;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.tokens = tokens;
    }

    /** The venue, for its staff, if it is a privileged checkpoint; 403 {@code declaration.checkpoint-only} otherwise. */
    public Venue checkpoint(long venueId) {
        Venue venue = venues.requireStaff(venueId);
        if (!venue.privileged() || venue.category() != VenueCategory.CHECKPOINT) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "declaration.checkpoint-only");
        }
        return venue;
    }

    /**
     * The page's first step: whom the code stands for, and what it carries to prefill the form. Staff now see
     * the traveller's ID number and birth date in full, so a registered traveller's view is audited.
     */
    public Identified identify(long venueId, String qr) {
        checkpoint(venueId);
        ScannedQr code = personalQr.read(qr == null ? "" : qr.strip());
        Optional<Subject> subject = subjectOf(code);
        subject.ifPresent(traveller -> audit.recordFullView(access.current().personId(), "VENUE_STAFF",
                traveller.personId() != null ? "person" : "dependant",
                String.valueOf(traveller.personId() != null ? traveller.personId() : traveller.dependantId()), PURPOSE,
                "venue:" + venueId));
        return new Identified(subject.map(traveller -> tokens.issue(traveller, venueId)).orElse(null), code);
    }

    /** Checks and stores the declaration; 400 for a daily one (the traveller makes that themself). */
    public StoredDeclaration declare(long venueId, Traveller traveller, NewDeclaration form) {
        checkpoint(venueId);
        String kind = form.kind() == null ? "" : form.kind().strip().toUpperCase(Locale.ROOT);
        if (!kind.equals(DeclarationKind.DOMESTIC_TRAVEL.name()) && !kind.equals(DeclarationKind.ENTRY.name())) {
            throw ProblemException.badRequest("declaration.checkpoint-kind");
        }
        return declarations.record(form, valid -> subject(venueId, traveller, valid), access.current().personId(),
                DeclaredBy.CHECKPOINT_STAFF, venueId);
    }

    private Subject subject(long venueId, Traveller traveller, ValidDeclaration valid) {
        if (!blank(traveller.token())) {
            return tokens.read(traveller.token(), venueId);
        }
        if (!blank(traveller.qr())) {
            ScannedQr code = personalQr.read(traveller.qr().strip());
            return subjectOf(code).orElseGet(() -> byPhone(code.phone(), valid));
        }
        if (!blank(traveller.phone())) {
            return byPhone(traveller.phone(), valid);
        }
        throw ProblemException.badRequest("declaration.traveller-required");
    }

    private static Optional<Subject> subjectOf(ScannedQr code) {
        if (code.personId() != null) {
            return Optional.of(Subject.person(code.personId()));
        }
        return Optional.ofNullable(code.dependantId()).map(Subject::dependant);
    }

    /** The person holding the number, registered with the declared name if new; the declaration is valid by now. */
    private Subject byPhone(String phone, ValidDeclaration valid) {
        if (blank(phone)) {
            throw ProblemException.badRequest("declaration.traveller-unknown");
        }
        return Subject.person(people.register(PhoneNumber.parse(phone), valid.fullName(), null,
                Gender.valueOf(valid.gender()), valid.idNumber(), null).id());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
