package vn.greenzone.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import vn.greenzone.IntegrationTest;
import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/** People, venues and codes made through the API as real clients make them. */
public abstract class CheckinFixtures extends IntegrationTest {

    /** Phường Tân Phú, Thành phố Đồng Xoài (689), Tỉnh Bình Phước (70). */
    public static final String COMMUNE = "25195";
    public static final String DISTRICT = "689";

    public record TestVenue(long id, String posterUrl, TestHttp.Token owner) {

        /** The poster's path on this test server, as a phone camera would open it. */
        public String posterPath() {
            return posterUrl.substring(posterUrl.indexOf("/c/"));
        }
    }

    /** A signed-in person with a profile, so they have a personal QR. */
    protected TestHttp.Token person(String fullName) {
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

    protected static String randomIdNumber() {
        return "0" + (10_000_000_000L + ThreadLocalRandom.current().nextLong(89_999_999_999L));
    }

    protected TestVenue venue(String category) {
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

    protected TestHttp.Response checkIn(TestHttp.Token visitor, String poster) {
        return http().post("/api/v1/checkins").bearer(visitor.token()).json(Map.of("qr", poster)).send();
    }

    /** The visitor's current on-screen personal QR text. */
    protected String personalQr(TestHttp.Token visitor) {
        TestHttp.Response response = http().get("/api/v1/me/qr").bearer(visitor.token()).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("text").asText();
    }

    /** Someone holding an official role on a unit. */
    protected TestHttp.Token official(Role role, String unit) {
        TestHttp.Token token = person("Lê Văn Cán Bộ");
        http().grant(token.personId(), role, unit);
        return token;
    }

    protected long visits(long venueId) {
        return jdbc.sql("select count(*) from checkin where venue_id = :venue").param("venue", venueId)
                .query(Long.class).single();
    }

    /** A reader device of the venue; returns its API key. */
    protected String deviceKey(TestVenue venue) {
        TestHttp.Response device = http().post("/api/v1/venues/" + venue.id() + "/devices").bearer(venue.owner().token())
                .json(Map.of("name", "Cổng chính")).send();
        assertThat(device.status()).as(device.toString()).isEqualTo(201);
        return device.json().path("apiKey").asText();
    }

    /** A printed personal QR: long-lived, as a device that was offline may have scanned hours ago. */
    protected String printedQr(TestHttp.Token visitor) {
        TestHttp.Response printed = http().post("/api/v1/me/qr/printed").bearer(visitor.token()).json(Map.of()).send();
        assertThat(printed.status()).as(printed.toString()).isEqualTo(201);
        return printed.json().path("text").asText();
    }
}
