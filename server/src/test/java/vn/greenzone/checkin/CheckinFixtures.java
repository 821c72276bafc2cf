package vn.greenzone.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import vn.greenzone.IntegrationTest;
import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/** People, venues and codes made through the API as real clients make them. */
abstract class CheckinFixtures extends IntegrationTest {

    /** Phường Tân Phú, Thành phố Đồng Xoài (689), Tỉnh Bình Phước (70). */
    static final String COMMUNE = "25195";
    static final String DISTRICT = "689";

    record TestVenue(long id, String posterUrl, TestHttp.Token owner) {

        /** The poster's path on this test server, as a phone camera would open it. */
        String posterPath() {
            return posterUrl.substring(posterUrl.indexOf("/c/"));
        }
    }

    /** A signed-in person with a profile, so they have a personal QR. */
    TestHttp.Token person(String fullName) {
        TestHttp.Token token = http().signInApi(TestHttp.randomPhone());
        var profile = new HashMap<String, Object>();
        profile.put("fullName", fullName);
        profile.put("birthDate", "1990-04-17");
        profile.put("gender", "MALE");
        profile.put("idNumber", randomIdNumber());
        TestHttp.Response saved = http().put("/api/v1/me").bearer(token.token()).json(profile).send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        return token;
    }

    static String randomIdNumber() {
        return "0" + (10_000_000_000L + ThreadLocalRandom.current().nextLong(89_999_999_999L));
    }

    TestVenue venue(String category) {
        TestHttp.Token owner = person("Trần Thị Chủ");
        var fields = new HashMap<String, Object>();
        fields.put("name", "Điểm " + category.toLowerCase());
        fields.put("category", category);
        fields.put("unitCode", COMMUNE);
        fields.put("address", "Số " + ThreadLocalRandom.current().nextInt(1_000_000_000) + " Phú Riềng Đỏ");
        fields.put("contactPhone", "0912345678");
        TestHttp.Response response = http().post("/api/v1/venues").bearer(owner.token()).json(fields).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return new TestVenue(response.json().path("id").asLong(), response.json().path("posterUrl").asText(), owner);
    }

    TestHttp.Response checkIn(TestHttp.Token visitor, String poster) {
        return http().post("/api/v1/checkins").bearer(visitor.token()).json(Map.of("qr", poster)).send();
    }

    /** The visitor's current on-screen personal QR text. */
    String personalQr(TestHttp.Token visitor) {
        TestHttp.Response response = http().get("/api/v1/me/qr").bearer(visitor.token()).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("text").asText();
    }

    /** Someone holding an official role on a unit. */
    TestHttp.Token official(Role role, String unit) {
        TestHttp.Token token = person("Lê Văn Cán Bộ");
        http().grant(token.personId(), role, unit);
        return token;
    }

    long visits(long venueId) {
        return jdbc.sql("select count(*) from checkin where venue_id = :venue").param("venue", venueId)
                .query(Long.class).single();
    }
}
