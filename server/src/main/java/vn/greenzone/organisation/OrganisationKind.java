package vn.greenzone.organisation;

/** What an organisation is, as the seeds' orders name those that must report: agencies, schools, enterprises... */
public enum OrganisationKind {
    AGENCY, SCHOOL, ENTERPRISE, INDUSTRIAL_ZONE, HEALTH_FACILITY, OTHER;

    public String labelKey() {
        return "organisation.kind." + name();
    }
}
