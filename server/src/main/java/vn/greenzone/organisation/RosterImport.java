package vn.greenzone.organisation;

/** An accepted roster: the members it now holds, and how many of them are registered and declared. */
public record RosterImport(int accepted, long registered, long declared) {
}
