package vn.greenzone.declaration.internal;

import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.greenzone.declaration.DeclarationStatus;
import vn.greenzone.declaration.DoorLine;
import vn.greenzone.declaration.DoorStatus;
import vn.greenzone.identity.HolderStatus;

/**
 * The declaration status under a personal QR, so that the person at the door sees it with the code: green
 * declared, red flagged, grey with a link to declare when they have not in the last 24 hours.
 */
@Component
class QrPageStatus implements HolderStatus {

    private final DeclarationStatus status;

    QrPageStatus(DeclarationStatus status) {
        this.status = status;
    }

    @Override
    public Line of(long personId, Long dependantId, Locale locale) {
        DoorStatus door = dependantId == null ? status.ofPerson(personId) : status.ofDependant(dependantId);
        DoorLine line = status.describe(door, false, locale);
        String declare = dependantId == null ? "/declarations" : "/declarations?dependant=" + dependantId;
        return new Line(line.tone(), line.text(), door.declared() ? null : declare);
    }
}
