package vn.greenzone.identity.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import vn.greenzone.identity.Gender;

/** What a person may change about themselves; the phone number is their identity and stays. */
record ProfileRequest(String fullName, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
        Gender gender, String idNumber, String residenceUnit) {
}
