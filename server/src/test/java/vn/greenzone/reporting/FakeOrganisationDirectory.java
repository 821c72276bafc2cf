package vn.greenzone.reporting;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.organisation.OrganisationCoverage;
import vn.greenzone.organisation.OrganisationDirectory;

/** Organisations a test registers in memory. Test-only: the organisation module keeps the real ones. */
public class FakeOrganisationDirectory implements OrganisationDirectory {

    private final List<OrganisationCoverage> organisations = new CopyOnWriteArrayList<>();
    private final UnitDirectory units;

    public FakeOrganisationDirectory(UnitDirectory units) {
        this.units = units;
    }

    public void add(OrganisationCoverage organisation) {
        organisations.add(organisation);
    }

    @Override
    public List<OrganisationCoverage> inSubtree(String unitCode) {
        return organisations.stream().filter(organisation -> units.isWithin(organisation.unitCode(), unitCode)).toList();
    }
}
