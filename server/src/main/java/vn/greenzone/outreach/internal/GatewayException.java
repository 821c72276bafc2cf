package vn.greenzone.outreach.internal;

/**
 * The gateway did not take a message: {@code retryable} when it could not be reached or was busy (the message
 * stays queued), otherwise it refused this message for good (the message fails).
 */
public class GatewayException extends RuntimeException {

    private final boolean retryable;

    public GatewayException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
