package vn.greenzone.declaration;

/** Who filled a declaration in, kept with it. */
public enum DeclaredBy {
    /** The person themself. */
    SELF,
    /** A guardian, for one of their dependants. */
    GUARDIAN,
    /** The staff of a privileged checkpoint, for a traveller. */
    CHECKPOINT_STAFF;

    public String labelKey() {
        return "declaration.by." + name();
    }
}
