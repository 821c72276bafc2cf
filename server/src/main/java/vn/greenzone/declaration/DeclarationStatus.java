package vn.greenzone.declaration;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
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

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM");

    private final DeclarationService declarations;
    private final MessageSource messages;
    private final DeclarationProperties properties;

    DeclarationStatus(DeclarationService declarations, MessageSource messages, DeclarationProperties properties) {
        this.declarations = declarations;
        this.messages = messages;
        this.properties = properties;
    }

    public DoorStatus ofPerson(long personId) {
        return declarations.statusOf(Subject.person(personId));
    }

    public DoorStatus ofDependant(long dependantId) {
        return declarations.statusOf(Subject.dependant(dependantId));
    }

    /** The status in words and colour; {@code required} when the venue asks for a declaration today. */
    public DoorLine describe(DoorStatus status, boolean required, Locale locale) {
        String tone = status.tone(required);
        String time = status.declaredAt() == null ? "" : TIME.format(status.declaredAt().atZone(properties.zone()));
        return new DoorLine(tone, messages.getMessage("declaration.status." + tone, new Object[] {time}, locale));
    }
}
