package vn.greenzone.identity;

import java.time.LocalDate;

/** Someone without a phone (a child, an elderly parent) whose QR and check-ins a guardian holds. */
public record Dependant(long id, long guardianId, String fullName, LocalDate birthDate, Gender gender,
        String idNumber, String relationship) {
}
