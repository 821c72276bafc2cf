package vn.greenzone.organisation;

import java.time.Instant;

/** A registered organisation with its last count ({@code countedAt}, null before any roster). */
public record Organisation(long id, String name, OrganisationKind kind, String unitCode, long headPersonId,
        long rosterSize, long registered, long declared, Instant rosterUploadedAt, Instant countedAt) {

    public OrganisationCoverage coverage() {
        return new OrganisationCoverage(id, name, unitCode, kind.name(), headPersonId, rosterSize, registered, declared);
    }

    /** Percent of the roster registered, rounded down; 0 for an empty roster. */
    public int registeredPercent() {
        return rosterSize == 0 ? 0 : (int) (registered * 100 / rosterSize);
    }

    public int declaredPercent() {
        return rosterSize == 0 ? 0 : (int) (declared * 100 / rosterSize);
    }
}
