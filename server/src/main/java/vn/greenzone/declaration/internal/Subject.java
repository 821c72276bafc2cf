package vn.greenzone.declaration.internal;

/** Whom a declaration is about: a registered person or a dependant, never both. */
public record Subject(Long personId, Long dependantId) {

    public Subject {
        if ((personId == null) == (dependantId == null)) {
            throw new IllegalArgumentException("A declaration is about a person or a dependant");
        }
    }

    public static Subject person(long personId) {
        return new Subject(personId, null);
    }

    public static Subject dependant(long dependantId) {
        return new Subject(null, dependantId);
    }
}
