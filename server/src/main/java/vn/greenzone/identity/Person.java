package vn.greenzone.identity;

import java.time.LocalDate;

/** A person known to Greenzone. Everything but the phone is optional until they fill in their profile. */
public record Person(long id, PhoneNumber phone, String fullName, LocalDate birthDate, Gender gender,
        String idNumber, String residenceUnit) {
}
