/**
 * Quarantine monitoring: officers enrol people (confirmed contacts of a case, anyone by phone or ID number,
 * dependants) at home or in a facility; the person reports daily through a texted link or signed in;
 * symptoms raise alerts, missed reports show as non-reporting, officers act from a board per unit;
 * quarantines end by themselves and their records are purged after a retention period.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quarantine monitoring")
package vn.greenzone.quarantine;
