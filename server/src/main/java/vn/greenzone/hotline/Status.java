package vn.greenzone.hotline;

import java.util.List;

/**
 * Where an item stands. RECEIVED waits for an agency (no rule matched: the supervisor assigns it); the
 * first three are open and count against the deadline; HANDLED stops the clock; CLOSED ends it.
 */
public enum Status {
    RECEIVED, ASSIGNED, IN_PROGRESS, HANDLED, CLOSED;

    public static final List<Status> OPEN = List.of(RECEIVED, ASSIGNED, IN_PROGRESS);

    public boolean open() {
        return OPEN.contains(this);
    }
}
