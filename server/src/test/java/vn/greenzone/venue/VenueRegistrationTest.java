package vn.greenzone.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;

class VenueRegistrationTest extends VenueTestSupport {

    @Autowired
    Venues venues;

    @Test
    void theRegistrantOwnsTheVenueAndGetsItsPoster() {
        TestHttp.Token owner = owner();
        Map<String, Object> fields = venue("Số 12 Đường " + uniqueStreet());
        fields.put("branch", "Chi nhánh 1");
        fields.put("latitude", 11.5349);
        fields.put("longitude", 106.8832);
        JsonNode registered = register(owner, fields);
        long id = registered.path("id").asLong();

        JsonNode venue = registered.path("venue");
        assertThat(venue.path("name").asString()).isEqualTo("Quán Phở Hòa");
        assertThat(venue.path("branch").asString()).isEqualTo("Chi nhánh 1");
        assertThat(venue.path("ownerId").asLong()).isEqualTo(owner.personId());
        assertThat(venue.path("contactPhone").asString()).isEqualTo("+84912345678");
        assertThat(venue.path("suspended").asBoolean()).isFalse();
        assertThat(venue.path("privileged").asBoolean()).isFalse();
        // No public URL is configured in the tests: the poster names the port the test server listens on.
        String base = "http://localhost:" + port;
        assertThat(registered.path("posterUrl").asString()).startsWith(base + "/c/").hasSize(base.length() + 3 + 102);

        assertThat(venues.find(id).defaultStay()).isEqualTo(VenueCategory.RESTAURANT.builtInStay());
        assertThat(venues.fromPoster(registered.path("posterUrl").asString()).id()).isEqualTo(id);
        assertThat(venues.isStaff(id, owner.personId())).isTrue();
        JsonNode mine = http().get("/api/v1/venues/mine").bearer(owner.token()).send().json();
        assertThat(mine.values()).extracting(v -> v.path("id").asLong()).containsExactly(id);
        assertThat(http().get("/api/v1/venues/" + id).bearer(owner.token()).send().json().path("latitude").asDouble())
                .isEqualTo(11.5349);
    }

    @Test
    void oneQrPerLocationWhateverTheSpelling() {
        String street = uniqueStreet();
        registerVenue(owner(), venue("Số 12, Đường " + street));
        TestHttp.Token other = owner();
        String folded = street.replace("Lê Lợi", "le loi");
        for (String spelling : new String[] {"12 Đường " + street, "số 12 duong " + folded, "So 12 D. " + folded,
                "12, đường " + street.toUpperCase(), "  12   d " + folded + " ", "SỐ 12 - ĐƯỜNG " + street}) {
            Map<String, Object> fields = venue(spelling);
            JsonNode problem = assertProblem(http().post("/api/v1/venues").bearer(other.token()).json(fields).send(),
                    409, "venue.duplicate-address");
            assertThat(problem.path("detail").asString()).as(spelling).contains("đã được đăng ký").contains("chi nhánh");
        }
        JsonNode english = assertProblem(http().post("/api/v1/venues").bearer(other.token()).language("en")
                .json(venue("12 duong " + folded)).send(), 409, "venue.duplicate-address");
        assertThat(english.path("detail").asString()).contains("already registered").contains("distinct branch name");

        Map<String, Object> branch = venue("12 duong " + folded);
        branch.put("branch", "Cơ sở 2");
        registerVenue(other, branch);
        Map<String, Object> sameBranchAgain = venue("Số 12 Đường " + street);
        sameBranchAgain.put("branch", "co so 2");
        assertProblem(http().post("/api/v1/venues").bearer(other.token()).json(sameBranchAgain).send(),
                409, "venue.duplicate-address");

        Map<String, Object> elsewhere = venue("Số 12 Đường " + street);
        elsewhere.put("unitCode", OTHER_COMMUNE);
        registerVenue(other, elsewhere);
    }

    @Test
    void editingOntoAnotherVenuesAddressIsRefusedToo() {
        TestHttp.Token owner = owner();
        String taken = "5 Đường " + uniqueStreet();
        registerVenue(owner(), venue(taken));
        long id = registerVenue(owner, venue("7 Đường " + uniqueStreet()));
        assertProblem(http().put("/api/v1/venues/" + id).bearer(owner.token()).json(venue(taken.toLowerCase())).send(),
                409, "venue.duplicate-address");
    }

