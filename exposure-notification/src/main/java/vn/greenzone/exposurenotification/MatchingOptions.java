package vn.greenzone.exposurenotification;

import java.time.Duration;

/**
 * How the phone turns matched sightings into exposure windows.
 *
 * @param tolerance how far outside its 10-minute interval an RPI may be heard and still count (GAEN: ±2 h,
 *        for clock skew between phones); a sighting farther away is a replay and is rejected
 * @param maxWindow longest exposure window (GAEN: 30 minutes)
 * @param scanInterval time between this phone's Bluetooth scans; a scan instance stands for at most this
 * @param scanDuration sightings of one device closer together than this belong to the same scan
 * @param calibrationConfidence this phone's RSSI calibration confidence, 0..3
 * @param defaultTxPowerDbm TX power assumed when the metadata has an unknown version
 * @param reportTypeWhenMissing report type for keys published without one
 * @param highInfectiousnessFrom first day since onset of symptoms counted as highly infectious
 * @param highInfectiousnessTo last such day; other days within ±14 are standard, beyond are none
 */
public record MatchingOptions(Duration tolerance, Duration maxWindow, Duration scanInterval, Duration scanDuration,
        int calibrationConfidence, int defaultTxPowerDbm, ReportType reportTypeWhenMissing,
        int highInfectiousnessFrom, int highInfectiousnessTo) {

    private static final int SYMPTOM_DAYS_CONSIDERED = 14;

    public MatchingOptions {
        if (calibrationConfidence < 0 || calibrationConfidence > 3) {
            throw new IllegalArgumentException("calibration confidence must be 0..3");
        }
        if (reportTypeWhenMissing == ReportType.UNKNOWN || reportTypeWhenMissing == ReportType.REVOKED) {
            throw new IllegalArgumentException("the report type for keys without one must be a diagnosis");
        }
    }

    /** GAEN's timing; highly infectious from 2 days before to 5 days after symptom onset. */
    public static MatchingOptions defaults() {
        return new MatchingOptions(Duration.ofHours(2), Duration.ofMinutes(30), Duration.ofMinutes(5),
                Duration.ofSeconds(60), 0, 0, ReportType.CONFIRMED_TEST, -2, 5);
    }

    public MatchingOptions withCalibrationConfidence(int confidence) {
        return new MatchingOptions(tolerance, maxWindow, scanInterval, scanDuration, confidence, defaultTxPowerDbm,
                reportTypeWhenMissing, highInfectiousnessFrom, highInfectiousnessTo);
    }

    /** Infectiousness on the exposure day; keys without days since onset count as standard. */
    public Infectiousness infectiousness(Integer daysSinceOnsetOfSymptoms) {
        if (daysSinceOnsetOfSymptoms == null) {
            return Infectiousness.STANDARD;
        }
        int days = daysSinceOnsetOfSymptoms;
        if (days >= highInfectiousnessFrom && days <= highInfectiousnessTo) {
            return Infectiousness.HIGH;
        }
        return Math.abs(days) <= SYMPTOM_DAYS_CONSIDERED ? Infectiousness.STANDARD : Infectiousness.NONE;
    }

    public ReportType effectiveReportType(ReportType published) {
        return published == ReportType.UNKNOWN ? reportTypeWhenMissing : published;
    }
}
