package vn.greenzone.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.greenzone.TestHttp;

/** Staff scan visitors' personal QRs, or type in visitors without a phone. */
class StaffCheckinTest extends CheckinFixtures {

    private TestHttp.Response scan(TestHttp.Token staff, long venueId, String qr) {
        return http().post("/api/v1/venues/" + venueId + "/scans").bearer(staff.token()).json(Map.of("qr", qr)).send();
    }

    @Test
    void authorisedStaffScanAPersonalQrAndTheVisitRecordsWhoScanned() {
        TestVenue venue = venue("HOSPITAL");
        TestHttp.Token staff = person("Nhân Viên Lễ Tân");
        TestHttp.Response added = http().post("/api/v1/venues/" + venue.id() + "/staff").bearer(venue.owner().token())
                .json(Map.of("phone", http().nationalPhone(staff.personId()))).send();
        assertThat(added.status()).as(added.toString()).isBetween(200, 201);
        TestHttp.Token visitor = person("Nguyễn Thị Hoa");

        TestHttp.Response response = scan(staff, venue.id(), personalQr(visitor));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        var row = jdbc.sql("select person_id, recorded_by, method, foreign_code from checkin where id = :id")
                .param("id", response.json().path("id").asLong()).query().singleRow();
        assertThat(row).containsEntry("person_id", visitor.personId()).containsEntry("recorded_by", staff.personId())
                .containsEntry("method", "STAFF").containsEntry("foreign_code", false);

        TestHttp.Response again = scan(staff, venue.id(), personalQr(visitor));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("id").asLong()).isEqualTo(response.json().path("id").asLong());
    }

    @Test
    void onlyTheOwnerAndAuthorisedStaffMayScan() {
        TestVenue venue = venue("OFFICE");
        TestHttp.Token visitor = person("Khách Thăm");
        TestHttp.assertProblem(scan(person("Người Ngoài"), venue.id(), personalQr(visitor)), 403, "forbidden");
        assertThat(scan(venue.owner(), venue.id(), personalQr(visitor)).status()).isEqualTo(201);
    }

    @Test
    void anotherAppsNationalLayoutCodeIsAcceptedMatchedByIdNumberOrKeptAsAnUnregisteredVisitor() {
        TestVenue venue = venue("CHECKPOINT");
        TestHttp.Token known = person("Trịnh Văn Quen");
        String knownId = jdbc.sql("select id_number from person where id = :id").param("id", known.personId())
                .query(String.class).single();

        TestHttp.Response matched = scan(venue.owner(), venue.id(),
                knownId + "|TRINH VAN QUEN|1990-04-17|0|OTHERAPP-1|<1<<0912345678");
        assertThat(matched.status()).as(matched.toString()).isEqualTo(201);
        var matchedRow = jdbc.sql("select person_id, foreign_code from checkin where id = :id")
                .param("id", matched.json().path("id").asLong()).query().singleRow();
        assertThat(matchedRow).containsEntry("person_id", known.personId()).containsEntry("foreign_code", true);

        String unknownId = randomIdNumber();
        TestHttp.Response stranger = scan(venue.owner(), venue.id(),
                unknownId + "|LE THI LA|1985-12-01|0|OTHERAPP-2|<0<<0987654321");
        assertThat(stranger.status()).as(stranger.toString()).isEqualTo(201);
        var row = jdbc.sql("""
                        select person_id, visitor_name, visitor_id_number, visitor_phone, visitor_birth::text as birth,
                               foreign_code
                          from checkin where id = :id""")
                .param("id", stranger.json().path("id").asLong()).query().singleRow();
        assertThat(row.get("person_id")).isNull();
        assertThat(row).containsEntry("visitor_name", "LE THI LA").containsEntry("visitor_id_number", unknownId)
                .containsEntry("visitor_phone", "+84987654321").containsEntry("birth", "1985-12-01")
                .containsEntry("foreign_code", true);
    }

    @Test
    void malformedAndTamperedPersonalCodesAreRefused() {
        TestVenue venue = venue("SCHOOL");
        TestHttp.Token visitor = person("Cao Văn Sơn");
        TestHttp.assertProblem(scan(venue.owner(), venue.id(), "hello"), 400, "qr.malformed");
        TestHttp.assertProblem(scan(venue.owner(), venue.id(), "a|b|c"), 400, "qr.malformed");
        String genuine = personalQr(visitor);
        String tampered = genuine.replace("CAO VAN SON", "CAO VAN SOM");
        assertThat(tampered).isNotEqualTo(genuine);
        TestHttp.assertProblem(scan(venue.owner(), venue.id(), tampered), 400, "qr.forged");
        assertThat(visits(venue.id())).isZero();
    }

    @Test
    void unknownVenuesAreNotFoundForScansManualEntriesAndLists() {
        TestHttp.Token someone = person("Người Dùng");
        TestHttp.assertProblem(scan(someone, 987_654_321L, personalQr(someone)), 404, "venue.not-found");
        TestHttp.assertProblem(http().post("/api/v1/venues/987654321/manual").bearer(someone.token())
                .json(Map.of("name", "A", "phone", "0912000111")).send(), 404, "venue.not-found");
        TestHttp.assertProblem(http().get("/api/v1/venues/987654321/checkins").bearer(someone.token()).send(), 404,
                "venue.not-found");
        TestHttp.assertProblem(http().post("/api/v1/venues/abc/scans").bearer(someone.token()).json(Map.of("qr", "x")).send(),
                400, "invalid-parameter");
    }

    @Test
    void suspendedVenuesTakeNoScans() {
        TestVenue venue = venue("BAR");
        http().post("/api/v1/venues/" + venue.id() + "/suspend").bearer(venue.owner().token()).send();
        TestHttp.assertProblem(scan(venue.owner(), venue.id(), personalQr(person("Ai Đó"))), 409, "venue.suspended");
    }

    @Test
    void manualEntryForVisitorsWithoutAPhone() {
        TestVenue venue = venue("FUNERAL");
        TestHttp.Response response = http().post("/api/v1/venues/" + venue.id() + "/manual").bearer(venue.owner().token())
                .json(Map.of("name", "  Lò   Thị Mai ", "phone", "0912 000 111", "idNumber", "012345678901")).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        var row = jdbc.sql("select visitor_name, visitor_phone, visitor_id_number, method, recorded_by from checkin where id = :id")
                .param("id", response.json().path("id").asLong()).query().singleRow();
        assertThat(row).containsEntry("visitor_name", "Lò Thị Mai").containsEntry("visitor_phone", "+84912000111")
                .containsEntry("visitor_id_number", "012345678901").containsEntry("method", "MANUAL")
                .containsEntry("recorded_by", venue.owner().personId());

        TestHttp.assertProblem(http().post("/api/v1/venues/" + venue.id() + "/manual").bearer(venue.owner().token())
                .json(Map.of("name", "Lò Thị Mai", "phone", "12345")).send(), 400, "phone.invalid");
        TestHttp.assertProblem(http().post("/api/v1/venues/" + venue.id() + "/manual").bearer(venue.owner().token())
                .json(Map.of("name", "Lò Thị Mai", "phone", "0912000111", "idNumber", "12-34")).send(), 400,
                "checkin.id-number-invalid");
        assertThat(http().post("/api/v1/venues/" + venue.id() + "/manual").bearer(venue.owner().token())
                .json(Map.of("phone", "0912000111")).send().status()).isEqualTo(400);
        assertThat(visits(venue.id())).isEqualTo(1);
    }
}
