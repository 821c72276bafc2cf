package vn.greenzone.exposurenotification;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The outcome of a risk calculation: the days with a risk level, newest first, and their summary. */
public record RiskResult(List<DailyRisk> days) {

    public RiskResult {
        days = days.stream().sorted(Comparator.comparing(DailyRisk::date).reversed()).toList();
    }

    /** HIGH when any day is high, otherwise LOW (also when nothing was found). */
    public RiskLevel totalRiskLevel() {
        return days.stream().anyMatch(d -> d.riskLevel() == RiskLevel.HIGH) ? RiskLevel.HIGH : RiskLevel.LOW;
    }

    public Optional<LocalDate> mostRecentDateWith(RiskLevel level) {
        return days.stream().filter(d -> d.riskLevel() == level).map(DailyRisk::date).findFirst();
    }

    public int numberOfDaysWith(RiskLevel level) {
        return (int) days.stream().filter(d -> d.riskLevel() == level).count();
    }

    public int totalMinimumDistinctEncountersWith(RiskLevel level) {
        return days.stream()
                .mapToInt(d -> level == RiskLevel.HIGH ? d.minimumDistinctEncountersWithHighRisk() : d.minimumDistinctEncountersWithLowRisk())
                .sum();
    }

    /** Whether anything should be shown to the user: at least one day reached a risk level. */
    public boolean anyRisk() {
        return !days.isEmpty();
    }
}
