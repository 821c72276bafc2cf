package vn.greenzone.audit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import vn.greenzone.identity.People;
import vn.greenzone.identity.Person;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.platform.ProblemException;

/**
 * The filters as typed on the page or in the query string; blank means no filter. {@code viewer} is a
 * person id (up to ten digits, no leading zero) or a phone number; {@code from} and {@code to} are days in Vietnam ({@code 2021-08-01},
 * both included) or exact instants ({@code 2021-08-01T09:30:00+07:00}, {@code to} excluded).
 */
public record AuditQuery(String viewer, String subject, String from, String to, String purpose) {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** The filter, or null when the viewer is a phone number nobody holds, so that nothing can match. */
    AuditFilter toFilter(People people) {
        Instant start = moment(from, day -> day);
        Instant end = moment(to, day -> day.plusDays(1));
        if (start != null && end != null && !start.isBefore(end)) {
            throw ProblemException.badRequest("audit.date-range");
        }
        String typedViewer = blankToNull(viewer);
        Long viewerId = null;
        if (typedViewer != null) {
            viewerId = typedViewer.matches("[1-9]\\d{0,9}") ? Long.valueOf(typedViewer)
                    : people.findByPhone(phone(typedViewer)).map(Person::id).orElse(null);
            if (viewerId == null) {
                return null;
            }
        }
        return new AuditFilter(viewerId, blankToNull(subject), start, end, blankToNull(purpose));
    }

    private static PhoneNumber phone(String typed) {
        try {
            return PhoneNumber.parse(typed);
        } catch (ProblemException notAPhone) {
            throw ProblemException.badRequest("audit.viewer-invalid");
        }
    }

    /** A typed day or instant; a day becomes the start of {@code boundary(day)} in Vietnam. */
    private static Instant moment(String typed, Function<LocalDate, LocalDate> boundary) {
        String text = blankToNull(typed);
        if (text == null) {
            return null;
        }
        try {
            return text.length() == 10 ? boundary.apply(LocalDate.parse(text)).atStartOfDay(VIETNAM).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notADate) {
            throw ProblemException.badRequest("audit.date-invalid", text);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
