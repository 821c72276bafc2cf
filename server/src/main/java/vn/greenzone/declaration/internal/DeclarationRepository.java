package vn.greenzone.declaration.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.declaration.DeclarationKind;
import vn.greenzone.declaration.DeclaredBy;
import vn.greenzone.declaration.DoorStatus;
import vn.greenzone.declaration.TestResult;
import vn.greenzone.declaration.Vehicle;

/** SQL for the {@code declaration} table. */
@Repository
public class DeclarationRepository {

    private static final String COLUMNS = """
            id, kind, person_id, dependant_id, made_by, made_as, venue_id, made_at, full_name, id_number, birth_year,
            gender, nationality, unit_code, street, phone, email, insurance_number, visited_units, visited_countries,
            symptoms, exposures, chronic_conditions, flagged, vehicle, vehicle_number, seat, departure_unit,
            departure_place, departure_date, arrival_unit, arrival_place, arrival_date, border_gate, entry_countries,
            entry_date, test_result, quarantine_venue_id""";

    /** Declarations of a day in one unit, of one kind. */
    public record DayCount(LocalDate day, String unitCode, DeclarationKind kind, long declarations) {
    }

    private final JdbcClient jdbc;

    DeclarationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One statement, so the answer the API gives comes after the declaration is committed. */
    public long insert(ValidDeclaration d, Subject subject, long madeBy, DeclaredBy madeAs, Long venueId, Instant madeAt) {
        ValidDeclaration.Travel travel = d.travel();
        ValidDeclaration.Entry entry = d.entry();
        return jdbc.sql("""
                        insert into declaration (kind, person_id, dependant_id, made_by, made_as, venue_id, made_at,
                            full_name, id_number, birth_year, gender, nationality, unit_code, street, phone, email,
                            insurance_number, visited_units, visited_countries, symptoms, exposures, chronic_conditions,
                            flagged, vehicle, vehicle_number, seat, departure_unit, departure_place, departure_date,
                            arrival_unit, arrival_place, arrival_date, border_gate, entry_countries, entry_date,
                            test_result, quarantine_venue_id)
                        values (:kind, :person, :dependant, :madeBy, :madeAs, :venue, :madeAt, :name, :idNumber, :birthYear,
                            :gender, :nationality, :unit, :street, :phone, :email, :insurance, :visitedUnits,
                            :visitedCountries, :symptoms, :exposures, :chronic, :flagged, :vehicle, :vehicleNumber, :seat,
                            :departureUnit, :departurePlace, :departureDate, :arrivalUnit, :arrivalPlace, :arrivalDate,
                            :borderGate, :entryCountries, :entryDate, :testResult, :facility)
                        returning id""")
                .param("kind", d.kind().name()).param("person", subject.personId())
                .param("dependant", subject.dependantId()).param("madeBy", madeBy).param("madeAs", madeAs.name())
                .param("venue", venueId).param("madeAt", Timestamp.from(madeAt)).param("name", d.fullName())
                .param("idNumber", d.idNumber()).param("birthYear", d.birthYear()).param("gender", d.gender())
                .param("nationality", d.nationality()).param("unit", d.unitCode()).param("street", d.street())
                .param("phone", d.phone()).param("email", d.email()).param("insurance", d.insuranceNumber())
                .param("visitedUnits", array(d.visitedUnits())).param("visitedCountries", array(d.visitedCountries()))
                .param("symptoms", array(d.symptoms())).param("exposures", array(d.exposures()))
                .param("chronic", d.chronicConditions()).param("flagged", d.flagged())
                .param("vehicle", travel == null ? null : travel.vehicle().name())
                .param("vehicleNumber", travel == null ? null : travel.vehicleNumber())
                .param("seat", travel == null ? null : travel.seat())
                .param("departureUnit", travel == null ? null : travel.departureUnit())
                .param("departurePlace", travel == null ? null : travel.departurePlace())
                .param("departureDate", travel == null ? null : Date.valueOf(travel.departureDate()))
                .param("arrivalUnit", travel == null ? null : travel.arrivalUnit())
                .param("arrivalPlace", travel == null ? null : travel.arrivalPlace())
                .param("arrivalDate", travel == null ? null : Date.valueOf(travel.arrivalDate()))
                .param("borderGate", entry == null ? null : entry.borderGate())
                .param("entryCountries", entry == null ? null : array(entry.countries()))
                .param("entryDate", entry == null ? null : Date.valueOf(entry.entryDate()))
                .param("testResult", entry == null ? null : entry.testResult().name())
                .param("facility", entry == null ? null : entry.quarantineFacilityId())
                .query(Long.class).single();
    }

    /** Whether the subject declared since {@code since}, and whether any of those declarations was flagged. */
    public DoorStatus statusOf(Subject subject, Instant since) {
        return jdbc.sql("select max(made_at) as last, coalesce(bool_or(flagged), false) as flagged from declaration "
                        + "where " + subjectIs(subject) + " and made_at > :since")
                .param("id", idOf(subject)).param("since", Timestamp.from(since))
                .query((rs, n) -> {
                    Timestamp last = rs.getTimestamp("last");
                    return last == null ? DoorStatus.NONE : new DoorStatus(true, rs.getBoolean("flagged"), last.toInstant());
                })
                .single();
    }

