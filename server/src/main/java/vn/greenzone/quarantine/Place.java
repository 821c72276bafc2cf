package vn.greenzone.quarantine;

/** Where a person is quarantined: at home (an address) or in a facility (a venue of category quarantine facility). */
public enum Place {
    HOME, FACILITY
}
