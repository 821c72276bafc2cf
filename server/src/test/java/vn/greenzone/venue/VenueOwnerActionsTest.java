package vn.greenzone.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.greenzone.TestHttp.assertProblem;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;
import vn.greenzone.platform.ProblemException;

class VenueOwnerActionsTest extends VenueTestSupport {

    @Autowired
    Venues venues;

    @Test
    void theOwnerEditsSuspendsResumesAndRotatesOthersAreRefused() {
        TestHttp.Token owner = owner();
        TestHttp.Token stranger = owner();
        JsonNode registered = register(owner, venue("9 Đường " + uniqueStreet()));
        long id = registered.path("id").asLong();
        String firstPoster = registered.path("posterUrl").asString();

        Map<String, Object> edited = venue("10 Đường " + uniqueStreet());
        edited.put("name", "Phở Hòa Pasteur");
        edited.put("category", "HOSPITAL");
        TestHttp.Response saved = http().put("/api/v1/venues/" + id).bearer(owner.token()).json(edited).send();
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.json().path("name").asString()).isEqualTo("Phở Hòa Pasteur");
        assertThat(venues.find(id).category()).isEqualTo(VenueCategory.HOSPITAL);
        assertThat(venues.find(id).defaultStay()).isEqualTo(VenueCategory.HOSPITAL.builtInStay());
        assertProblem(http().put("/api/v1/venues/" + id).bearer(stranger.token()).json(edited).send(), 403, "forbidden");
        assertProblem(http().get("/api/v1/venues/" + id).bearer(stranger.token()).send(), 403, "forbidden");
        assertProblem(http().get("/api/v1/venues/999999999").bearer(owner.token()).send(), 404, "venue.not-found");

        for (String action : new String[] {"suspend", "resume", "rotate"}) {
            assertProblem(http().post("/api/v1/venues/" + id + "/" + action).bearer(stranger.token()).send(), 403, "forbidden");
        }
        assertThat(venues.fromPoster(firstPoster).id()).isEqualTo(id);

        assertThat(http().post("/api/v1/venues/" + id + "/suspend").bearer(owner.token()).send().json()
                .path("suspended").asBoolean()).isTrue();
        assertRefused(() -> venues.fromPoster(firstPoster), 409, "venue.suspended");
        assertThat(http().post("/api/v1/venues/" + id + "/resume").bearer(owner.token()).send().json()
                .path("suspended").asBoolean()).isFalse();
        assertThat(venues.fromPoster(firstPoster).id()).isEqualTo(id);

