package vn.greenzone.quarantine;

import java.time.LocalDate;

/**
 * An enrolment as an officer gives it. Empty start: today; empty planned end: the configured length after
 * the start; no officer: the one enrolling.
 */
public record NewQuarantine(Who who, Where where, LocalDate startDate, LocalDate plannedEnd, Long officerId) {

    /**
     * Exactly one way to name the person: a confirmed contact of a case; a phone (an unknown number is
     * registered, named {@code fullName}); an ID number; a dependant by id; or a guardian's phone with the
     * dependant's name.
     */
    public record Who(Long contactId, String phone, String fullName, String idNumber, Long dependantId,
            String guardianPhone, String dependantName) {

        public static Who contact(long contactId) {
            return new Who(contactId, null, null, null, null, null, null);
        }
    }

    /** At home: the commune and street; in a facility: the venue. */
    public record Where(Place place, String unitCode, String street, Long facilityId) {

        public static Where home(String communeCode, String street) {
            return new Where(Place.HOME, communeCode, street, null);
        }

        public static Where facility(long venueId) {
            return new Where(Place.FACILITY, null, null, venueId);
        }
    }
}
