package vn.greenzone.declaration.internal;

import java.time.Instant;

import vn.greenzone.declaration.DeclaredBy;

/** A declaration as kept: what was declared, about whom, by whom, when, where (a checkpoint), and its flag. */
public record StoredDeclaration(long id, Subject subject, long madeBy, DeclaredBy madeAs, Long venueId,
        Instant madeAt, boolean flagged, ValidDeclaration content) {
}
