package vn.greenzone.quarantine.internal;

/**
 * The board's filters, each a condition on a quarantine's own columns, so that the counts and the lists
 * are one pass over a unit's rows and non-reporting is computed at the moment of reading.
 */
public enum BoardState {
    ACTIVE("ACTIVE", "true"),
    ALERT("ACTIVE", "q.alert_at is not null"),
    SYMPTOMS("ACTIVE", "q.symptomatic"),
    NON_REPORTING("ACTIVE", "coalesce(q.last_report_at, q.report_from) < :cutoff"),
    REPORTED_TODAY("ACTIVE", "q.last_report_day = :today"),
    ENDING_SOON("ACTIVE", "q.planned_end <= :soon"),
    ENDED("ENDED", "true");

    private final String status;
    private final String condition;

    BoardState(String status, String condition) {
        this.status = status;
        this.condition = condition;
    }

    String status() {
        return status;
    }

    /** SQL over alias {@code q}, with the parameters {@code :cutoff}, {@code :today} and {@code :soon}. */
    String condition() {
        return condition;
    }

    public String labelKey() {
        return "quarantine.state." + name();
    }
}
