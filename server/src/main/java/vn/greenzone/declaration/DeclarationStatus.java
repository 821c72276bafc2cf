package vn.greenzone.declaration;

import org.springframework.stereotype.Service;

import vn.greenzone.declaration.internal.DeclarationService;
import vn.greenzone.declaration.internal.Subject;

/**
 * The door's question for other modules (the staff scanner, the personal QR page): did this person, or this
 * dependant, declare within the validity, and was anything flagged. One indexed query; no rights checked,
 * since the answer carries no answers.
 */
@Service
public class DeclarationStatus {

    private final DeclarationService declarations;

    DeclarationStatus(DeclarationService declarations) {
        this.declarations = declarations;
    }

    public DoorStatus ofPerson(long personId) {
        return declarations.statusOf(Subject.person(personId));
    }

    public DoorStatus ofDependant(long dependantId) {
        return declarations.statusOf(Subject.dependant(dependantId));
    }
}
