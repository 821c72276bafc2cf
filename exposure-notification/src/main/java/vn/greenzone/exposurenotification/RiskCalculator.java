package vn.greenzone.exposurenotification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import vn.greenzone.exposurenotification.RiskConfiguration.RiskLevelMapping;

/**
 * Risk of a set of exposure windows, as the Corona-Warn-App computes it. Per window: drop it if a
 * filter says so; transmission risk level (TRL) = infectiousness offset + report-type offset;
 * normalised time = TRL value × minutes weighted by each scan's minimum attenuation; risk level from
 * the per-window mapping. Per day: sum of normalised times, rounded to one decimal (so 8.99999 from
 * floating point counts as 9.0), mapped to a level; days below every range have no risk. Thread-safe.
 */
public final class RiskCalculator {

    private final RiskConfiguration config;

    public RiskCalculator(RiskConfiguration config) {
        this.config = Objects.requireNonNull(config);
    }

    private record WindowRisk(LocalDate date, int trl, int calibrationConfidence, double normalizedTime, RiskLevel level) {
    }

    public RiskResult calculate(List<ExposureWindow> windows) {
        Map<LocalDate, List<WindowRisk>> byDate = new TreeMap<>();
        for (ExposureWindow window : windows) {
            WindowRisk risk = assess(window);
            if (risk != null) {
                byDate.computeIfAbsent(window.date(), d -> new ArrayList<>()).add(risk);
            }
        }
        List<DailyRisk> days = new ArrayList<>();
        byDate.forEach((date, risks) -> {
            double sum = risks.stream().mapToDouble(WindowRisk::normalizedTime).sum();
            double rounded = BigDecimal.valueOf(sum).setScale(1, RoundingMode.HALF_UP).doubleValue();
            RiskLevel level = levelOf(rounded, config.normalizedTimePerDayToRiskLevel());
            if (level != null) {
                days.add(new DailyRisk(date, rounded, level, distinctEncounters(risks, RiskLevel.LOW),
                        distinctEncounters(risks, RiskLevel.HIGH)));
            }
        });
        return new RiskResult(days);
    }

    /** Returns null for a window that a filter drops. */
    private WindowRisk assess(ExposureWindow window) {
        for (RiskConfiguration.AttenuationFilter filter : config.minutesAtAttenuationFilters()) {
            double seconds = window.scanInstances().stream()
                    .filter(s -> filter.attenuationRange().contains(s.minAttenuationDb()))
                    .mapToInt(RiskCalculator::seconds).sum();
            if (filter.dropIfMinutesInRange().contains(seconds / 60)) {
                return null;
            }
        }
        int trl = transmissionRiskLevel(window);
        if (config.trlFilters().stream().anyMatch(range -> range.contains(trl))) {
            return null;
        }
        double weightedSeconds = 0;
        for (ScanInstance scan : window.scanInstances()) {
            weightedSeconds += seconds(scan) * weightOf(scan.minAttenuationDb());
        }
        double normalizedTime = config.transmissionRiskValues().getOrDefault(trl, 0.0) * weightedSeconds / 60;
        return new WindowRisk(window.date(), trl, window.calibrationConfidence(), normalizedTime,
                levelOf(normalizedTime, config.normalizedTimePerWindowToRiskLevel()));
    }

    /** Negative durations come from clock changes on the phone and stand for no time at all. */
    private static int seconds(ScanInstance scan) {
        return Math.max(0, scan.secondsSinceLastScan());
    }

    private double weightOf(int attenuation) {
        return config.minutesAtAttenuationWeights().stream()
                .filter(w -> w.attenuationRange().contains(attenuation))
                .mapToDouble(RiskConfiguration.AttenuationWeight::weight)
                .findFirst().orElse(0);
    }

    private int transmissionRiskLevel(ExposureWindow window) {
        RiskConfiguration.TrlEncoding encoding = config.trlEncoding();
        int infectiousnessOffset = window.infectiousness() == Infectiousness.HIGH
                ? encoding.infectiousnessOffsetHigh() : encoding.infectiousnessOffsetStandard();
        int reportTypeOffset = switch (window.reportType()) {
            case RECURSIVE -> encoding.reportTypeOffsetRecursive();
            case SELF_REPORT -> encoding.reportTypeOffsetSelfReport();
            case CONFIRMED_CLINICAL_DIAGNOSIS -> encoding.reportTypeOffsetConfirmedClinicalDiagnosis();
            case CONFIRMED_TEST -> encoding.reportTypeOffsetConfirmedTest();
            case UNKNOWN, REVOKED -> throw new ExposureDataException(ExposureDataException.Problem.UNKNOWN_REPORT_TYPE,
                    "an exposure window cannot have report type " + window.reportType());
        };
        return infectiousnessOffset + reportTypeOffset;
    }

    private static RiskLevel levelOf(double normalizedTime, List<RiskLevelMapping> mappings) {
        return mappings.stream().filter(m -> m.normalizedTimeRange().contains(normalizedTime))
                .map(RiskLevelMapping::riskLevel).findFirst().orElse(null);
    }

    private static int distinctEncounters(List<WindowRisk> risks, RiskLevel level) {
        Set<List<Integer>> distinct = new HashSet<>();
        for (WindowRisk risk : risks) {
            if (risk.level() == level) {
                distinct.add(List.of(risk.trl(), risk.calibrationConfidence()));
            }
        }
        return distinct.size();
    }
}
