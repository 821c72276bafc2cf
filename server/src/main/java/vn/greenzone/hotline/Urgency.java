package vn.greenzone.hotline;

/** How the operator judged the call: urgent items sort first in every queue with the same deadline. */
public enum Urgency {
    NORMAL, URGENT
}
