package vn.greenzone.hotline;

import java.time.Instant;

/**
 * A call, tip or complaint as the operator (or a citizen's web form) gives it. {@code receivedAt} is for calls
 * written up after the fact (a paper log kept through an outage); null means now.
 */
public record NewItem(String categoryCode, String unitCode, String description, String callerPhone, Urgency urgency,
        Instant receivedAt) {
}
