package vn.greenzone.quarantine.internal;

import vn.greenzone.platform.ProblemException;

/** A free-text note as stored: blank is none, surrounding space dropped, too long refused. */
final class TypedNote {

    private TypedNote() {
    }

    static String of(String typed, int maxLength) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (typed.length() > maxLength) {
            throw ProblemException.badRequest("quarantine.note-too-long", maxLength);
        }
        return typed.strip();
    }
}
