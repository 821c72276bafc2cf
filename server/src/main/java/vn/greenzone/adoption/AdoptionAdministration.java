package vn.greenzone.adoption;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.greenzone.adoption.internal.FigureImports;
import vn.greenzone.adoption.internal.Publications;
import vn.greenzone.adoption.internal.Targets;
import vn.greenzone.adoption.internal.UserSnapshots;

/**
 * What other modules (the demo, the report chain) may do with adoption figures, as the signed-in administrator:
 * the same checks and refusals as the pages and the API.
 */
@Service
public class AdoptionAdministration {

    private final FigureImports imports;
    private final Targets targets;
    private final UserSnapshots snapshots;
    private final Publications publications;

    AdoptionAdministration(FigureImports imports, Targets targets, UserSnapshots snapshots, Publications publications) {
        this.imports = imports;
        this.targets = targets;
        this.snapshots = snapshots;
        this.publications = publications;
    }

    /** Imports a table (headings first) of figures within the unit; all rows or none. Returns the rows stored. */
    public int importTable(ImportKind kind, String unitCode, List<List<String>> rows) {
        return imports.importTable(kind, unitCode, rows).rows();
    }

    public Target setTarget(String unitCode, Target.Basis basis, BigDecimal percent, LocalDate deadline) {
        return targets.set(unitCode, basis, percent, deadline);
    }

    /** Counts Greenzone's registered users now, filed under today (the province's day), which it returns. */
    public LocalDate countUsersToday() {
        return snapshots.snapshotToday();
    }

    /** Publishes the province's figures of yesterday now; returns the day published. */
    public LocalDate publishNow(String provinceCode) {
        return publications.publishNow(provinceCode);
    }

    /** Today in the province's zone: the day imports may reach and snapshots are filed under. */
    public LocalDate today() {
        return snapshots.today();
    }
}
