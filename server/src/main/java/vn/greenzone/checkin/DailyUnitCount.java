package vn.greenzone.checkin;

import java.time.LocalDate;

/** Check-ins on one day (Vietnam time) at venues of one unit, and how many venues had any. */
public record DailyUnitCount(LocalDate day, String unitCode, long checkins, long activeVenues) {
}
