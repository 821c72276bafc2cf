package vn.greenzone.exposurenotification;

/**
 * Input that breaks the exposure-notification rules: a malformed or unverifiable export, or a key that
 * must not be published. The {@link #problem()} says which rule, so callers (the key server's upload
 * API, a phone's download job) can react to each case without parsing messages.
 */
public final class ExposureDataException extends RuntimeException {

    /** The rule that was broken. */
    public enum Problem {
        KEY_LENGTH,
        ROLLING_PERIOD,
        ROLLING_START_INVALID,
        ROLLING_START_NOT_ALIGNED,
        ROLLING_START_IN_FUTURE,
        DUPLICATE_KEY,
        UNKNOWN_REPORT_TYPE,
        INCONSISTENT_BATCH,
        INCONSISTENT_TIME_WINDOW,
        TOO_MANY_KEYS,
        TOO_LARGE,
        WRONG_HEADER,
        MALFORMED_PROTOBUF,
        MALFORMED_ZIP,
        MISSING_ENTRY,
        UNEXPECTED_ENTRY,
        UNKNOWN_SIGNING_KEY,
        UNSUPPORTED_SIGNATURE_ALGORITHM,
        SIGNATURE_INVALID
    }

    private final Problem problem;

    public ExposureDataException(Problem problem, String message) {
        this(problem, message, null);
    }

    public ExposureDataException(Problem problem, String message, Throwable cause) {
        super(problem + ": " + message, cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