    /** Those of the people who declared for themselves since {@code since}. */
    public List<Long> declaredSince(Collection<Long> personIds, Instant since) {
        return jdbc.sql("select distinct person_id from declaration where person_id = any(:ids) and made_at > :since")
                .param("ids", personIds.toArray(Long[]::new)).param("since", Timestamp.from(since))
                .query(Long.class).list();
    }

    /** The subject's latest declaration, to prefill the next one. */
    public Optional<StoredDeclaration> lastOf(Subject subject) {
        return jdbc.sql("select " + COLUMNS + " from declaration where " + subjectIs(subject)
                        + " order by made_at desc limit 1")
                .param("id", idOf(subject))
                .query(DeclarationRepository::map).optional();
    }

    /** Declarations about a person and about their dependants, newest first. */
    public List<StoredDeclaration> recentOf(long personId, Collection<Long> dependantIds, int limit) {
        return jdbc.sql("select " + COLUMNS + " from declaration where person_id = :person "
                        + "union all select " + COLUMNS + " from declaration where dependant_id = any(:dependants) "
                        + "order by made_at desc limit :limit")
                .param("person", personId).param("dependants", dependantIds.toArray(Long[]::new))
                .param("limit", limit).query(DeclarationRepository::map).list();
    }

    /** Flagged declarations whose contact address lies in these units, since {@code since}, newest first. */
    public List<StoredDeclaration> flaggedIn(Collection<String> unitCodes, Instant since, int limit) {
        return jdbc.sql("select " + COLUMNS + " from declaration where flagged and unit_code = any(:units) "
                        + "and made_at > :since order by made_at desc limit :limit")
                .param("units", unitCodes.toArray(String[]::new)).param("since", Timestamp.from(since))
                .param("limit", limit).query(DeclarationRepository::map).list();
    }

    /** Declarations per day (in {@code zone}), unit and kind for these units, {@code from} to {@code to} inclusive. */
    public List<DayCount> countPerDay(Collection<String> unitCodes, LocalDate from, LocalDate to, ZoneId zone) {
        return jdbc.sql("""
                        select (made_at at time zone :zone)::date as day, unit_code, kind, count(*) as declarations
                          from declaration
                         where unit_code = any(:units) and made_at >= :from and made_at < :to
                         group by 1, 2, 3""")
                .param("zone", zone.getId()).param("units", unitCodes.toArray(String[]::new))
                .param("from", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .param("to", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .query((rs, n) -> new DayCount(rs.getDate("day").toLocalDate(), rs.getString("unit_code"),
                        DeclarationKind.valueOf(rs.getString("kind")), rs.getLong("declarations")))
                .list();
    }

    /** One index per kind of subject: a condition on the other column would read both. */
    private static String subjectIs(Subject subject) {
        return subject.personId() != null ? "person_id = :id" : "dependant_id = :id";
    }

    private static long idOf(Subject subject) {
        return subject.personId() != null ? subject.personId() : subject.dependantId();
    }

    private static String[] array(List<String> codes) {
        return codes.toArray(String[]::new);
    }

    private static StoredDeclaration map(ResultSet rs, int row) throws SQLException {
        String vehicle = rs.getString("vehicle");
        ValidDeclaration.Travel travel = vehicle == null ? null : new ValidDeclaration.Travel(Vehicle.valueOf(vehicle),
                rs.getString("vehicle_number"), rs.getString("seat"), rs.getString("departure_unit"),
                rs.getString("departure_place"), date(rs, "departure_date"), rs.getString("arrival_unit"),
                rs.getString("arrival_place"), date(rs, "arrival_date"));
        String test = rs.getString("test_result");
        ValidDeclaration.Entry entry = test == null ? null : new ValidDeclaration.Entry(rs.getString("border_gate"),
                list(rs.getArray("entry_countries")), date(rs, "entry_date"), TestResult.valueOf(test),
                rs.getObject("quarantine_venue_id", Long.class));
        var content = new ValidDeclaration(DeclarationKind.valueOf(rs.getString("kind")), rs.getString("full_name"),
                rs.getString("id_number"), rs.getInt("birth_year"), rs.getString("gender"), rs.getString("nationality"),
                rs.getString("unit_code"), rs.getString("street"), rs.getString("phone"), rs.getString("email"),
                rs.getString("insurance_number"), list(rs.getArray("visited_units")),
                list(rs.getArray("visited_countries")), list(rs.getArray("symptoms")), list(rs.getArray("exposures")),
                rs.getString("chronic_conditions"), travel, entry);
        return new StoredDeclaration(rs.getLong("id"),
                new Subject(rs.getObject("person_id", Long.class), rs.getObject("dependant_id", Long.class)),
                rs.getLong("made_by"), DeclaredBy.valueOf(rs.getString("made_as")), rs.getObject("venue_id", Long.class),
                rs.getTimestamp("made_at").toInstant(), rs.getBoolean("flagged"), content);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
