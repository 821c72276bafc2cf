/**
 * Venue COVID-safety: owners rate their venue criterion by criterion (green, yellow, red; grey when the
 * re-assessment is overdue), officials see the venues of their unit by colour on a map and a list, inspectors
 * record inspections whose verdict overrides the self-assessment, and establishments of the business registry
 * that have not registered a venue are followed up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Venue safety")
package vn.greenzone.safety;
