package vn.greenzone.declaration;

import java.time.Instant;

/**
 * What the door may know of a person's declarations: whether they declared within the validity (24 h) and
 * whether any of those declarations was flagged. Never the answers themselves.
 */
public record DoorStatus(boolean declared, boolean flagged, Instant declaredAt) {

    public static final DoorStatus NONE = new DoorStatus(false, false, null);

    /** How it shows: flagged, declared, or not declared (a warning where the venue requires a declaration). */
    public String tone(boolean required) {
        if (flagged) {
            return "flagged";
        }
        if (declared) {
            return "declared";
        }
        return required ? "missing-required" : "missing";
    }
}
