package vn.greenzone.audit;

public record AuditSubject(String kind, String id) {
}
