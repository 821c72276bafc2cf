package vn.greenzone.hotline.internal;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.identity.Role;
import vn.greenzone.platform.ProblemException;

/**
 * The supervisor's configuration: agencies of their units, routing rules, and (national administrators)
 * the list of categories with their deadlines.
 */
@Service
public class DeskSetup {

    public record NewAgency(String unitCode, String name, String headPhone, List<String> memberPhones) {
    }

    public record RuleView(long id, String categoryCode, String unitCode, String place, long agencyId,
            String agencyName) {
    }

    private final Catalogue catalogue;
    private final DeskAccess desk;
    private final AccessControl access;
    private final UnitDirectory units;

    DeskSetup(Catalogue catalogue, DeskAccess desk, AccessControl access, UnitDirectory units) {
        this.catalogue = catalogue;
        this.desk = desk;
        this.access = access;
        this.units = units;
    }

    @Transactional
    public long addAgency(NewAgency agency) {
        String unitCode = knownUnit(agency.unitCode());
        desk.requireSupervisor(unitCode);
        String name = agency.name() == null ? "" : agency.name().strip();
        if (name.isEmpty() || name.length() > 200) {
            throw ProblemException.badFields("hotline.agency-name-invalid", List.of("name"));
        }
        List<String> members = agency.memberPhones() == null ? List.of()
                : agency.memberPhones().stream().map(phone -> PhoneNumber.parse(phone).international()).toList();
        return catalogue.addAgency(unitCode, name, PhoneNumber.parse(agency.headPhone()).international(), members);
    }

    /** The agencies a supervisor may route to: those of the unit's subtree and of the units above it. */
    public List<Catalogue.Agency> agencies(String unitCode) {
        desk.requireDesk(unitCode);
        var reach = new java.util.HashSet<>(units.subtree(unitCode));
        units.path(unitCode).forEach(unit -> reach.add(unit.code()));
        return catalogue.agenciesIn(reach);
    }

    /** Rules on the unit, on units above it (they apply here too) and below it. */
    public List<RuleView> rules(String unitCode) {
        desk.requireDesk(unitCode);
        var reach = new java.util.HashSet<>(units.subtree(unitCode));
        units.path(unitCode).stream().map(AdministrativeUnit::code).forEach(reach::add);
        return catalogue.rulesOn(reach).stream().map(rule -> new RuleView(rule.id(), rule.categoryCode(),
                rule.unitCode(), units.placeName(rule.unitCode()), rule.agencyId(),
                catalogue.agency(rule.agencyId()).map(Catalogue.Agency::name).orElse(null))).toList();
    }

    @Transactional
    public long saveRule(String categoryCode, String unitCode, Long agencyId) {
        catalogue.requireCategory(categoryCode);
        String unit = knownUnit(unitCode);
        desk.requireSupervisor(unit);
        if (agencyId == null || catalogue.agency(agencyId).isEmpty()) {
            throw ProblemException.badRequest("hotline.agency-unknown", String.valueOf(agencyId));
        }
        return catalogue.saveRule(categoryCode, unit, agencyId);
    }

    @Transactional
    public void deleteRule(long id) {
        Catalogue.Rule rule = catalogue.rule(id)
                .orElseThrow(() -> ProblemException.notFound("hotline.rule-not-found", Long.toString(id)));
        desk.requireSupervisor(rule.unitCode());
        catalogue.deleteRule(id);
    }

    /** Categories are national: one list for every desk, kept by national administrators. */
    @Transactional
    public void saveCategory(Catalogue.Category category) {
        access.require(Role.NATIONAL_ADMIN, AdministrativeUnit.COUNTRY);
        if (category.code() == null || !category.code().matches("[A-Z][A-Z_]{1,39}")) {
            throw ProblemException.badFields("hotline.category-invalid", List.of("code"));
        }
        if (blank(category.nameVi()) || blank(category.nameEn())) {
            throw ProblemException.badFields("hotline.category-invalid", List.of("nameVi", "nameEn"));
        }
        if (category.deadlineMinutes() < 10 || category.deadlineMinutes() > 10080) {
            throw ProblemException.badFields("hotline.category-invalid", List.of("deadlineMinutes"));
        }
        catalogue.saveCategory(new Catalogue.Category(category.code(), category.nameVi().strip(),
                category.nameEn().strip(), category.deadlineMinutes()));
    }

    private String knownUnit(String code) {
        String unit = code == null ? "" : code.trim();
        if (units.find(unit).isEmpty()) {
            throw ProblemException.badRequest("hotline.unit-unknown", unit);
        }
        return unit;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
