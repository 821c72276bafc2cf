package vn.greenzone.adoption;

import java.time.LocalDate;

/**
 * What was measured for one unit on one day, summed over the unit and everything below it. Imported figures are
 * null where nothing was imported for the day, so that "none imported" never reads as zero.
 */
public record UnitFigures(String unitCode, LocalDate day, long users, Long installs, Long smartphones, Long residents) {
}
