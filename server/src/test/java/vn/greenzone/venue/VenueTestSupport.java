package vn.greenzone.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;
import vn.greenzone.IntegrationTest;
import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/** Registers venues through the API as an owner would; every venue gets a street of its own. */
abstract class VenueTestSupport extends IntegrationTest {

    /** Phường Tân Phú and Phường Tân Đồng, in Thành phố Đồng Xoài (689), Tỉnh Bình Phước (70). */
    static final String COMMUNE = "25195";
    static final String OTHER_COMMUNE = "25198";
    static final String DISTRICT = "689";
    static final String PROVINCE = "70";

    /** A street name no other test uses, so the one-QR-per-location rule never crosses tests. */
    static String uniqueStreet() {
        return "Lê Lợi " + ThreadLocalRandom.current().nextInt(1_000_000_000);
    }

    static Map<String, Object> venue(String address) {
        var fields = new HashMap<String, Object>();
        fields.put("name", "Quán Phở Hòa");
        fields.put("category", "RESTAURANT");
        fields.put("unitCode", COMMUNE);
        fields.put("address", address);
        fields.put("contactPhone", "0912 345 678");
        return fields;
    }

    TestHttp.Token owner() {
        return http().signInApi(TestHttp.randomPhone());
    }

    /** Registers the venue and returns the API's answer (id, posterUrl, venue). */
    JsonNode register(TestHttp.Token owner, Map<String, Object> fields) {
        TestHttp.Response response = http().post("/api/v1/venues").bearer(owner.token()).json(fields).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    long registerVenue(TestHttp.Token owner, Map<String, Object> fields) {
        return register(owner, fields).path("id").asLong();
    }

    /** Someone holding an official role on a unit, as the unit's administrator would have granted it. */
    TestHttp.Token official(Role role, String unit) {
        TestHttp.Token token = owner();
        http().grant(token.personId(), role, unit);
        return token;
    }
}
