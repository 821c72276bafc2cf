package vn.greenzone.safety;

import java.time.Instant;

/**
 * A venue's current safety: the colour of its latest rating (self-assessment or inspection verdict, whichever
 * is later), grey once that is older than the re-assessment interval. {@code score} and {@code ratedAt} are null
 * when never rated; {@code riskBand} only for workplaces; {@code byInspection} when an inspection set it.
 */
public record SafetyState(long venueId, SafetyColour colour, Integer score, RiskBand riskBand, Instant ratedAt,
        Instant dueAt, boolean byInspection) {
}
