package vn.greenzone.exposurenotification;

import java.util.List;
import java.util.Map;

/**
 * Risk-calculation parameters, in the shape of the Corona-Warn-App configuration. See
 * {@link RiskCalculator} for how they are applied.
 *
 * @param minutesAtAttenuationFilters drop a window when its minutes in an attenuation range fall in a range
 * @param trlFilters drop a window whose transmission risk level falls in a range
 * @param minutesAtAttenuationWeights weight of each scan's seconds by its minimum attenuation
 * @param normalizedTimePerWindowToRiskLevel risk level of a window from its normalised time
 * @param normalizedTimePerDayToRiskLevel risk level of a day from the sum over its windows
 * @param transmissionRiskValues multiplier for each transmission risk level
 */
public record RiskConfiguration(
        List<AttenuationFilter> minutesAtAttenuationFilters,
        List<Range> trlFilters,
        List<AttenuationWeight> minutesAtAttenuationWeights,
        List<RiskLevelMapping> normalizedTimePerWindowToRiskLevel,
        List<RiskLevelMapping> normalizedTimePerDayToRiskLevel,
        TrlEncoding trlEncoding,
        Map<Integer, Double> transmissionRiskValues) {

    public RiskConfiguration {
        minutesAtAttenuationFilters = List.copyOf(minutesAtAttenuationFilters);
        trlFilters = List.copyOf(trlFilters);
        minutesAtAttenuationWeights = List.copyOf(minutesAtAttenuationWeights);
        normalizedTimePerWindowToRiskLevel = List.copyOf(normalizedTimePerWindowToRiskLevel);
        normalizedTimePerDayToRiskLevel = List.copyOf(normalizedTimePerDayToRiskLevel);
        transmissionRiskValues = Map.copyOf(transmissionRiskValues);
    }

    /** A numeric range; the minimum is inclusive unless said otherwise, likewise the maximum. */
    public record Range(double min, double max, boolean minExclusive, boolean maxExclusive) {
        public static Range of(double min, double max) {
            return new Range(min, max, false, false);
        }

        public static Range maxExclusive(double min, double max) {
            return new Range(min, max, false, true);
        }

        public boolean contains(double value) {
            boolean aboveMin = minExclusive ? value > min : value >= min;
            boolean belowMax = maxExclusive ? value < max : value <= max;
            return aboveMin && belowMax;
        }
    }

    public record AttenuationFilter(Range attenuationRange, Range dropIfMinutesInRange) {
    }

    public record AttenuationWeight(Range attenuationRange, double weight) {
    }

    public record RiskLevelMapping(Range normalizedTimeRange, RiskLevel riskLevel) {
    }

    /** Transmission risk level of a window = infectiousness offset + report-type offset. */
    public record TrlEncoding(int infectiousnessOffsetStandard, int infectiousnessOffsetHigh,
            int reportTypeOffsetRecursive, int reportTypeOffsetSelfReport,
            int reportTypeOffsetConfirmedClinicalDiagnosis, int reportTypeOffsetConfirmedTest) {
    }

    /** The Corona-Warn-App default, as at the top of the CWA risk-calculation test cases. */
    public static RiskConfiguration cwaDefault() {
        return new RiskConfiguration(
                List.of(),
                List.of(),
                List.of(new AttenuationWeight(Range.maxExclusive(0, 63), 0.8),
                        new AttenuationWeight(Range.maxExclusive(63, 73), 1.0),
                        new AttenuationWeight(Range.maxExclusive(73, 79), 0.1)),
                List.of(new RiskLevelMapping(Range.maxExclusive(0, 9), RiskLevel.LOW),
                        new RiskLevelMapping(Range.of(9, 9999), RiskLevel.HIGH)),
                List.of(new RiskLevelMapping(Range.maxExclusive(5, 9), RiskLevel.LOW),
                        new RiskLevelMapping(Range.of(9, 99999), RiskLevel.HIGH)),
                new TrlEncoding(1, 2, 0, 2, 4, 6),
                Map.of(1, 0.0, 2, 0.0, 3, 0.6, 4, 0.8, 5, 1.0, 6, 1.2, 7, 1.4, 8, 1.6));
    }
}
