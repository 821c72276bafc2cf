package vn.greenzone.identity.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import vn.greenzone.identity.Gender;

/** A dependant as their guardian declares them, from the form or the API. */
record DependantRequest(String fullName, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate,
        Gender gender, String idNumber, String relationship) {
}
