package vn.greenzone.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/** Privileged venues and the reporting officials see. Uses Huyện Bù Gia Mập (691) of Bình Phước, which no other test fills. */
class VenueOfficialsTest extends VenueTestSupport {

    @Autowired
    Venues venues;

    @Test
    void onlyAHealthOfficialOfTheAreaMayMakeAnEligibleVenuePrivileged() {
        TestHttp.Token owner = owner();
        Map<String, Object> hospital = venue("1 Đường " + uniqueStreet());
        hospital.put("category", "HOSPITAL");
        hospital.put("privileged", true);
        JsonNode registered = register(owner, hospital);
        long id = registered.path("id").asLong();
        assertThat(registered.path("venue").path("privileged").asBoolean()).as("the owner cannot set it").isFalse();

        assertProblem(http().post("/api/v1/venues/" + id + "/privilege").bearer(owner.token()).send(), 403, "forbidden");
        TestHttp.Token hanoiTracer = official(Role.CONTACT_TRACER, "01");
        assertProblem(http().post("/api/v1/venues/" + id + "/privilege").bearer(hanoiTracer.token()).send(), 403, "forbidden");
        TestHttp.Token unitAdmin = official(Role.UNIT_ADMIN, PROVINCE);
        assertProblem(http().post("/api/v1/venues/" + id + "/privilege").bearer(unitAdmin.token()).send(), 403, "forbidden");
        assertThat(venues.find(id).privileged()).isFalse();

        TestHttp.Token tracer = official(Role.CONTACT_TRACER, PROVINCE);
        TestHttp.Response granted = http().post("/api/v1/venues/" + id + "/privilege").bearer(tracer.token()).send();
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        assertThat(granted.json().path("privileged").asBoolean()).isTrue();
        assertThat(venues.find(id).privileged()).isTrue();
        assertThat(jdbc.sql("select privileged_by from venue where id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(tracer.personId());
        assertThat(jdbc.sql("select privileged_at is not null from venue where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();

        // Editing as the owner leaves the privilege as the official set it.
        assertThat(http().put("/api/v1/venues/" + id).bearer(owner.token()).json(hospital).send().json()
                .path("privileged").asBoolean()).isTrue();
        assertProblem(http().delete("/api/v1/venues/" + id + "/privilege").bearer(owner.token()).send(), 403, "forbidden");
        TestHttp.Token national = official(Role.NATIONAL_ADMIN, "VN");
        assertThat(http().delete("/api/v1/venues/" + id + "/privilege").bearer(national.token()).send().json()
                .path("privileged").asBoolean()).isFalse();
        assertThat(venues.find(id).privileged()).isFalse();

        long restaurant = registerVenue(owner, venue("2 Đường " + uniqueStreet()));
        assertProblem(http().post("/api/v1/venues/" + restaurant + "/privilege").bearer(tracer.token()).send(),
                409, "venue.privilege-category");
        assertThat(venues.find(restaurant).privileged()).isFalse();
    }

    @Test
    void countsPerCategoryAndChildUnit() {
        String district = "691";
        List<String> communes = jdbc.sql("select code from geo_unit where parent_code = :d order by code")
                .param("d", district).query(String.class).list();
        TestHttp.Token owner = owner();
        long suspended = 0;
        for (String[] spec : new String[][] {{communes.get(0), "RESTAURANT"}, {communes.get(0), "RESTAURANT"},
                {communes.get(0), "SCHOOL"}, {communes.get(1), "RESTAURANT"}}) {
            Map<String, Object> fields = venue("4 Đường " + uniqueStreet());
            fields.put("unitCode", spec[0]);
            fields.put("category", spec[1]);
            long id = registerVenue(owner, fields);
            if (spec[1].equals("SCHOOL")) {
                http().post("/api/v1/venues/" + id + "/suspend").bearer(owner.token()).send();
                suspended = id;
            }
        }
        assertThat(suspended).isPositive();
        assertThat(venues.countByCategory(district)).containsExactlyInAnyOrder(
                new VenueCount(communes.get(0), VenueCategory.RESTAURANT, 2, 0),
                new VenueCount(communes.get(0), VenueCategory.SCHOOL, 1, 1),
                new VenueCount(communes.get(1), VenueCategory.RESTAURANT, 1, 0));
        assertThat(venues.countByCategory(communes.get(1)))
                .containsExactly(new VenueCount(communes.get(1), VenueCategory.RESTAURANT, 1, 0));
        assertThat(venues.countByCategory(PROVINCE)).contains(new VenueCount(district, VenueCategory.SCHOOL, 1, 1));

        TestHttp.Token tracer = official(Role.CONTACT_TRACER, district);
        TestHttp.Response stats = http().get("/api/v1/admin/units/" + district + "/venues/stats").bearer(tracer.token()).send();
        assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
        assertThat(stats.json().values()).hasSize(3);
        assertProblem(http().get("/api/v1/admin/units/" + district + "/venues/stats").bearer(owner.token()).send(),
                403, "forbidden");
        assertProblem(http().get("/api/v1/admin/units/" + PROVINCE + "/venues/stats").bearer(tracer.token()).send(),
                403, "forbidden");
        assertThat(http().get("/api/v1/admin/units/" + district + "/venues/stats")
                .bearer(official(Role.UNIT_ADMIN, district).token()).send().status()).isEqualTo(200);
    }

    @Test
    void theUnitPageListsVenuesMaskedWithPrivilegeButtonsForHealthOfficials() {
        String ownerPhone = TestHttp.randomPhone();
        TestHttp.Token owner = http().signInApi(ownerPhone);
        Map<String, Object> fields = venue("6 Đường " + uniqueStreet());
        fields.put("category", "CHECKPOINT");
        fields.put("name", "Chốt kiểm soát Tân Phú " + owner.personId());
        long id = registerVenue(owner, fields);

        String tracerPhone = TestHttp.randomPhone();
        TestHttp.Token tracerToken = http().signInApi(tracerPhone);
        http().grant(tracerToken.personId(), Role.CONTACT_TRACER, DISTRICT);
        TestHttp.Browser tracer = http().signInBrowser(tracerPhone);
        TestHttp.Response page = http().get("/admin/units/" + COMMUNE + "/venues?page=0").html().session(tracer.session()).send();
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body()).contains((String) fields.get("name")).contains("Phường Tân Phú")
                .contains(ownerPhone.substring(0, 2) + "******" + ownerPhone.substring(8)).doesNotContain(ownerPhone)
                .contains("/admin/venues/" + id + "/privilege");
        TestHttp.Response granted = http().post("/admin/venues/" + id + "/privilege?unit=" + COMMUNE).html()
                .session(tracer.session()).form(Map.of("_csrf", page.csrfToken())).send();
        assertThat(granted.status()).isEqualTo(302);
        assertThat(venues.find(id).privileged()).isTrue();

        TestHttp.Browser admin = http().signInBrowser(TestHttp.randomPhone());
        assertThat(http().get("/admin/units/" + COMMUNE + "/venues").html().session(admin.session()).send().status())
                .isEqualTo(403);
    }
}
