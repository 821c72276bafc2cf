package vn.greenzone.quarantine;

import java.math.BigDecimal;
import java.util.Set;

/**
 * One day's report: "healthy", or the symptoms (a temperature from the fever threshold counts as fever),
 * with an optional temperature in °C and note.
 */
public record DailyReport(boolean healthy, Set<Symptom> symptoms, BigDecimal temperature, String note) {

    public DailyReport {
        symptoms = symptoms == null ? Set.of() : Set.copyOf(symptoms);
    }
}
