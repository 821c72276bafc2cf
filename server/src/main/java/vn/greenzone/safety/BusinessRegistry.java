package vn.greenzone.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.safety.internal.RegistryFile;
import vn.greenzone.safety.internal.RegistryRepository;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.Venues;

/**
 * Lists of establishments that should have registered a venue (from the business registry), matched against
 * the registered venues by address as the venue module folds it; the unmatched are followed up by officials.
 */
@Service
public class BusinessRegistry {

    private static final int NAME_LENGTH = 200;
    private static final int ADDRESS_LENGTH = 300;
    private static final int SECTOR_LENGTH = 100;
    private static final int LISTED = 1000;

    private final RegistryRepository repository;
    private final Venues venues;
    private final AccessControl access;
    private final UnitDirectory units;
    private final SafetyProperties properties;
    private final MessageSource messages;

    BusinessRegistry(RegistryRepository repository, Venues venues, AccessControl access, UnitDirectory units,
            SafetyProperties properties, MessageSource messages) {
        this.repository = repository;
        this.venues = venues;
        this.access = access;
        this.units = units;
        this.properties = properties;
        this.messages = messages;
    }

    /**
     * Imports a list for a unit (inspectors and administrators of it): each row is checked, the refused are
     * answered with the reason, the others stored. A file refused as a whole (unreadable, without the four
     * columns, too long, or without one acceptable row) stores nothing and answers 400.
     */
    @Transactional
    public RegistryImport importList(String unitCode, String fileName, byte[] file) {
        access.requireAny(unitCode, Role.INSPECTOR, Role.UNIT_ADMIN);
        var accepted = new ArrayList<RegistryRepository.NewEntry>();
        var refused = new ArrayList<RegistryImport.RefusedRow>();
        for (RegistryFile.Line line : RegistryFile.read(file, properties.maxRegistryRows())) {
            Optional<String> problem = problemOf(line, unitCode);
            if (problem.isPresent()) {
                refused.add(new RegistryImport.RefusedRow(line.number(), problem.get(), messages.getMessage(
                        "problem." + problem.get(), new Object[] {line.unitCode()}, LocaleContextHolder.getLocale())));
            } else {
                accepted.add(new RegistryRepository.NewEntry(line.number(), line.name(), line.address(),
                        line.unitCode(), line.sector(),
                        venues.registeredAt(line.unitCode(), line.address()).map(Venue::id).orElse(null)));
            }
        }
        if (accepted.isEmpty()) {
            RegistryImport.RefusedRow first = refused.getFirst();
            throw ProblemException.badRequest("safety.registry-nothing-accepted", first.row(), first.reason());
        }
        String name = fileName == null || fileName.isBlank() ? "-" : fileName.strip();
        long id = repository.insertImport(unitCode, name.substring(0, Math.min(name.length(), 200)),
                access.current().personId(), accepted.size(), refused.size());
        accepted.forEach(entry -> repository.insertEntry(id, entry));
        return new RegistryImport(id, accepted.size(), refused, repository.unmatchedOf(id));
    }

    /** The unregistered establishments of a unit and those below; one status only when given. */
    public List<RegistryEntry> followUp(String unitCode, RegistryStatus status) {
        access.requireAny(unitCode, Role.INSPECTOR, Role.UNIT_ADMIN);
        return repository.followUp(units.subtree(unitCode), status, LISTED);
    }

    /** Sets a follow-up status; 400 {@code safety.registry-status-invalid} for MATCHED or a matched entry. */
    @Transactional
    public RegistryEntry setStatus(long entryId, RegistryStatus status) {
        RegistryEntry entry = repository.find(entryId)
                .orElseThrow(() -> ProblemException.notFound("safety.registry-entry-not-found"));
        access.requireAny(entry.unitCode(), Role.INSPECTOR, Role.UNIT_ADMIN);
        if (status == null || !status.followUp() || entry.matchedVenueId() != null) {
            throw ProblemException.badRequest("safety.registry-status-invalid");
        }
        repository.setStatus(entryId, status);
        return repository.find(entryId).orElseThrow();
    }

    /** Why a row cannot be imported (a problem code), if it cannot. */
    private Optional<String> problemOf(RegistryFile.Line line, String importingUnit) {
        if (line.name().isEmpty() || line.name().length() > NAME_LENGTH) {
            return Optional.of("safety.row.name-invalid");
        }
        if (line.address().isEmpty() || line.address().length() > ADDRESS_LENGTH) {
            return Optional.of("safety.row.address-invalid");
        }
        if (line.sector().isEmpty() || line.sector().length() > SECTOR_LENGTH) {
            return Optional.of("safety.row.sector-invalid");
        }
        Optional<AdministrativeUnit> unit = line.unitCode().isEmpty() ? Optional.empty() : units.find(line.unitCode());
        if (unit.isEmpty()) {
            return Optional.of("safety.row.unit-unknown");
        }
        if (!units.isWithin(line.unitCode(), importingUnit)) {
            return Optional.of("safety.row.unit-outside");
        }
        if (!units.children(line.unitCode()).isEmpty()) {
            return Optional.of("safety.row.unit-not-commune");
        }
        return Optional.empty();
    }
}
