package vn.greenzone.safety;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.safety.internal.InspectionRepository;
import vn.greenzone.safety.internal.PhotoCheck;
import vn.greenzone.safety.internal.Scoring;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.Venues;

/** Inspectors of a unit plan and record inspections of its venues; the verdict overrides the self-assessment. */
@Service
public class Inspections {

    /** What an inspector found: per criterion 0–2, the verdict (null: the colour the findings give), a note. */
    public record Findings(Map<String, Integer> findings, SafetyColour verdict, String note, LocalDate fixBy) {
    }

    private static final int NOTE_LENGTH = 1000;
    private static final int LISTED = 500;

    private final InspectionRepository repository;
    private final VenueSafety safety;
    private final Venues venues;
    private final AccessControl access;
    private final UnitDirectory units;
    private final SafetyProperties properties;
    private final Clock clock;

    Inspections(InspectionRepository repository, VenueSafety safety, Venues venues, AccessControl access,
            UnitDirectory units, SafetyProperties properties, Clock clock) {
        this.repository = repository;
        this.safety = safety;
        this.venues = venues;
        this.access = access;
        this.units = units;
        this.properties = properties;
        this.clock = clock;
    }

    /** Plans an inspection of the venue on a day from today on; inspectors of the venue's unit only. */
    @Transactional
    public Inspection plan(long venueId, LocalDate plannedFor) {
        Venue venue = inspectable(venueId);
        if (plannedFor == null || plannedFor.isBefore(today())) {
            throw ProblemException.badRequest("safety.planned-in-past");
        }
        return find(repository.plan(venueId, venue.unitCode(), plannedFor, access.current().personId()));
    }

    /**
     * The inspector at the venue: records the planned inspection {@code plannedId} (or a new one for today when
     * null) with an optional photo, all or nothing: a refused photo leaves nothing recorded.
     */
    @Transactional
    public Inspection inspect(long venueId, Long plannedId, Findings findings, byte[] photo) {
        long id = plannedId == null ? plan(venueId, today()).id() : plannedId;
        if (find(id).venueId() != venueId) {
            throw ProblemException.notFound("safety.inspection-not-found");
        }
        Inspection recorded = record(id, findings);
        return photo == null || photo.length == 0 ? recorded : attachPhoto(id, photo);
    }

    /**
     * Records a planned inspection. Refuses: 409 {@code safety.inspection-recorded} (recorded already),
     * 400 for findings as a self-assessment's answers, {@code safety.verdict-invalid}, {@code safety.note-too-long},
     * {@code safety.fix-by-in-past}.
     */
    @Transactional
    public Inspection record(long inspectionId, Findings findings) {
        Inspection inspection = find(inspectionId);
        Venue venue = inspectable(inspection.venueId());
        if (inspection.inspectedAt() != null) {
            throw new ProblemException(HttpStatus.CONFLICT, "safety.inspection-recorded");
        }
        Scoring.Scored scored = Scoring.score(safety.criteriaSet(safety.criteriaSetOf(venue)), findings.findings());
        SafetyColour verdict = findings.verdict() == null ? Scoring.colour(scored.score(), properties) : findings.verdict();
        if (!verdict.isVerdict()) {
            throw ProblemException.badRequest("safety.verdict-invalid");
        }
        String note = findings.note() == null || findings.note().isBlank() ? null : findings.note().strip();
        if (note != null && note.length() > NOTE_LENGTH) {
            throw ProblemException.badRequest("safety.note-too-long", NOTE_LENGTH);
        }
        if (findings.fixBy() != null && findings.fixBy().isBefore(today())) {
            throw ProblemException.badRequest("safety.fix-by-in-past");
        }
        if (!repository.record(inspectionId, access.current().personId(), scored, verdict, note, findings.fixBy(),
                clock.instant())) {
            throw new ProblemException(HttpStatus.CONFLICT, "safety.inspection-recorded");
        }
        return find(inspectionId);
    }

    /** Attaches a photo (JPEG or PNG, checked by its bytes, up to the configured size), replacing any earlier. */
    @Transactional
    public Inspection attachPhoto(long inspectionId, byte[] photo) {
        Inspection inspection = find(inspectionId);
        inspectable(inspection.venueId());
        repository.attachPhoto(inspectionId, photo, PhotoCheck.typeOf(photo, properties.maxPhoto()));
        return find(inspectionId);
    }

    /** The photo for inspectors and administrators of the unit; 404 {@code safety.photo-not-found} without one. */
    public InspectionRepository.Photo photo(long inspectionId) {
        get(inspectionId);
        return repository.photo(inspectionId).orElseThrow(() -> ProblemException.notFound("safety.photo-not-found"));
    }

    /** The inspections of a unit and those below, planned first. */
    public List<Inspection> ofUnit(String unitCode) {
        access.requireAny(unitCode, Role.INSPECTOR, Role.UNIT_ADMIN);
        return repository.inUnits(units.subtree(unitCode), LISTED);
    }

    /** The inspections of one venue, for its unit's inspectors and administrators. */
    public List<Inspection> ofVenue(long venueId) {
        access.requireAny(venues.find(venueId).unitCode(), Role.INSPECTOR, Role.UNIT_ADMIN);
        return repository.ofVenue(venueId);
    }

    /** One inspection, for inspectors and administrators of its unit. */
    public Inspection get(long inspectionId) {
        Inspection inspection = find(inspectionId);
        access.requireAny(inspection.unitCode(), Role.INSPECTOR, Role.UNIT_ADMIN);
        return inspection;
    }

    Inspection find(long inspectionId) {
        return repository.find(inspectionId).orElseThrow(() -> ProblemException.notFound("safety.inspection-not-found"));
    }

    private Venue inspectable(long venueId) {
        Venue venue = venues.find(venueId);
        access.require(Role.INSPECTOR, venue.unitCode());
        return venue;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }
}
