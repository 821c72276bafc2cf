package vn.greenzone.declaration;

/** The three declarations of tokhaiyte.vn. */
public enum DeclarationKind {
    /** The whole population's daily declaration. */
    DAILY,
    /** Travel between provinces: vehicle, departure and arrival. */
    DOMESTIC_TRAVEL,
    /** Entry into Vietnam: border gate, countries of the last 21 days, test, quarantine facility. */
    ENTRY;

    public String labelKey() {
        return "declaration.kind." + name();
    }
}
