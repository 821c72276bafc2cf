package vn.greenzone.reporting;

/** Where a reporter stands on a day: reported in time, reported after the cut-off, not yet (before it), or missing. */
public enum ReportStatus {
    SUBMITTED, LATE, WAITING, MISSING;

    public String labelKey() {
        return "reporting.status." + name();
    }
}
