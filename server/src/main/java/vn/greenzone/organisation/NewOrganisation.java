package vn.greenzone.organisation;

/** An organisation as a unit administrator registers it: its head is known by phone number (and name). */
public record NewOrganisation(String name, OrganisationKind kind, String unitCode, String headPhone, String headName) {
}
