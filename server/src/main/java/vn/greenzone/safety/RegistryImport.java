package vn.greenzone.safety;

import java.util.List;

/**
 * The answer to an imported list: how many rows were taken, which were refused and why (in the reader's
 * language), and the establishments with no registered venue, now followed up.
 */
public record RegistryImport(long id, int accepted, List<RefusedRow> refused, List<RegistryEntry> unregistered) {

    /** A row not imported: its line in the file (1 is the header) and the reason. */
    public record RefusedRow(int row, String code, String reason) {
    }
}
