package vn.greenzone.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.greenzone.TestHttp;

/** A visitor scans a poster with the app (or the phone camera) and checks in and out. */
class SelfCheckinTest extends CheckinFixtures {

    @Test
    void checkInIsCommittedAndRepeatedScansFoldIntoOneVisit() {
        TestVenue venue = venue("RESTAURANT");
        TestHttp.Token visitor = person("Nguyễn Văn An");

        TestHttp.Response first = checkIn(visitor, venue.posterUrl());
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        long visitId = first.json().path("visit").path("id").asLong();
        assertThat(first.json().path("venueId").asLong()).isEqualTo(venue.id());
        assertThat(first.json().path("visit").path("created").asBoolean()).isTrue();
        var row = jdbc.sql("select person_id, method, checked_out_at, expected_end - checked_in_at as stay from checkin where id = :id")
                .param("id", visitId).query().singleRow();
        assertThat(row.get("person_id")).isEqualTo(visitor.personId());
        assertThat(row.get("method")).isEqualTo("SELF");
        assertThat(row.get("checked_out_at")).isNull();
        assertThat(row.get("stay").toString()).contains("2 hours").as("restaurant default stay");

        TestHttp.Response again = checkIn(visitor, venue.posterUrl());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("visit").path("id").asLong()).isEqualTo(visitId);
        assertThat(again.json().path("visit").path("created").asBoolean()).isFalse();
        assertThat(visits(venue.id())).isEqualTo(1);
    }

    @Test
    void theBareTokenWorksAsWellAsTheUrl() {
        TestVenue venue = venue("MARKET");
        TestHttp.Response response = checkIn(person("Phạm Thị Bình"), venue.posterPath().substring(3));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    @Test
    void checkingInElsewhereClosesThePreviousVisit() {
        TestVenue cafe = venue("RESTAURANT");
        TestVenue market = venue("MARKET");
        TestHttp.Token visitor = person("Hoàng Văn Cường");
        long first = checkIn(visitor, cafe.posterUrl()).json().path("visit").path("id").asLong();
        long second = checkIn(visitor, market.posterUrl()).json().path("visit").path("id").asLong();

        var closed = jdbc.sql("select checked_out_at, checkout_inferred from checkin where id = :id").param("id", first)
                .query().singleRow();
        var arrival = jdbc.sql("select checked_in_at from checkin where id = :id").param("id", second)
                .query(java.sql.Timestamp.class).single();
        assertThat(closed.get("checked_out_at")).isEqualTo(arrival);
        assertThat(closed.get("checkout_inferred")).isEqualTo(false);
    }

    @Test
    void checkOutClosesOnlyYourOwnVisit() {
        TestVenue venue = venue("GYM");
        TestHttp.Token visitor = person("Đỗ Thị Dung");
        long visitId = checkIn(visitor, venue.posterUrl()).json().path("visit").path("id").asLong();

        TestHttp.Response stranger = http().post("/api/v1/checkins/" + visitId + "/checkout").bearer(person("Kẻ Lạ").token()).send();
        TestHttp.assertProblem(stranger, 404, "checkin.not-found");
        assertThat(jdbc.sql("select checked_out_at from checkin where id = :id").param("id", visitId)
                .query(java.sql.Timestamp.class).optional()).isEmpty();

        TestHttp.Response out = http().post("/api/v1/checkins/" + visitId + "/checkout").bearer(visitor.token()).send();
        assertThat(out.status()).as(out.toString()).isEqualTo(200);
        Instant left = Instant.parse(out.json().path("checkedOutAt").asText());
        assertThat(out.json().path("checkoutInferred").asBoolean()).isFalse();

        TestHttp.Response twice = http().post("/api/v1/checkins/" + visitId + "/checkout").bearer(visitor.token()).send();
        assertThat(twice.status()).isEqualTo(200);
        assertThat(Instant.parse(twice.json().path("checkedOutAt").asText())).isEqualTo(left);

        TestHttp.Response mine = http().get("/api/v1/me/checkins").bearer(visitor.token()).send();
        assertThat(mine.json().get(0).path("id").asLong()).isEqualTo(visitId);
    }

    @Test
    void dependantsComeAlongAndOnlyYourOwnDependants() {
        TestVenue venue = venue("SUPERMARKET");
        TestHttp.Token guardian = person("Vũ Văn Giang");
        TestHttp.Response declared = http().post("/api/v1/me/dependants").bearer(guardian.token())
                .json(Map.of("fullName", "Vũ Thị Bé", "birthDate", "2018-02-03", "relationship", "con")).send();
        assertThat(declared.status()).as(declared.toString()).isEqualTo(201);
        long child = declared.json().path("id").asLong();

        TestHttp.Response response = http().post("/api/v1/checkins").bearer(guardian.token())
                .json(Map.of("qr", venue.posterUrl(), "dependants", java.util.List.of(child))).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().path("dependants")).hasSize(1);
        assertThat(jdbc.sql("select count(*) from checkin where venue_id = :v and dependant_id = :d")
                .param("v", venue.id()).param("d", child).query(Long.class).single()).isEqualTo(1);

        TestHttp.Response foreign = http().post("/api/v1/checkins").bearer(person("Người Khác").token())
                .json(Map.of("qr", venue.posterUrl(), "dependants", java.util.List.of(child))).send();
        TestHttp.assertProblem(foreign, 404, "dependant.not-found");
    }

    @Test
    void forgedRotatedSuspendedAndMalformedPostersAreRefusedWithAReason() {
        TestVenue venue = venue("KARAOKE");
        TestHttp.Token visitor = person("Bùi Văn Hùng");

        String token = venue.posterPath().substring(3);
        byte[] bytes = Base64.getUrlDecoder().decode(token);
        bytes[bytes.length - 1] ^= 0x01;
        String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        TestHttp.assertProblem(checkIn(visitor, "https://greenzone.example/c/" + forged), 400, "venue.qr-forged");
        TestHttp.assertProblem(checkIn(visitor, "https://greenzone.example/c/not-a-token"), 400, "venue.qr-malformed");
        TestHttp.assertProblem(checkIn(visitor, "https://example.com/menu"), 400, "venue.qr-malformed");

        TestHttp.Response rotated = http().post("/api/v1/venues/" + venue.id() + "/rotate").bearer(venue.owner().token()).send();
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        TestHttp.assertProblem(checkIn(visitor, venue.posterUrl()), 410, "venue.qr-rotated");
        String fresh = rotated.json().path("posterUrl").asText();
        assertThat(checkIn(visitor, fresh).status()).isEqualTo(201);

        assertThat(http().post("/api/v1/venues/" + venue.id() + "/suspend").bearer(venue.owner().token()).send().status())
                .isBetween(200, 204);
        TestHttp.assertProblem(checkIn(person("Lý Thị Lan"), fresh), 409, "venue.suspended");
        assertThat(visits(venue.id())).isEqualTo(1);
    }

    @Test
    void refusalsAreTranslatedAndMissingFieldsAreNamed() {
        TestHttp.Token visitor = person("Mai Văn Minh");
        TestHttp.Response vietnamese = http().post("/api/v1/checkins").bearer(visitor.token())
                .json(Map.of("qr", "https://x/c/AAAA")).language("vi").send();
        TestHttp.Response english = http().post("/api/v1/checkins").bearer(visitor.token())
                .json(Map.of("qr", "https://x/c/AAAA")).language("en").send();
        assertThat(TestHttp.assertProblem(vietnamese, 400, "venue.qr-malformed").path("detail").asText())
                .isNotEqualTo(TestHttp.assertProblem(english, 400, "venue.qr-malformed").path("detail").asText());

        TestHttp.Response missing = http().post("/api/v1/checkins").bearer(visitor.token()).json(Map.of()).send();
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("qr").doesNotContain("Exception");

        TestHttp.Response anonymous = http().post("/api/v1/checkins").json(Map.of("qr", "x")).send();
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void theApiForPhoneAppsAndDevicesIsDescribedInTheOpenApiDocument() {
        TestHttp.Response document = http().get("/v3/api-docs").send();
        assertThat(document.status()).isEqualTo(200);
        var paths = document.json().path("paths");
        for (String path : new String[] {"/api/v1/venues", "/api/v1/venues/{id}/poster.pdf", "/api/v1/me/qr",
                "/api/v1/checkins", "/api/v1/checkins/{id}/checkout", "/api/v1/venues/{id}/scans",
                "/api/v1/devices/scans", "/api/v1/venues/{id}/checkins"}) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(paths.path("/api/v1/devices/scans").path("post").path("description").asText()).contains("X-Device-Key");
    }

    @Test
    void manyRefusedPostersFromOneAddressAreThrottled() {
        TestHttp.Token visitor = person("Tạ Văn Nam");
        String address = TestHttp.randomAddress();
        int refused = 0;
        TestHttp.Response last = null;
        for (int i = 0; i < 61; i++) {
            last = http().post("/api/v1/checkins").from(address).bearer(visitor.token())
                    .json(Map.of("qr", "https://x/c/not-a-token")).send();
            if (last.status() == 400) {
                refused++;
            }
        }
        assertThat(refused).isEqualTo(60);
        TestHttp.assertProblem(last, 429, "checkin.too-many-bad-codes");
    }
}
