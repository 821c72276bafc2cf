package vn.greenzone.exposurenotification;

/** How infectious the key's owner was on the day of the exposure (GAEN's Infectiousness). */
public enum Infectiousness {
    NONE,
    STANDARD,
    HIGH
}
