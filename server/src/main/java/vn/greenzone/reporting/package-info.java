/**
 * The daily report chain of issue 10: communes and organisations report the day's adoption figures to their
 * district, districts to the province, and the province consolidates for its steering committee the next morning,
 * each by a cut-off time its province sets. Reports are prefilled from the measured figures
 * ({@link vn.greenzone.adoption.AdoptionFigures}, {@link vn.greenzone.organisation.OrganisationDirectory}); every
 * version is kept; the parent sees who has submitted, who is late and who is missing. Other modules use
 * {@link vn.greenzone.reporting.ReportChain}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Daily report chain")
package vn.greenzone.reporting;
