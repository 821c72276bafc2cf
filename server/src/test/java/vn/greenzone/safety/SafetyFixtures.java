package vn.greenzone.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;
import vn.greenzone.IntegrationTest;
import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/**
 * Venues registered and assessed through the API as their owners would, in Huyện Đồng Phú, where no other
 * test registers venues, so the officials' lists hold only this module's.
 */
public abstract class SafetyFixtures extends IntegrationTest {

    /** Thị trấn Tân Phú and Xã Thuận Lợi, in Huyện Đồng Phú (695), Tỉnh Bình Phước. */
    public static final String COMMUNE = "25363";
    public static final String OTHER_COMMUNE = "25366";
    public static final String DISTRICT = "695";
    /** Phường Trúc Bạch, Hà Nội: not in Bình Phước. */
    public static final String ELSEWHERE = "00004";

    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    protected TestHttp.Token owner() {
        return http().signInApi(TestHttp.randomPhone());
    }

    protected TestHttp.Token official(Role role, String unit) {
        TestHttp.Token token = owner();
        http().grant(token.personId(), role, unit);
        return token;
    }

    /** A street no other test uses, so the one-QR-per-location rule never crosses tests. */
    protected static String uniqueAddress() {
        return "Số " + ThreadLocalRandom.current().nextInt(1, 999) + " Đường Lê Duẩn "
                + ThreadLocalRandom.current().nextInt(1_000_000_000);
    }

    protected long venue(TestHttp.Token owner, String name, String category, String commune, String address) {
        return register(owner, name, category, commune, address).path("id").asLong();
    }

    /** The API's answer to a registration: id, posterUrl, venue. */
    protected JsonNode register(TestHttp.Token owner, String name, String category, String commune, String address) {
        TestHttp.Response response = http().post("/api/v1/venues").bearer(owner.token())
                .json(venueFields(name, category, commune, address)).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    /** A venue's registration as its owner types it, with a place on the map in Huyện Đồng Phú. */
    public static Map<String, Object> venueFields(String name, String category, String commune, String address) {
        var fields = new HashMap<String, Object>();
        fields.put("name", name);
        fields.put("category", category);
        fields.put("unitCode", commune);
        fields.put("address", address);
        fields.put("contactPhone", "0912 345 678");
        fields.put("latitude", 11.53);
        fields.put("longitude", 106.84);
        return fields;
    }

    /** The market criteria: check-in 3, masks 2, distance 2, hand washing 1, capacity 2, cleaning 1. */
    protected static Map<String, Object> market(int checkin, int masks, int distance, int handwash, int capacity,
            int cleaning) {
        var answers = new LinkedHashMap<String, Object>();
        answers.put("checkin", checkin);
        answers.put("masks", masks);
        answers.put("distance", distance);
        answers.put("handwash", handwash);
        answers.put("capacity", capacity);
        answers.put("cleaning", cleaning);
        return answers;
    }

    protected TestHttp.Response assess(TestHttp.Token who, long venueId, Map<String, Object> answers) {
        return http().post("/api/v1/venues/" + venueId + "/safety").bearer(who.token())
                .json(Map.of("answers", answers)).send();
    }

    protected JsonNode plan(TestHttp.Token inspector, long venueId, String day) {
        TestHttp.Response planned = http().post("/api/v1/inspections").bearer(inspector.token())
                .json(Map.of("venueId", venueId, "plannedFor", day)).send();
        assertThat(planned.status()).as(planned.toString()).isEqualTo(201);
        return planned.json();
    }

    protected TestHttp.Response record(TestHttp.Token inspector, long inspectionId, Map<String, Object> body) {
        return http().put("/api/v1/inspections/" + inspectionId).bearer(inspector.token()).json(body).send();
    }
}
