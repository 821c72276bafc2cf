package vn.greenzone.platform;

import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A refusal the user should understand. {@code code} is stable for API clients; the message shown is
 * the bundle entry {@code problem.<code>} in the user's language, formatted with {@code arguments}.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final transient Object[] arguments;
    private final Duration retryAfter;
    private final List<String> fields;

    public ProblemException(HttpStatus status, String code, Object... arguments) {
        this(status, code, null, List.of(), arguments);
    }

    private ProblemException(HttpStatus status, String code, Duration retryAfter, List<String> fields,
            Object... arguments) {
        super(code, null, false, false);
        this.status = status;
        this.code = code;
        this.arguments = arguments;
        this.retryAfter = retryAfter;
        this.fields = List.copyOf(fields);
    }

    public static ProblemException tooManyRequests(String code, Duration retryAfter) {
        long minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, code, retryAfter, List.of(), minutes);
    }

    public static ProblemException notFound(String code, Object... arguments) {
        return new ProblemException(HttpStatus.NOT_FOUND, code, arguments);
    }

    public static ProblemException badRequest(String code, Object... arguments) {
        return new ProblemException(HttpStatus.BAD_REQUEST, code, arguments);
    }

    /** 400 naming the fields at fault (the message's one argument), so a client can mark them. */
    public static ProblemException badFields(String code, List<String> fields) {
        return new ProblemException(HttpStatus.BAD_REQUEST, code, null, fields, String.join(", ", fields));
    }

    /** 503 with a short Retry-After: the request was rolled back under contention and may simply be repeated. */
    public static ProblemException serviceBusy() {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "busy", Duration.ofSeconds(1), List.of());
    }

    /**
     * 503: the database cannot be reached (restarting, or the network to it is down). A commit cut off may still
     * have landed, so the client repeats the request, which check-ins and device batches allow.
     */
    public static ProblemException databaseUnavailable() {
        return new ProblemException(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", Duration.ofSeconds(5),
                List.of());
    }

    public static ProblemException forbidden() {
        return new ProblemException(HttpStatus.FORBIDDEN, "forbidden");
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The fields a 400 is about; empty when it is not about fields. */
    public List<String> fields() {
        return fields;
    }

    /** More members of the API's problem JSON, for refusals that carry details (the rows of a file at fault). */
    public java.util.Map<String, Object> properties() {
        return java.util.Map.of();
    }

    /** How long the client should wait before trying again, for 429 and 503 answers; null otherwise. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
