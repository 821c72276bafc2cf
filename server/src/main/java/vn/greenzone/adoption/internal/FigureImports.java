package vn.greenzone.adoption.internal;

import vn.greenzone.adoption.ImportKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.adoption.AdoptionProperties;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.AccessControl;
import vn.greenzone.identity.Role;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.TabularFile;

/**
 * Imports of installs, smartphones and residents by an administrator of the unit (or the app's or operator's
 * account holding that role): all rows or none, then the touched days summed up the tree in the same transaction.
 * A row for a unit and day (and operator) already imported replaces it: operators send corrected counts.
 */
@Service
public class FigureImports {

    /** What an import stored: how many rows, and which days (none for residents). */
    public record Imported(ImportKind kind, int rows, List<LocalDate> days) {
    }

    private final FigureRepository figures;
    private final Rollups rollups;
    private final UnitDirectory units;
    private final AccessControl access;
    private final UserSnapshots snapshots;
    private final AdoptionProperties properties;

    FigureImports(FigureRepository figures, Rollups rollups, UnitDirectory units, AccessControl access,
            UserSnapshots snapshots, AdoptionProperties properties) {
        this.figures = figures;
        this.rollups = rollups;
        this.units = units;
        this.access = access;
        this.snapshots = snapshots;
        this.properties = properties;
    }

    /** A CSV or xlsx file, heading first. */
    @Transactional
    public Imported importFile(ImportKind kind, String unitCode, byte[] file) {
        access.require(Role.UNIT_ADMIN, unitCode);
        if (file == null || file.length == 0) {
            throw ProblemException.badRequest("adoption.import-empty");
        }
        List<List<String>> rows = TabularFile.rows(file, properties.maxImportRows(), "adoption.import-unreadable");
        return importTable(kind, unitCode, rows);
    }

    /** Rows already split into cells, heading first (as the API's JSON arrives). */
    @Transactional
    public Imported importTable(ImportKind kind, String unitCode, List<List<String>> rows) {
        access.require(Role.UNIT_ADMIN, unitCode);
        if (rows.size() > properties.maxImportRows() + 1) {
            throw ProblemException.badRequest("adoption.import-too-many-rows", properties.maxImportRows());
        }
        List<ImportedRow> accepted = new FigureTable(kind, units, unitCode, snapshots.today()).read(rows);
        Long by = access.current().personId();
        switch (kind) {
            case INSTALLS -> figures.upsertInstalls(accepted, by);
            case SMARTPHONES -> figures.upsertSmartphones(accepted, by);
            case RESIDENTS -> figures.upsertResidents(accepted, by);
        }
        List<LocalDate> days = accepted.stream().map(ImportedRow::day).filter(Objects::nonNull).distinct().sorted()
                .toList();
        if (kind == ImportKind.RESIDENTS) {
            rollups.residents();
        } else {
            rollups.days(days);
        }
        return new Imported(kind, accepted.size(), days);
    }
}
