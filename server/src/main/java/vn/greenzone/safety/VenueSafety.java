package vn.greenzone.safety;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.safety.internal.AssessmentRepository;
import vn.greenzone.safety.internal.Rating;
import vn.greenzone.safety.internal.Scoring;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.VenueCategory;
import vn.greenzone.venue.Venues;

/** Self-assessments by a venue's owner or staff, and the current colour of venues for everyone who shows it. */
@Service
public class VenueSafety {

    /** The set whose score is also given as a risk band (the 2021 workplace guidance). */
    static final String WORKPLACE = "workplace";

    private final AssessmentRepository assessments;
    private final Venues venues;
    private final AccessControl access;
    private final UnitDirectory units;
    private final SafetyProperties properties;
    private final Clock clock;

    VenueSafety(AssessmentRepository assessments, Venues venues, AccessControl access, UnitDirectory units,
            SafetyProperties properties, Clock clock) {
        this.assessments = assessments;
        this.venues = venues;
        this.access = access;
        this.units = units;
        this.properties = properties;
        this.clock = clock;
    }

    /** A criteria set by key; 404 {@code safety.type-unknown} when there is none. */
    public SafetyProperties.CriteriaSet criteriaSet(String key) {
        SafetyProperties.CriteriaSet set = key == null ? null : properties.criteriaSets().get(key);
        if (set == null) {
            throw ProblemException.notFound("safety.type-unknown", key);
        }
        return set;
    }

    /** The key of the set a venue answers; 409 {@code safety.category-without-criteria} for other categories. */
    public String criteriaSetOf(Venue venue) {
        return properties.setOf(venue.category()).orElseThrow(() -> new ProblemException(HttpStatus.CONFLICT,
                "safety.category-without-criteria"));
    }

    /** The venue for its owner or staff (401/403 otherwise), to assess. */
    public Venue requireStaff(long venueId) {
        return venues.requireStaff(venueId);
    }

    /** The owner's or staff's self-assessment, now. */
    @Transactional
    public SafetyState assess(long venueId, Map<String, Integer> answers) {
        return importAssessment(venueId, answers, clock.instant());
    }

    /**
     * A self-assessment made at {@code assessedAt}, as carried over from the national site (antoancovid.vn),
     * which venues used before: the same checks as {@link #assess}, and never in the future.
     */
    @Transactional
    public SafetyState importAssessment(long venueId, Map<String, Integer> answers, Instant assessedAt) {
        Venue venue = venues.requireStaff(venueId);
        if (assessedAt.isAfter(clock.instant())) {
            throw ProblemException.badRequest("safety.assessed-in-future");
        }
        String setKey = criteriaSetOf(venue);
        Scoring.Scored scored = Scoring.score(properties.criteriaSets().get(setKey), answers);
        assessments.insert(venueId, setKey, scored, Scoring.colour(scored.score(), properties),
                access.current().personId(), assessedAt);
        return state(venue);
    }

    /** The venue's current safety (public: its poster page shows the colour); 404 for unknown venues. */
    public SafetyState state(long venueId) {
        return state(venues.find(venueId));
    }

    SafetyState state(Venue venue) {
        return stateOf(venue, assessments.latest(List.of(venue.id())).get(venue.id()));
    }

    /**
     * The venues of a unit and those below with their safety, for contact tracers, unit administrators and
     * inspectors of it; {@code colour} and {@code category} filter when given. At most the configured number.
     */
    public List<ListedVenue> ofUnit(String unitCode, SafetyColour colour, VenueCategory category) {
        access.requireAny(unitCode, Role.CONTACT_TRACER, Role.UNIT_ADMIN, Role.INSPECTOR);
        List<Venue> inUnit = venues.inUnits(units.subtree(unitCode), properties.maxListed());
        Map<Long, Rating> ratings = assessments.latest(inUnit.stream().map(Venue::id).toList());
        return inUnit.stream().filter(venue -> category == null || venue.category() == category)
                .map(venue -> new ListedVenue(venue, stateOf(venue, ratings.get(venue.id()))))
                .filter(listed -> colour == null || listed.safety().colour() == colour).toList();
    }

    private SafetyState stateOf(Venue venue, Rating rating) {
        if (rating == null) {
            return new SafetyState(venue.id(), SafetyColour.NONE, null, null, null, null, false);
        }
        Instant due = rating.at().plus(properties.reassessEvery());
        SafetyColour colour = due.isBefore(clock.instant()) ? SafetyColour.GREY : rating.colour();
        RiskBand band = properties.setOf(venue.category()).filter(WORKPLACE::equals)
                .map(workplace -> RiskBand.of(100 - rating.score())).orElse(null);
        return new SafetyState(venue.id(), colour, rating.score(), band, rating.at(), due, rating.byInspection());
    }
}
