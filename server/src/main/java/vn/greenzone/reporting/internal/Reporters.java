package vn.greenzone.reporting.internal;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.organisation.OrganisationCoverage;
import vn.greenzone.organisation.OrganisationDirectory;
import vn.greenzone.platform.ProblemException;

/**
 * Who reports to whom. Provinces (level 1), districts (2) and communes (3) report; the country does not. An
 * organisation reports to the district it lies in, or to its province when it is registered at province level
 * (the Departments and the province's agencies).
 */
@Component
public class Reporters {

    static final int PROVINCE = 1;
    static final int DISTRICT = 2;

    private final UnitDirectory units;
    private final OrganisationDirectory organisations;

    Reporters(UnitDirectory units, OrganisationDirectory organisations) {
        this.units = units;
        this.organisations = organisations;
    }

    public AdministrativeUnit reportingUnit(String unitCode) {
        AdministrativeUnit unit = units.require(unitCode == null ? "" : unitCode.strip());
        if (unit.level() < PROVINCE) {
            throw new ProblemException(HttpStatus.BAD_REQUEST, "reporting.not-a-reporting-unit", unit.code());
        }
        return unit;
    }

    public OrganisationCoverage organisation(String unitCode, long organisationId) {
        return organisations.inSubtree(reportingUnit(unitCode).code()).stream()
                .filter(organisation -> organisation.id() == organisationId).findFirst()
                .orElseThrow(() -> ProblemException.notFound("reporting.organisation-not-found", organisationId));
    }

    /** The unit an organisation reports to. */
    String parentOf(OrganisationCoverage organisation) {
        List<AdministrativeUnit> path = units.path(organisation.unitCode());
        return path.get(Math.min(DISTRICT, path.size() - 1)).code();
    }

    /** The organisations reporting to {@code unit}: none for a commune. */
    List<OrganisationCoverage> organisationsReportingTo(AdministrativeUnit unit) {
        if (unit.level() > DISTRICT) {
            return List.of();
        }
        return organisations.inSubtree(unit.code()).stream()
                .filter(organisation -> parentOf(organisation).equals(unit.code())).toList();
    }
}
