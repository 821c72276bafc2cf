package vn.greenzone.safety.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.safety.RegistryEntry;
import vn.greenzone.safety.RegistryStatus;

@Repository
public class RegistryRepository {

    private static final String COLUMNS = "id, import_id, row_number, name, address, unit_code, sector, "
            + "matched_venue_id, status, status_at";

    /** An accepted row, matched or not. */
    public record NewEntry(int rowNumber, String name, String address, String unitCode, String sector,
            Long matchedVenueId) {
    }

    private final JdbcClient jdbc;

    RegistryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insertImport(String unitCode, String fileName, long by, int accepted, int refused) {
        return jdbc.sql("""
                        insert into safety_registry_import (unit_code, file_name, imported_by, accepted, refused)
                        values (:unit, :file, :by, :accepted, :refused) returning id""")
                .param("unit", unitCode).param("file", fileName).param("by", by).param("accepted", accepted)
                .param("refused", refused).query(Long.class).single();
    }

    public void insertEntry(long importId, NewEntry entry) {
        jdbc.sql("""
                        insert into safety_registry_entry (import_id, row_number, name, address, unit_code, sector,
                                                           matched_venue_id, status)
                        values (:import, :row, :name, :address, :unit, :sector, :venue, :status)""")
                .param("import", importId).param("row", entry.rowNumber()).param("name", entry.name())
                .param("address", entry.address()).param("unit", entry.unitCode()).param("sector", entry.sector())
                .param("venue", entry.matchedVenueId())
                .param("status", (entry.matchedVenueId() == null ? RegistryStatus.TO_VISIT : RegistryStatus.MATCHED).name())
                .update();
    }

    public List<RegistryEntry> unmatchedOf(long importId) {
        return jdbc.sql("select " + COLUMNS + " from safety_registry_entry where import_id = :import "
                        + "and matched_venue_id is null order by row_number")
                .param("import", importId).query(RegistryRepository::map).list();
    }

    /** The establishments without a registered venue in these units, those still to visit first. */
    public List<RegistryEntry> followUp(Collection<String> unitCodes, RegistryStatus status, int limit) {
        return jdbc.sql("select " + COLUMNS + " from safety_registry_entry where unit_code = any(:units) "
                        + "and matched_venue_id is null and (:status::text is null or status = :status) "
                        + "order by status <> 'TO_VISIT', status_at desc, id limit :limit")
                .param("units", unitCodes.toArray(String[]::new)).param("status", status == null ? null : status.name())
                .param("limit", limit).query(RegistryRepository::map).list();
    }

    public Optional<RegistryEntry> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from safety_registry_entry where id = :id").param("id", id)
                .query(RegistryRepository::map).optional();
    }

    public void setStatus(long id, RegistryStatus status) {
        jdbc.sql("update safety_registry_entry set status = :status, status_at = now() where id = :id")
                .param("id", id).param("status", status.name()).update();
    }

    private static RegistryEntry map(ResultSet row, int number) throws SQLException {
        return new RegistryEntry(row.getLong("id"), row.getLong("import_id"), row.getInt("row_number"),
                row.getString("name"), row.getString("address"), row.getString("unit_code"), row.getString("sector"),
                row.getObject("matched_venue_id", Long.class), RegistryStatus.valueOf(row.getString("status")),
                row.getTimestamp("status_at").toInstant());
    }
}
