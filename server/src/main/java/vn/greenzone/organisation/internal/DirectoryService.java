package vn.greenzone.organisation.internal;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.organisation.Organisation;
import vn.greenzone.organisation.OrganisationCoverage;
import vn.greenzone.organisation.OrganisationDirectory;

/** The organisations of a subtree with their last counts, read from this module's table alone. */
@Service
class DirectoryService implements OrganisationDirectory {

    private final OrganisationRepository repository;
    private final UnitDirectory units;

    DirectoryService(OrganisationRepository repository, UnitDirectory units) {
        this.repository = repository;
        this.units = units;
    }

    @Override
    public List<OrganisationCoverage> inSubtree(String unitCode) {
        return repository.inUnits(units.subtree(unitCode)).stream().map(Organisation::coverage).toList();
    }
}
