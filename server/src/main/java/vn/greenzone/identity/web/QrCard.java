package vn.greenzone.identity.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import vn.greenzone.identity.Dependant;
import vn.greenzone.identity.PersonalQr;
import vn.greenzone.identity.Person;
import vn.greenzone.platform.QrImages;

/**
 * A personal QR as its holder's page shows it: the drawing, and the holder's ID number and birth date
 * both in full (revealed on request) and masked as the national standard displays them.
 */
record QrCard(String svg, String name, String idNumber, String maskedIdNumber, String birthDate,
        String maskedBirthDate, Instant issuedAt, Instant expiresAt, String validUntil, Long dependantId,
        Long printedId) {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final int MASKED_ID_CHARACTERS = 6;

    static QrCard of(PersonalQr code, Person person) {
        return of(code, person.fullName(), person.idNumber(), person.birthDate());
    }

    static QrCard of(PersonalQr code, Dependant dependant) {
        return of(code, dependant.fullName(), dependant.idNumber(), dependant.birthDate());
    }

    private static QrCard of(PersonalQr code, String name, String idNumber, LocalDate birthDate) {
        String id = idNumber == null ? "" : idNumber;
        int masked = Math.min(MASKED_ID_CHARACTERS, id.length());
        return new QrCard(QrImages.svg(code.text()), name, id, "*".repeat(masked) + id.substring(masked),
                birthDate == null ? "" : DAY.format(birthDate),
                birthDate == null ? "" : "**/**/" + birthDate.getYear(),
                code.issuedAt(), code.expiresAt(),
                code.expiresAt() == null ? null : TIME.format(code.expiresAt().atZone(VIETNAM)),
                code.dependantId(), code.printedId());
    }

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    static String dateTime(Instant instant) {
        return DAY_TIME.format(instant.atZone(VIETNAM));
    }

    /** The issue date in Vietnam, for printed codes. */
    public String issuedOn() {
        return DAY.format(issuedAt.atZone(VIETNAM));
    }
}
