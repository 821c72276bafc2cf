package vn.greenzone.checkin.web;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.greenzone.checkin.internal.StoredVisit;
import vn.greenzone.declaration.DeclarationStatus;
import vn.greenzone.declaration.DoorLine;
import vn.greenzone.declaration.DoorStatus;
import vn.greenzone.venue.Venue;

/**
 * What staff see at the scan about the visitor's health declaration: declared in the last 24 hours, flagged,
 * or not declared (a warning where the venue requires a declaration today). Never the answers. A visitor
 * known only by another app's code has no declarations here, so nothing is said about them.
 */
@Component
class DeclarationAtTheDoor {

    /** The status as the API gives it, with the words a reader device can show. */
    record Declaration(boolean declared, boolean flagged, Instant declaredAt, boolean required, String tone,
            String text) {
    }

    private final DeclarationStatus status;

    DeclarationAtTheDoor(DeclarationStatus status) {
        this.status = status;
    }

    Optional<DoorLine> line(StoredVisit visit, Venue venue, Locale locale) {
        return of(visit).map(door -> status.describe(door, venue.declarationRequired(), locale));
    }

    Optional<Declaration> answer(StoredVisit visit, Venue venue, Locale locale) {
        return of(visit).map(door -> {
            DoorLine line = status.describe(door, venue.declarationRequired(), locale);
            return new Declaration(door.declared(), door.flagged(), door.declaredAt(), venue.declarationRequired(),
                    line.tone(), line.text());
        });
    }

    private Optional<DoorStatus> of(StoredVisit visit) {
        if (visit.personId() != null) {
            return Optional.of(status.ofPerson(visit.personId()));
        }
        return Optional.ofNullable(visit.dependantId()).map(status::ofDependant);
    }
}
