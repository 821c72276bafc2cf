package vn.greenzone.organisation;

/** Which members of a roster a list shows. */
public enum MemberFilter {
    /** No person registered with the roster's number. */
    UNREGISTERED,
    /** Not declared for themselves in the last 24 hours (the unregistered among them). */
    UNDECLARED,
    ALL
}
