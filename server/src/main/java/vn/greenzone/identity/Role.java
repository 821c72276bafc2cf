package vn.greenzone.identity;

/**
 * What a person may do. Official roles are granted on an administrative unit and reach every unit
 * below it; the others are held without a unit (venue roles are scoped to their venue).
 */
public enum Role {
    CITIZEN(false),
    VENUE_OWNER(false),
    VENUE_STAFF(false),
    CONTACT_TRACER(true),
    QUARANTINE_OFFICER(true),
    UNIT_ADMIN(true),
    HOTLINE_OPERATOR(true),
    AUDITOR(true),
    NATIONAL_ADMIN(true),
    INSPECTOR(true);

    private final boolean official;

    Role(boolean official) {
        this.official = official;
    }

    public boolean official() {
        return official;
    }

    /** The Spring Security authority a holder of this role gets, wherever it was granted. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Message key of the role's name. */
    public String labelKey() {
        return "role." + name();
    }
}
