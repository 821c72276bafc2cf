package vn.greenzone.organisation;

/**
 * One organisation's roster coverage now: members on the roster, those registered in Greenzone with the roster's
 * phone number, and those of them who declared their health in the last 24 hours.
 */
public record OrganisationCoverage(long id, String name, String unitCode, String kind, long headPersonId,
                                   long rosterSize, long registered, long declared) {
}
