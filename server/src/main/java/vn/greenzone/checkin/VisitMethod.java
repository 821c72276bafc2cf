package vn.greenzone.checkin;

/** How a visit was recorded. */
public enum VisitMethod {
    /** The visitor scanned the venue's poster. */
    SELF,
    /** Staff scanned the visitor's personal QR with the web scanner. */
    STAFF,
    /** Staff typed the visitor's details. */
    MANUAL,
    /** A reader device at the door scanned the personal QR. */
    DEVICE
}
