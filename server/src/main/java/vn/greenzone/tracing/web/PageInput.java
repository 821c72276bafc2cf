package vn.greenzone.tracing.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import vn.greenzone.platform.ProblemException;

/** What the tracing forms post, read as the services want it: empty is null, a bad date a translated refusal. */
final class PageInput {

    private PageInput() {
    }

    static LocalDate date(String typed) {
        if (blank(typed)) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            throw ProblemException.badRequest("tracing.date-invalid");
        }
    }

    /** A local date and time as {@code <input type=datetime-local>} sends it, in the province's zone. */
    static Instant localDateTime(String typed, ZoneId zone) {
        if (blank(typed)) {
            return null;
        }
        try {
            return LocalDateTime.parse(typed.strip()).atZone(zone).toInstant();
        } catch (DateTimeParseException notATime) {
            throw ProblemException.badRequest("tracing.date-invalid");
        }
    }

    static String text(String typed) {
        return blank(typed) ? null : typed.strip();
    }

    static boolean blank(String typed) {
        return typed == null || typed.isBlank();
    }
}
