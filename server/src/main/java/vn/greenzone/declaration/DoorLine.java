package vn.greenzone.declaration;

/**
 * A door status as a page shows it: a tone for its colour ({@code declared} green, {@code flagged} red,
 * {@code missing-required} amber, {@code missing} grey) and the words in the reader's language.
 */
public record DoorLine(String tone, String text) {
}