    @Test
    void badInputIsRefusedWithItsOwnCode() {
        TestHttp.Token owner = owner();
        String address = "3 " + uniqueStreet();
        Map<String, String> cases = Map.ofEntries(
                Map.entry("name", "venue.name-invalid"),
                Map.entry("address", "venue.address-invalid"),
                Map.entry("unitCode", "venue.unit-not-commune"),
                Map.entry("category", "venue.category-invalid"),
                Map.entry("contactPhone", "phone.missing"));
        cases.forEach((missing, code) -> {
            Map<String, Object> fields = venue(address);
            fields.remove(missing);
            assertProblem(http().post("/api/v1/venues").bearer(owner.token()).json(fields).send(), 400, code);
        });
        assertRefused(owner, address, "unitCode", "99999999", "venue.unit-unknown");
        assertRefused(owner, address, "unitCode", DISTRICT, "venue.unit-not-commune");
        assertRefused(owner, address, "unitCode", "VN", "venue.unit-not-commune");
        assertRefused(owner, address, "contactPhone", "12345", "phone.invalid");
        assertRefused(owner, address, "contactPhone", "+1 202 555 0100", "phone.foreign");
        assertRefused(owner, address, "category", "CASINO", "venue.category-invalid");
        assertRefused(owner, address, "name", "x".repeat(121), "venue.name-invalid");
        Map<String, Object> lat = venue(address);
        lat.put("latitude", 91.0);
        lat.put("longitude", 106.0);
        assertProblem(http().post("/api/v1/venues").bearer(owner.token()).json(lat).send(), 400, "venue.position-invalid");
        Map<String, Object> half = venue(address);
        half.put("latitude", 11.0);
        assertProblem(http().post("/api/v1/venues").bearer(owner.token()).json(half).send(), 400, "venue.position-invalid");
        assertThat(http().get("/api/v1/venues/mine").bearer(owner.token()).send().json().values()).isEmpty();
        assertProblem(http().post("/api/v1/venues").json(venue(address)).send(), 401, "unauthenticated");
    }

    private void assertRefused(TestHttp.Token owner, String address, String field, Object value, String code) {
        Map<String, Object> fields = venue(address);
        fields.put(field, value);
        assertProblem(http().post("/api/v1/venues").bearer(owner.token()).json(fields).send(), 400, code);
    }

    @Test
    void theRegistrationPageShowsRefusalsOnTheFormAndKeepsWhatWasTyped() {
        TestHttp.Browser browser = http().signInBrowser(TestHttp.randomPhone());
        TestHttp.Response form = http().get("/venues/new").html().session(browser.session()).send();
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"unitCode\"").contains("value=\"RESTAURANT\"");
        String street = uniqueStreet();
        TestHttp.Response refused = http().post("/venues").html().session(browser.session()).form(Map.of(
                "name", "Tiệm Vàng Kim", "category", "BUSINESS", "unitCode", DISTRICT, "address", "8 " + street,
                "contactPhone", "0912345678", "_csrf", form.csrfToken())).send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Hãy chọn đến cấp phường / xã").contains("value=\"Tiệm Vàng Kim\"")
                .contains("value=\"8 " + street + "\"");
        TestHttp.Response registered = http().post("/venues").html().session(browser.session()).form(Map.of(
                "name", "Tiệm Vàng Kim", "category", "BUSINESS", "unitCode", COMMUNE, "address", "8 " + street,
                "latitude", "", "longitude", "", "contactPhone", "0912345678", "_csrf", form.csrfToken())).send();
        assertThat(registered.status()).as(registered.toString()).isEqualTo(302);
        assertThat(registered.locationPath()).matches("/venues/\\d+");
        TestHttp.Response page = http().get(registered.locationPath()).html().session(browser.session()).send();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Tiệm Vàng Kim").contains("/live").contains("/scan").contains("/manual")
                .contains("poster.pdf");
        assertThat(http().get("/venues").html().session(browser.session()).send().body()).contains("Tiệm Vàng Kim");
    }
}