        String secondPoster = http().post("/api/v1/venues/" + id + "/rotate").bearer(owner.token()).send().json()
                .path("posterUrl").asString();
        assertThat(secondPoster).isNotEqualTo(firstPoster).isEqualTo(venues.posterUrl(id));
        assertRefused(() -> venues.fromPoster(firstPoster), 410, "venue.qr-rotated");
        assertThat(venues.fromPoster(secondPoster).id()).isEqualTo(id);
    }

    @Test
    void postersThatAreNotOursAreRefusedAsDocumented() {
        long id = registerVenue(owner(), venue("11 Đường " + uniqueStreet()));
        String url = venues.posterUrl(id);
        String token = url.substring(url.indexOf("/c/") + 3);
        assertThat(venues.fromPoster(token).id()).isEqualTo(id);
        assertThat(venues.fromPoster("https://printed.elsewhere.example/c/" + token).id()).isEqualTo(id);
        for (String malformed : new String[] {"", "hello", token.substring(1), token + "A", "https://x.example/v/" + token,
                token.replace(token.charAt(5), '*'), "http://[bad/c/" + token}) {
            assertRefused(() -> venues.fromPoster(malformed), 400, "venue.qr-malformed");
        }
        assertRefused(() -> venues.fromPoster(null), 400, "venue.qr-malformed");
        byte[] bytes = java.util.Base64.getUrlDecoder().decode(token);
        bytes[3] ^= 0x01;
        String otherVenue = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        assertRefused(() -> venues.fromPoster(otherVenue), 400, "venue.qr-forged");
        bytes = java.util.Base64.getUrlDecoder().decode(token);
        bytes[40] ^= 0x10;
        String badSignature = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        assertRefused(() -> venues.fromPoster(badSignature), 400, "venue.qr-forged");
    }

    @Test
    void staffAreAuthorisedByPhoneBeforeOrAfterTheySignUp() {
        TestHttp.Token owner = owner();
        long id = registerVenue(owner, venue("13 Đường " + uniqueStreet()));
        String staffPhone = TestHttp.randomPhone();
        TestHttp.Response added = http().post("/api/v1/venues/" + id + "/staff").bearer(owner.token())
                .json(Map.of("phone", "+84 " + staffPhone.substring(1))).send();
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().path("phone").asString()).isEqualTo(staffPhone);

        // Signs up only now, and is staff at once.
        TestHttp.Token staff = http().signInApi(staffPhone);
        assertThat(venues.isStaff(id, staff.personId())).isTrue();
        assertThat(http().get("/api/v1/venues/" + id).bearer(staff.token()).send().status()).isEqualTo(200);
        assertThat(http().get("/api/v1/venues/mine").bearer(staff.token()).send().json().values())
                .extracting(v -> v.path("id").asLong()).containsExactly(id);
        assertThat(http().get("/api/v1/venues/" + id + "/poster.png").bearer(staff.token()).send().status()).isEqualTo(200);
        // Staff are not owners.
        assertProblem(http().post("/api/v1/venues/" + id + "/rotate").bearer(staff.token()).send(), 403, "forbidden");
        assertProblem(http().post("/api/v1/venues/" + id + "/staff").bearer(staff.token())
                .json(Map.of("phone", TestHttp.randomPhone())).send(), 403, "forbidden");
        assertThat(http().get("/api/v1/venues/" + id + "/staff").bearer(owner.token()).send().json().values())
                .extracting(s -> s.path("phone").asString()).containsExactly(staffPhone);
        assertProblem(http().post("/api/v1/venues/" + id + "/staff").bearer(owner.token())
                .json(Map.of("phone", "12")).send(), 400, "phone.invalid");

        assertThat(http().delete("/api/v1/venues/" + id + "/staff/" + staffPhone).bearer(owner.token()).send().status())
                .isEqualTo(204);
        assertThat(venues.isStaff(id, staff.personId())).isFalse();
        assertProblem(http().get("/api/v1/venues/" + id).bearer(staff.token()).send(), 403, "forbidden");
        assertProblem(http().delete("/api/v1/venues/" + id + "/staff/" + staffPhone).bearer(owner.token()).send(),
                404, "venue.staff-not-found");
        assertThat(venues.isStaff(id, owner().personId())).isFalse();
    }

    @Test
    void aDeviceKeyIsShownOnceStoredHashedAndStopsWhenRevoked() {
        TestHttp.Token owner = owner();
        long id = registerVenue(owner, venue("15 Đường " + uniqueStreet()));
        TestHttp.Response added = http().post("/api/v1/venues/" + id + "/devices").bearer(owner.token())
                .json(Map.of("name", "Cổng chính")).send();
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String key = added.json().path("apiKey").asString();
        long deviceId = added.json().path("id").asLong();
        assertThat(key).startsWith("gzd_").hasSize(4 + 43);

        TestHttp.Response listed = http().get("/api/v1/venues/" + id + "/devices").bearer(owner.token()).send();
        assertThat(listed.json().values()).extracting(d -> d.path("name").asString()).containsExactly("Cổng chính");
        assertThat(listed.body()).doesNotContain(key.substring(4));
        assertThat(jdbc.sql("select count(*) from venue_device where key_hash = :key or key_hash like :part")
                .param("key", key).param("part", "%" + key.substring(4, 20) + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select key_hash from venue_device where id = :id").param("id", deviceId)
                .query(String.class).single()).matches("[0-9a-f]{64}");

        String address = TestHttp.randomAddress();
        assertThat(venues.authenticateDevice(key, address)).isEqualTo(new DeviceIdentity(deviceId, id));
        assertRefused(() -> venues.authenticateDevice(key + "x", address), 401, "device.key-invalid");
        assertRefused(() -> venues.authenticateDevice("", address), 401, "device.key-invalid");
        assertProblem(http().delete("/api/v1/venues/" + id + "/devices/" + deviceId).bearer(owner().token()).send(),
                403, "forbidden");
        assertThat(http().delete("/api/v1/venues/" + id + "/devices/" + deviceId).bearer(owner.token()).send().status())
                .isEqualTo(204);
        assertRefused(() -> venues.authenticateDevice(key, address), 401, "device.key-invalid");
        assertProblem(http().post("/api/v1/venues/" + id + "/devices").bearer(owner.token()).json(Map.of("name", " ")).send(),
                400, "device.name-invalid");
    }

    @Test
    void wrongDeviceKeysFromOneAddressAreRateLimited() {
        String address = TestHttp.randomAddress();
        for (int i = 0; i < 20; i++) {
            assertRefused(() -> venues.authenticateDevice("gzd_wrong", address), 401, "device.key-invalid");
        }
        assertRefused(() -> venues.authenticateDevice("gzd_wrong", address), 429, "device.too-many-failures");
        assertRefused(() -> venues.authenticateDevice("gzd_wrong", TestHttp.randomAddress()), 401, "device.key-invalid");
    }

    @Test
    void theVenuePageShowsADeviceKeyOnlyOnceAndStaffOnlyTheLinks() {
        String ownerPhone = TestHttp.randomPhone();
        TestHttp.Token owner = http().signInApi(ownerPhone);
        long id = registerVenue(owner, venue("17 Đường " + uniqueStreet()));
        TestHttp.Browser browser = http().signInBrowser(ownerPhone);
        TestHttp.Response page = http().get("/venues/" + id).html().session(browser.session()).send();
        TestHttp.Response added = http().post("/venues/" + id + "/devices").html().session(browser.session())
                .form(Map.of("name", "Máy quét quầy", "_csrf", page.csrfToken())).send();
        assertThat(added.status()).isEqualTo(200);
        java.util.regex.Matcher key = java.util.regex.Pattern.compile("gzd_[A-Za-z0-9_-]{43}").matcher(added.body());
        assertThat(key.find()).as(added.body()).isTrue();
        TestHttp.Response again = http().get("/venues/" + id).html().session(browser.session()).send();
        assertThat(again.body()).contains("Máy quét quầy").doesNotContain(key.group());

        String staffPhone = TestHttp.randomPhone();
        TestHttp.Response staffAdded = http().post("/venues/" + id + "/staff").html().session(browser.session())
                .form(Map.of("phone", staffPhone, "_csrf", page.csrfToken())).send();
        assertThat(staffAdded.status()).isEqualTo(302);
        TestHttp.Browser staff = http().signInBrowser(staffPhone);
        TestHttp.Response staffView = http().get("/venues/" + id).html().session(staff.session()).send();
        assertThat(staffView.status()).isEqualTo(200);
        assertThat(staffView.body()).contains("/venues/" + id + "/scan").doesNotContain("id=\"rotate\"")
                .doesNotContain("id=\"add-device\"");
        assertThat(http().get("/venues/" + id).html().session(http().signInBrowser(TestHttp.randomPhone()).session())
                .send().status()).isEqualTo(403);
    }

    private static void assertRefused(Runnable call, int status, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ProblemException.class, refused -> {
            assertThat(refused.code()).isEqualTo(code);
            assertThat(refused.status().value()).isEqualTo(status);
        });
    }
}
