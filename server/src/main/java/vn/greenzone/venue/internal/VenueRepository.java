package vn.greenzone.venue.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.platform.ClusterInvalidations;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.StableCache;
import vn.greenzone.platform.VietnameseText;
import vn.greenzone.venue.DeviceIdentity;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.VenueCategory;
import vn.greenzone.venue.VenueCount;

/** SQL for the {@code venue}, {@code venue_staff} and {@code venue_device} tables. */
@Repository
public class VenueRepository {

    private static final String COLUMNS = "id, name, branch, category, unit_code, address, latitude, longitude, "
            + "contact_phone, owner_id, suspended, qr_version, privileged_by, privileged_at, declaration_required";

    /** A validated venue ready to store, with its comparison keys. */
    public record Row(String name, String branch, VenueCategory category, String unitCode, String address,
            Double latitude, Double longitude, String contactPhone) {
    }

    /** Topic of the notices the venue table's trigger sends (V1_17_0); the key is the venue id. */
    private static final String TOPIC = "venue";
    private static final int CACHED_VENUES = 20_000;
    private static final Duration CACHE_TTL = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final VenueProperties properties;
    private final ClusterInvalidations invalidations;
    private final StableCache<Long, StoredVenue> cache;

    VenueRepository(JdbcClient jdbc, VenueProperties properties, ClusterInvalidations invalidations) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.invalidations = invalidations;
        this.cache = new StableCache<>(invalidations, CACHED_VENUES, CACHE_TTL);
        invalidations.subscribe(TOPIC, id -> {
            if ("*".equals(id)) {
                cache.clear();
            } else {
                cache.evict(Long.valueOf(id));
            }
        });
    }

    /** Every change of a venue row is seen by this node's next request, and by every node's within a second. */
    private void changed(long id) {
        invalidations.invalidateHere(TOPIC, Long.toString(id));
    }

    public long insert(Row row, long ownerId) {
        return onlyOnePerLocation(() -> bind(jdbc.sql("""
                        insert into venue (name, branch, branch_key, category, unit_code, address, address_key,
                                           latitude, longitude, contact_phone, owner_id)
                        values (:name, :branch, :branchKey, :category, :unit, :address, :addressKey,
                                :latitude, :longitude, :phone, :owner) returning id"""), row)
                .param("owner", ownerId).query(Long.class).single());
    }

    public void update(long id, Row row) {
        onlyOnePerLocation(() -> bind(jdbc.sql("""
                        update venue set name = :name, branch = :branch, branch_key = :branchKey, category = :category,
                               unit_code = :unit, address = :address, address_key = :addressKey, latitude = :latitude,
                               longitude = :longitude, contact_phone = :phone
                        where id = :id"""), row)
                .param("id", id).update());
        changed(id);
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Row row) {
        return statement.param("name", row.name()).param("branch", row.branch())
                .param("branchKey", VietnameseText.searchKey(row.branch()))
                .param("category", row.category().name()).param("unit", row.unitCode())
                .param("address", row.address()).param("addressKey", AddressKey.of(row.address()))
                .param("latitude", row.latitude()).param("longitude", row.longitude())
                .param("phone", row.contactPhone());
    }

    /** The unique index decides, so two registrations racing for one location cannot both win. */
    private static <T> T onlyOnePerLocation(Supplier<T> write) {
        try {
            return write.get();
        } catch (DuplicateKeyException taken) {
            throw new ProblemException(HttpStatus.CONFLICT, "venue.duplicate-address");
        }
    }

    public Optional<StoredVenue> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from venue where id = :id").param("id", id).query(this::map).optional();
    }

    /** As {@link #find}, from the node's cache: for a poster scan, the busiest read of a venue. */
    public Optional<StoredVenue> findCached(long id) {
        return Optional.ofNullable(cache.get(id, key -> find(key).orElse(null)));
    }

    public List<StoredVenue> findAll(Collection<Long> ids) {
        return jdbc.sql("select " + COLUMNS + " from venue where id = any(:ids)")
                .param("ids", ids.toArray(Long[]::new)).query(this::map).list();
    }

    public void setSuspended(long id, boolean suspended) {
        jdbc.sql("update venue set suspended = :suspended where id = :id")
                .param("suspended", suspended).param("id", id).update();
        changed(id);
    }

    public void setDeclarationRequired(long id, boolean required) {
        jdbc.sql("update venue set declaration_required = :required where id = :id")
                .param("required", required).param("id", id).update();
        changed(id);
    }

    /** Voids every printed poster of the venue; returns the new version. */
    public int rotate(long id) {
        int version = jdbc.sql("update venue set qr_version = qr_version + 1 where id = :id returning qr_version")
                .param("id", id).query(Integer.class).single();
        changed(id);
        return version;
    }

    public void setPrivilege(long id, Long grantedBy, Instant grantedAt) {
        jdbc.sql("update venue set privileged_by = :by, privileged_at = :at where id = :id")
                .param("by", grantedBy).param("at", grantedAt == null ? null : Timestamp.from(grantedAt))
                .param("id", id).update();
        changed(id);
    }

    public boolean isStaff(long venueId, long personId, String phone) {
        return jdbc.sql("""
                        select exists (select 1 from venue where id = :venue and owner_id = :person)
                            or exists (select 1 from venue_staff where venue_id = :venue and phone = :phone)""")
                .param("venue", venueId).param("person", personId).param("phone", phone)
                .query(Boolean.class).single();
    }

    public List<StoredVenue> staffedBy(long personId, String phone) {
        return jdbc.sql("select " + COLUMNS + " from venue v where owner_id = :person or exists "
                        + "(select 1 from venue_staff s where s.venue_id = v.id and s.phone = :phone) "
                        + "order by suspended, name, id")
                .param("person", personId).param("phone", phone).query(this::map).list();
    }

    public List<StoredVenue> inUnits(Collection<String> unitCodes, int limit, int offset) {
        return jdbc.sql("select " + COLUMNS + " from venue where unit_code = any(:units) "
                        + "order by name, id limit :limit offset :offset")
                .param("units", unitCodes.toArray(String[]::new)).param("limit", limit).param("offset", offset)
                .query(this::map).list();
    }

    /** Venues of a category that are not suspended, by name; only in these units unless {@code unitCodes} is null. */
    public List<StoredVenue> openOfCategory(VenueCategory category, Collection<String> unitCodes, int limit) {
        return jdbc.sql("select " + COLUMNS + " from venue where category = :category and not suspended "
                        + "and (:units::text[] is null or unit_code = any(:units)) order by name, id limit :limit")
                .param("category", category.name())
                .param("units", unitCodes == null ? null : unitCodes.toArray(String[]::new))
                .param("limit", limit).query(this::map).list();
    }

    /** A venue of the unit at this address as the one-QR-per-location rule folds it (any branch). */
    public Optional<StoredVenue> atAddress(String unitCode, String addressKey) {
        return jdbc.sql("select " + COLUMNS + " from venue where unit_code = :unit and address_key = :key order by id limit 1")
                .param("unit", unitCode).param("key", addressKey).query(this::map).optional();
    }

    public long countInUnits(Collection<String> unitCodes) {
        return jdbc.sql("select count(*) from venue where unit_code = any(:units)")
                .param("units", unitCodes.toArray(String[]::new)).query(Long.class).single();
    }

    /** Venues per category, each commune counted under the reporting unit it lies in. */
    public List<VenueCount> countByCategory(List<String> communes, List<String> reportingUnits) {
        return jdbc.sql("""
                        select m.reporting, v.category, count(*) as venues, count(*) filter (where v.suspended) as suspended
                        from venue v
                        join unnest(cast(:communes as text[]), cast(:reporting as text[])) as m(commune, reporting)
                          on m.commune = v.unit_code
                        group by m.reporting, v.category
                        order by m.reporting, v.category""")
                .param("communes", communes.toArray(String[]::new))
                .param("reporting", reportingUnits.toArray(String[]::new))
                .query((row, n) -> new VenueCount(row.getString("reporting"), VenueCategory.valueOf(row.getString("category")),
                        row.getLong("venues"), row.getLong("suspended")))
                .list();
    }

    // ---------------------------------------------------------------- staff

    public void addStaff(long venueId, String phone) {
        jdbc.sql("insert into venue_staff (venue_id, phone) values (:venue, :phone) on conflict do nothing")
                .param("venue", venueId).param("phone", phone).update();
    }

    public boolean removeStaff(long venueId, String phone) {
        return jdbc.sql("delete from venue_staff where venue_id = :venue and phone = :phone")
                .param("venue", venueId).param("phone", phone).update() > 0;
    }

    public List<String> staffPhones(long venueId) {
        return jdbc.sql("select phone from venue_staff where venue_id = :venue order by added_at, phone")
                .param("venue", venueId).query(String.class).list();
    }

    // ---------------------------------------------------------------- devices

    public Device addDevice(long venueId, String name, String keyHash) {
        return jdbc.sql("""
                        insert into venue_device (venue_id, name, key_hash) values (:venue, :name, :hash)
                        returning id, venue_id, name, created_at, revoked_at""")
                .param("venue", venueId).param("name", name).param("hash", keyHash)
                .query(VenueRepository::device).single();
    }

    public List<Device> devices(long venueId) {
        return jdbc.sql("select id, venue_id, name, created_at, revoked_at from venue_device where venue_id = :venue "
                        + "order by revoked_at nulls first, id")
                .param("venue", venueId).query(VenueRepository::device).list();
    }

    public boolean revokeDevice(long venueId, long deviceId) {
        return jdbc.sql("update venue_device set revoked_at = coalesce(revoked_at, now()) where id = :id and venue_id = :venue")
                .param("id", deviceId).param("venue", venueId).update() > 0;
    }

    public Optional<DeviceIdentity> activeDevice(String keyHash) {
        return jdbc.sql("select id, venue_id from venue_device where key_hash = :hash and revoked_at is null")
                .param("hash", keyHash)
                .query((row, n) -> new DeviceIdentity(row.getLong("id"), row.getLong("venue_id"))).optional();
    }

    private static Device device(ResultSet row, int number) throws SQLException {
        Timestamp revoked = row.getTimestamp("revoked_at");
        return new Device(row.getLong("id"), row.getLong("venue_id"), row.getString("name"),
                row.getTimestamp("created_at").toInstant(), revoked == null ? null : revoked.toInstant());
    }

    private StoredVenue map(ResultSet row, int number) throws SQLException {
        VenueCategory category = VenueCategory.valueOf(row.getString("category"));
        Timestamp privilegedAt = row.getTimestamp("privileged_at");
        Long privilegedBy = row.getObject("privileged_by", Long.class);
        String branch = row.getString("branch");
        var venue = new Venue(row.getLong("id"), row.getString("name"), branch.isEmpty() ? null : branch, category,
                row.getString("unit_code"), row.getString("address"), row.getObject("latitude", Double.class),
                row.getObject("longitude", Double.class), row.getString("contact_phone"), row.getLong("owner_id"),
                row.getBoolean("suspended"), privilegedBy != null, properties.stayOf(category),
                row.getBoolean("declaration_required"));
        return new StoredVenue(venue, row.getInt("qr_version"), privilegedBy,
                privilegedAt == null ? null : privilegedAt.toInstant());
    }
}
