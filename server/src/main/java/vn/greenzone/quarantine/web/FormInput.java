package vn.greenzone.quarantine.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import vn.greenzone.platform.ProblemException;

/** What the quarantine forms post, read as the services want it: empty is null, nonsense a translated 400. */
final class FormInput {

    private FormInput() {
    }

    static LocalDate date(String typed) {
        try {
            return blank(typed) ? null : LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            throw ProblemException.badRequest("quarantine.date-invalid");
        }
    }

    static Long id(String typed, String field) {
        try {
            return blank(typed) ? null : Long.valueOf(typed.strip());
        } catch (NumberFormatException notANumber) {
            throw ProblemException.badRequest("invalid-parameter", field);
        }
    }

    /** A temperature as people type it in Vietnam, "38,5" as well as "38.5". */
    static BigDecimal temperature(String typed) {
        try {
            return blank(typed) ? null : new BigDecimal(typed.strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            throw ProblemException.badRequest("quarantine.temperature-invalid");
        }
    }

    static String text(String typed) {
        return blank(typed) ? null : typed.strip();
    }

    static boolean blank(String typed) {
        return typed == null || typed.isBlank();
    }
}
