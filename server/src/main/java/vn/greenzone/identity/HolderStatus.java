package vn.greenzone.identity;

import java.util.Locale;

/**
 * A line the personal QR page shows under the code about its holder, from a module above identity (the
 * health declaration's status at the door). An interface here, implemented there, so that identity depends
 * on none of them and the page shows whatever the installed modules have to say.
 */
public interface HolderStatus {

    /** The line for the person, or for their dependant when {@code dependantId} is not null. */
    Line of(long personId, Long dependantId, Locale locale);

    /** {@code tone} colours it (CSS class {@code door-<tone>}); {@code href}, nullable, is where to act on it. */
    record Line(String tone, String text, String href) {
    }
}
