package vn.greenzone.reporting;

import java.time.LocalTime;

/**
 * One province's cut-off times (Asia/Ho_Chi_Minh) and how long before each one a unit that has not reported is
 * texted. {@code stored} is false while the province keeps the seeds' times.
 */
public record ReportSchedule(String provinceCode, LocalTime teamDue, LocalTime unitDue, LocalTime districtDue,
        LocalTime consolidationDue, LocalTime publicationDue, int reminderMinutes, boolean stored) {

    /** Lào Cai: Si Ma Cai's plan (seed 002) has its communes report by 09:00. */
    private static final String LAO_CAI = "10";

    /** Lạng Sơn's chain (seed 001), which the other provinces keep until their administrator changes it. */
    public static ReportSchedule seeds(String provinceCode) {
        if (LAO_CAI.equals(provinceCode)) {
            return new ReportSchedule(provinceCode, LocalTime.of(8, 45), LocalTime.of(9, 0), LocalTime.of(17, 0),
                    LocalTime.of(7, 30), LocalTime.of(8, 0), 30, false);
        }
        return new ReportSchedule(provinceCode, LocalTime.of(16, 15), LocalTime.of(16, 30), LocalTime.of(17, 0),
                LocalTime.of(7, 30), LocalTime.of(8, 0), 30, false);
    }
}
