/**
 * The append-only trail of who saw which personal data in full, when and why. Capabilities that show
 * someone in full record it through {@link vn.greenzone.audit.AuditTrail}; auditors (and national
 * administrators) read the trail at {@code /audit}, and each reading is recorded in turn.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package vn.greenzone.audit;
