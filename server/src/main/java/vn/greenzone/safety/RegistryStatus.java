package vn.greenzone.safety;

/**
 * Where an establishment of the business registry stands: matched to a registered venue on import, or followed
 * up by officials (to visit, registered since, closed, fined).
 */
public enum RegistryStatus {
    MATCHED, TO_VISIT, REGISTERED, CLOSED, FINED;

    /** The statuses officials set; MATCHED only comes from the import. */
    public boolean followUp() {
        return this != MATCHED;
    }

    public String labelKey() {
        return "safety.registry.status." + name();
    }
}
