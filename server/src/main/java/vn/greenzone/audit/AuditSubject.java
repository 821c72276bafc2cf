package vn.greenzone.audit;

/** Someone whose data was shown in full: a kind ("person", "dependant", "visitor", ...) and its id. */
public record AuditSubject(String kind, String id) {

    public AuditSubject {
        if (kind == null || kind.isBlank() || id == null || id.isBlank()) {
            throw new IllegalArgumentException("An audit subject needs a kind and an id");
        }
    }
}
