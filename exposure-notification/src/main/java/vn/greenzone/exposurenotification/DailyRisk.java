package vn.greenzone.exposurenotification;

import java.time.LocalDate;

/**
 * The risk of one UTC day that reached a risk level.
 *
 * @param normalizedTime the day's summed normalised time, rounded to one decimal
 * @param minimumDistinctEncountersWithLowRisk windows of low risk that day, counting those with the same
 *        transmission risk level and calibration confidence once (they may be one person)
 * @param minimumDistinctEncountersWithHighRisk the same for windows of high risk
 */
public record DailyRisk(LocalDate date, double normalizedTime, RiskLevel riskLevel,
        int minimumDistinctEncountersWithLowRisk, int minimumDistinctEncountersWithHighRisk) {
}
