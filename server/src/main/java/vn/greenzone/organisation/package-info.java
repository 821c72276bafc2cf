/**
 * Agencies, schools, enterprises and industrial zones registered in a unit with a head, their staff rosters and
 * how many of each roster use Greenzone. Other modules read coverage through
 * {@link vn.greenzone.organisation.OrganisationDirectory}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisations and rosters")
package vn.greenzone.organisation;
