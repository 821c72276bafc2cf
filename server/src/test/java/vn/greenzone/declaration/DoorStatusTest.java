package vn.greenzone.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;

/**
 * At the door: the personal QR page and the staff scanner say whether the person (or dependant) declared in
 * the last 24 hours and whether anything was flagged, never the answers; a venue may require a declaration.
 */
class DoorStatusTest extends DeclarationFixtures {

    private TestHttp.Response scan(TestHttp.Token staff, long venueId, String qr) {
        return http().post("/api/v1/venues/" + venueId + "/scans").bearer(staff.token()).language("en")
                .json(Map.of("qr", qr)).send();
    }

    @Test
    void thePersonalQrPageShowsTheStatusUnderTheCodeForThePersonAndTheirChild() {
        TestHttp.Token resident = person("Vương Thị Cửa");
        long child = dependant(resident, "Vương Bé Cửa");
        TestHttp.Browser browser = http().signInBrowser(http().nationalPhone(resident.personId()));
        TestHttp.Response before = http().get("/me/qr").session(browser.session()).html().send();
        assertThat(before.body()).contains("door-missing").contains("Chưa khai báo y tế trong 24 giờ qua")
                .contains("href=\"/declarations\"");

        declared(resident, daily("Vương Thị Cửa"));
        declared(resident, with(with(daily("Vương Bé Cửa"), "dependantId", child), "symptoms", List.of("cough")));
        TestHttp.Response mine = http().get("/me/qr/code?lang=en").session(browser.session()).html().send();
        assertThat(mine.body()).contains("door-declared").contains("Health declaration made at")
                .doesNotContain("href=\"/declarations");
        TestHttp.Response childs = http().get("/me/qr?dependant=" + child).session(browser.session()).html().send();
        assertThat(childs.body()).contains("door-flagged").contains("Đã khai báo lúc")
                .contains("có triệu chứng hoặc tiếp xúc").doesNotContain("Ho,").doesNotContain(">Ho<");
    }

    @Test
    void staffSeeDeclaredFlaggedOrNotDeclaredAndTheVenuesRequirement() {
        TestVenue venue = venue("SUPERMARKET");
        TestHttp.Token visitor = person("Kiều Văn Mua");
        JsonNode first = scan(venue.owner(), venue.id(), personalQr(visitor)).json();
        assertThat(first.path("declaration").path("declared").asBoolean()).isFalse();
        assertThat(first.path("declaration").path("required").asBoolean()).isFalse();
        assertThat(first.path("declaration").path("tone").asString()).isEqualTo("missing");

        TestHttp.Response required = http().put("/api/v1/venues/" + venue.id() + "/declaration-required")
                .bearer(venue.owner().token()).json(Map.of("required", true)).send();
        assertThat(required.status()).as(required.toString()).isEqualTo(200);
        assertThat(required.json().path("declarationRequired").asBoolean()).isTrue();
        JsonNode missing = scan(venue.owner(), venue.id(), personalQr(visitor)).json().path("declaration");
        assertThat(missing.path("tone").asString()).isEqualTo("missing-required");
        assertThat(missing.path("text").asString()).isEqualTo("Not declared: this place requires a declaration today");

        TestHttp.Response declaration = declare(visitor, with(daily("Kiều Văn Mua"), "exposures",
                List.of("symptomatic-contact")));
        JsonNode flagged = scan(venue.owner(), venue.id(), personalQr(visitor)).json().path("declaration");
        assertThat(flagged.path("declared").asBoolean()).isTrue();
        assertThat(flagged.path("flagged").asBoolean()).isTrue();
        assertThat(flagged.path("tone").asString()).isEqualTo("flagged");
        assertThat(flagged.path("declaredAt").asString()).isEqualTo(declaration.json().path("madeAt").asString());
        assertThat(flagged.toString()).as("never the answers").doesNotContain("symptomatic").doesNotContain("Contact with");

        TestHttp.Response stranger = scan(venue.owner(), venue.id(), randomIdNumber() + "|LA VAN KHACH|1980-01-01|0|X-1|");
        assertThat(stranger.status()).as(stranger.toString()).isEqualTo(201);
        assertThat(stranger.json().path("declaration").isMissingNode()).as("nothing is known of them").isTrue();
    }

    @Test
    void theScannerPageShowsTheStatusInWordsAndColour() {
        TestVenue venue = venue("MARKET");
        TestHttp.Token visitor = person("Lạc Thị Chợ");
        declared(visitor, daily("Lạc Thị Chợ"));
        TestHttp.Browser desk = http().signInBrowser(http().nationalPhone(venue.owner().personId()));
        TestHttp.Response page = http().get("/venues/" + venue.id() + "/scan").session(desk.session()).html().send();
        TestHttp.Response scanned = http().post("/venues/" + venue.id() + "/scan").session(desk.session()).html()
                .form(Map.of("_csrf", page.csrfToken(), "qr", personalQr(visitor))).send();
        assertThat(scanned.status()).as(scanned.toString()).isEqualTo(200);
        assertThat(scanned.body()).contains("id=\"scanned-declaration\"").contains("door-declared")
                .contains("Đã khai báo y tế lúc");
    }

    @Test
    void onlyTheOwnerSetsTheRequirementOnThePageOrTheApi() {
        TestVenue venue = venue("GYM");
        TestHttp.Token staff = person("Nhân Viên Gym");
        http().post("/api/v1/venues/" + venue.id() + "/staff").bearer(venue.owner().token())
                .json(Map.of("phone", http().nationalPhone(staff.personId()))).send();
        assertProblem(http().put("/api/v1/venues/" + venue.id() + "/declaration-required").bearer(staff.token())
                .json(Map.of("required", true)).send(), 403, "forbidden");

        TestHttp.Browser owner = http().signInBrowser(http().nationalPhone(venue.owner().personId()));
        TestHttp.Response page = http().get("/venues/" + venue.id()).session(owner.session()).html().send();
        assertThat(page.body()).contains("id=\"declaration-requirement\"").contains("Yêu cầu khai báo y tế trong ngày");
        TestHttp.Response set = http().post("/venues/" + venue.id() + "/declaration-required").session(owner.session())
                .html().form(Map.of("_csrf", page.csrfToken(), "required", "true")).send();
        assertThat(set.status()).as(set.toString()).isEqualTo(302);
        assertThat(set.location()).endsWith("?declarationRequired");
        assertThat(jdbc.sql("select declaration_required from venue where id = :id").param("id", venue.id())
                .query(Boolean.class).single()).isTrue();
        assertThat(http().get("/venues/" + venue.id()).session(owner.session()).html().send().body())
                .contains("Thôi yêu cầu khai báo");
    }
}
