package vn.greenzone.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;
import static vn.greenzone.TestHttp.international;
import static vn.greenzone.TestHttp.randomPhone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import tools.jackson.databind.JsonNode;
import vn.greenzone.IntegrationTest;
import vn.greenzone.TestHttp;
import vn.greenzone.TestHttp.Response;

/**
 * Who may open which page and call which endpoint, where: every protected route × every role (and
 * nobody) × a unit inside the holder's jurisdiction and one outside it. Official roles are held on
 * Tỉnh Bình Phước (70); "inside" is Thành phố Đồng Xoài (689) in it, "outside" Quận Ba Đình (001) in Hà Nội.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest extends IntegrationTest {

    private static final String PROVINCE = "70";
    private static final String INSIDE = "689";
    private static final String OUTSIDE = "001";
    private static final String COMMUNE_INSIDE = "25195";

    /** Someone knocking: a role (null for nobody), a bearer token and a browser session. */
    record Actor(String name, Role role, String phone, long personId, String token, String session, String csrf) {
    }

    /** Where a request points: a unit inside the actors' jurisdiction, one outside, or no unit at all. */
    enum Place {
        INSIDE_UNIT(INSIDE), OUTSIDE_UNIT(OUTSIDE), NO_UNIT(null);

        final String unit;

        Place(String unit) {
            this.unit = unit;
        }

        boolean inside() {
            return this != OUTSIDE_UNIT;
        }
    }

    interface Probe {
        String run(Actor actor, String unit);
    }

    interface Expectation {
        String of(Role role, Place place);
    }

    record Route(String name, boolean perUnit, Probe probe, Expectation expected) {
    }

    private final Map<String, Actor> actors = new LinkedHashMap<>();

    @BeforeAll
    void signEveryoneIn() {
        TestHttp.Browser anonymous = http().anonymousBrowser();
        actors.put("anonymous", new Actor("anonymous", null, null, 0, null, anonymous.session(), anonymous.csrf()));
        for (Role role : Role.values()) {
            actors.put(role.name(), actor(role, role == Role.NATIONAL_ADMIN ? "VN" : role.official() ? PROVINCE : null));
        }
    }

    private Actor actor(Role role, String unit) {
        String phone = randomPhone();
        TestHttp.Token token = http().signInApi(phone);
        grant(token.personId(), role, unit);
        TestHttp.Browser browser = http().signInBrowser(phone);
        return new Actor(role.name(), role, phone, token.personId(), token.token(), browser.session(), browser.csrf());
    }

    private long grant(long personId, Role role, String unit) {
        return http().grant(personId, role, unit);
    }

    private long freshPerson() {
        return jdbc.sql("insert into person (phone) values (:phone) returning id")
                .param("phone", international(randomPhone())).query(Long.class).single();
    }

    private boolean grantExists(long id) {
        return jdbc.sql("select count(*) from role_grant where id = :id").param("id", id).query(Long.class).single() == 1;
    }

    private long grantsOfPhone(String phone) {
        return jdbc.sql("select count(*) from role_grant g join person p on p.id = g.person_id where p.phone = :phone")
                .param("phone", international(phone)).query(Long.class).single();
    }

    // ---------------------------------------------------------------- outcomes

    /** An API answer in short: the status, and for errors the problem code (or a note that it is no problem). */
    private static String api(Response response) {
        if (response.status() < 400) {
            return Integer.toString(response.status());
        }
        if (!response.contentType().startsWith("application/problem+json")) {
            return response.status() + " not-a-problem(" + response.contentType() + ")";
        }
        JsonNode problem = response.json();
        String body = response.body();
        String leak = body.contains("Exception") || body.contains("at vn.greenzone") ? " LEAK" : "";
        return response.status() + " " + problem.path("code").asString() + leak;
    }

    /** A page answer in short: the status, where a redirect leads, and whether an error came as HTML. */
    private static String page(Response response) {
        if (response.status() >= 300 && response.status() < 400) {
            return response.status() + " " + response.locationPath();
        }
        if (response.status() >= 400 && !response.contentType().startsWith("text/html")) {
            return response.status() + " not-html(" + response.contentType() + ")";
        }
        return Integer.toString(response.status());
    }

    private static boolean administers(Role role, Place place) {
        return role == Role.NATIONAL_ADMIN || role == Role.UNIT_ADMIN && place.inside();
    }

    // ---------------------------------------------------------------- the routes

    private List<Route> routes() {
        var routes = new ArrayList<Route>();

        // JSON API (bearer token)
        routes.add(new Route("API GET /api/v1/me", false,
                (actor, unit) -> api(http().get("/api/v1/me").bearer(actor.token()).send()),
                (role, place) -> role == null ? "401 unauthenticated" : "200"));
        routes.add(new Route("API PUT /api/v1/me", false,
                (actor, unit) -> api(http().put("/api/v1/me").bearer(actor.token())
                        .json(Map.of("fullName", "Người Thử " + actor.name(), "residenceUnit", COMMUNE_INSIDE)).send()),
                (role, place) -> role == null ? "401 unauthenticated" : "200"));
        routes.add(new Route("API GET /api/v1/admin/units/{code}/people", true,
                (actor, unit) -> api(http().get("/api/v1/admin/units/" + unit + "/people").bearer(actor.token()).send()),
                (role, place) -> role == null ? "401 unauthenticated" : administers(role, place) ? "200" : "403 forbidden"));
        routes.add(new Route("API GET /api/v1/admin/units/{code}/roles", true,
                (actor, unit) -> api(http().get("/api/v1/admin/units/" + unit + "/roles").bearer(actor.token()).send()),
                (role, place) -> role == null ? "401 unauthenticated" : administers(role, place) ? "200" : "403 forbidden"));
        routes.add(new Route("API POST /api/v1/admin/units/{code}/roles", true, (actor, unit) -> {
            String phone = randomPhone();
            String outcome = api(http().post("/api/v1/admin/units/" + unit + "/roles").bearer(actor.token())
                    .json(Map.of("phone", phone, "role", "CONTACT_TRACER")).send());
            return outcome + (grantsOfPhone(phone) > 0 ? " +grant" : "");
        }, (role, place) -> role == null ? "401 unauthenticated" : administers(role, place) ? "201 +grant" : "403 forbidden"));
        routes.add(new Route("API DELETE /api/v1/admin/roles/{id}", true, (actor, unit) -> {
            long grant = grant(freshPerson(), Role.CONTACT_TRACER, unit);
            String outcome = api(http().delete("/api/v1/admin/roles/" + grant).bearer(actor.token()).send());
            return outcome + (grantExists(grant) ? "" : " -grant");
        }, (role, place) -> role == null ? "401 unauthenticated" : administers(role, place) ? "204 -grant" : "403 forbidden"));

        // Web pages (session cookie, CSRF on posts)
        routes.add(new Route("PAGE GET /me", false,
                (actor, unit) -> page(http().get("/me").html().session(actor.session()).send()),
                (role, place) -> role == null ? "302 /login" : "200"));
        routes.add(new Route("PAGE GET /admin", false,
                (actor, unit) -> page(http().get("/admin").html().session(actor.session()).send()),
                (role, place) -> role == null ? "302 /login"
                        : role == Role.NATIONAL_ADMIN ? "302 /admin/units/VN"
                        : role == Role.UNIT_ADMIN ? "302 /admin/units/" + PROVINCE : "403"));
        routes.add(new Route("PAGE GET /admin/units/{code}", true,
                (actor, unit) -> page(http().get("/admin/units/" + unit).html().session(actor.session()).send()),
                (role, place) -> role == null ? "302 /login" : administers(role, place) ? "200" : "403"));
        routes.add(new Route("PAGE POST /admin/units/{code}/roles", true, (actor, unit) -> {
            String phone = randomPhone();
            String outcome = page(http().post("/admin/units/" + unit + "/roles").html().session(actor.session())
                    .form(Map.of("phone", phone, "role", "CONTACT_TRACER", "_csrf", actor.csrf())).send());
            return outcome + (grantsOfPhone(phone) > 0 ? " +grant" : "");
        }, (role, place) -> role == null ? "302 /login"
                : administers(role, place) ? "302 /admin/units/" + place.unit + " +grant" : "403"));
        routes.add(new Route("PAGE POST /admin/roles/{id}/revoke", true, (actor, unit) -> {
            long grant = grant(freshPerson(), Role.CONTACT_TRACER, unit);
            String outcome = page(http().post("/admin/roles/" + grant + "/revoke?unit=" + unit).html()
                    .session(actor.session()).form(Map.of("_csrf", actor.csrf())).send());
            return outcome + (grantExists(grant) ? "" : " -grant");
        }, (role, place) -> role == null ? "302 /login"
                : administers(role, place) ? "302 /admin/units/" + place.unit + " -grant" : "403"));
        routes.add(new Route("PAGE GET /admin/outbox", false,
                (actor, unit) -> page(http().get("/admin/outbox").html().session(actor.session()).send()),
                (role, place) -> role == null ? "302 /login" : role == Role.NATIONAL_ADMIN ? "200" : "403"));
        routes.add(new Route("API POST /api/v1/campaigns/preview", true,
                (actor, unit) -> api(http().post("/api/v1/campaigns/preview").bearer(actor.token())
                        .json(Map.of("unitCode", unit, "group", "EVERYONE")).send()),
                (role, place) -> role == null ? "401 unauthenticated" : administers(role, place) ? "200" : "403 forbidden"));
        routes.add(new Route("PAGE GET /campaigns", true,
                (actor, unit) -> page(http().get("/campaigns?unit=" + unit).html().session(actor.session()).send()),
                (role, place) -> role == null ? "302 /login" : administers(role, place) ? "200" : "403"));
        return routes;
    }

    @Test
    void everyRouteForEveryRoleInsideAndOutside() {
        List<String> mismatches = new ArrayList<>();
        var table = new StringBuilder();
        List<String> columns = new ArrayList<>(actors.keySet());
        table.append("%-46s %-13s".formatted("route", "unit"));
        columns.forEach(column -> table.append(" | ").append("%-28s".formatted(column)));
        table.append('\n');
        int cells = 0;
        for (Route route : routes()) {
            List<Place> places = route.perUnit() ? List.of(Place.INSIDE_UNIT, Place.OUTSIDE_UNIT) : List.of(Place.NO_UNIT);
            for (Place place : places) {
                table.append("%-46s %-13s".formatted(route.name(), place.unit == null ? "-" : place.unit));
                for (Actor actor : actors.values()) {
                    String expected = route.expected().of(actor.role(), place);
                    String actual = route.probe().run(actor, place.unit);
                    cells++;
                    String cell = actual.equals(expected) ? actual : actual + " ≠ " + expected;
                    table.append(" | ").append("%-28s".formatted(cell));
                    if (!actual.equals(expected)) {
                        mismatches.add("%s on %s as %s: expected [%s] but got [%s]"
                                .formatted(route.name(), place.unit, actor.name(), expected, actual));
                    }
                }
                table.append('\n');
            }
        }
        assertThat(cells).as("cells of the matrix").isEqualTo(cellCount()).isEqualTo(23 * 11);
        assertThat(mismatches)
                .as("Access matrix (cells: actual, or actual ≠ expected):%n%s%nMismatches:%n%s", table,
                        String.join("\n", mismatches))
                .isEmpty();
    }

    private int cellCount() {
        int rows = 0;
        for (Route route : routes()) {
            rows += route.perUnit() ? 2 : 1;
        }
        return rows * actors.size();
    }

    // ---------------------------------------------------------------- granting and revoking

    @Test
    void aUnitAdministratorCannotMakeANationalAdministrator() {
        Actor admin = actors.get(Role.UNIT_ADMIN.name());
        for (String unit : List.of(INSIDE, PROVINCE)) {
            String phone = randomPhone();
            Response response = http().post("/api/v1/admin/units/" + unit + "/roles").bearer(admin.token())
                    .json(Map.of("phone", phone, "role", "NATIONAL_ADMIN")).send();
            assertProblem(response, 403, "forbidden");
            assertThat(grantsOfPhone(phone)).isZero();
        }
        String phone = randomPhone();
        Response form = http().post("/admin/units/" + PROVINCE + "/roles").html().session(admin.session())
                .form(Map.of("phone", phone, "role", "NATIONAL_ADMIN", "_csrf", admin.csrf())).send();
        assertThat(form.status()).as(form.toString()).isEqualTo(403);
        assertThat(grantsOfPhone(phone)).isZero();

        // The grant form offers the role only to those who may grant it.
        Response unitPage = http().get("/admin/units/" + PROVINCE).html().session(admin.session()).send();
        assertThat(unitPage.status()).isEqualTo(200);
        assertThat(unitPage.body()).contains("value=\"CONTACT_TRACER\"").doesNotContain("value=\"NATIONAL_ADMIN\"");
        Actor national = actors.get(Role.NATIONAL_ADMIN.name());
        Response nationalPage = http().get("/admin/units/" + PROVINCE).html().session(national.session()).send();
        assertThat(nationalPage.body()).contains("value=\"NATIONAL_ADMIN\"");
    }

    @Test
    void aUnitAdministratorCannotRevokeANationalAdministrator() {
        Actor admin = actors.get(Role.UNIT_ADMIN.name());
        long nationalGrant = grant(freshPerson(), Role.NATIONAL_ADMIN, "VN");
        assertProblem(http().delete("/api/v1/admin/roles/" + nationalGrant).bearer(admin.token()).send(), 403, "forbidden");
        assertThat(grantExists(nationalGrant)).isTrue();
    }

    @Test
    void onlyOfficialRolesCanBeGranted() {
        Actor admin = actors.get(Role.UNIT_ADMIN.name());
        for (Role role : List.of(Role.CITIZEN, Role.VENUE_OWNER, Role.VENUE_STAFF)) {
            String phone = randomPhone();
            Response response = http().post("/api/v1/admin/units/" + INSIDE + "/roles").bearer(admin.token())
                    .json(Map.of("phone", phone, "role", role.name())).send();
            JsonNode problem = assertProblem(response, 400, "role.not-official");
            assertThat(problem.path("detail").asString())
                    .isEqualTo("Chỉ được cấp vai trò của cán bộ (truy vết, cách ly, quản trị, tổng đài, kiểm toán, thanh tra).");
            assertThat(grantsOfPhone(phone)).isZero();
        }
        String phone = randomPhone();
        Response form = http().post("/admin/units/" + INSIDE + "/roles").html().session(admin.session())
                .form(Map.of("phone", phone, "role", "CITIZEN", "_csrf", admin.csrf())).send();
        assertThat(form.status()).as(form.toString()).isEqualTo(400);
        assertThat(form.body()).contains("Chỉ được cấp vai trò của cán bộ");
        assertThat(grantsOfPhone(phone)).isZero();
    }

    @Test
    void aNationalAdministratorMayMakeAnother() {
        Actor national = actors.get(Role.NATIONAL_ADMIN.name());
        String phone = randomPhone();
        Response response = http().post("/api/v1/admin/units/VN/roles").bearer(national.token())
                .json(Map.of("phone", phone, "role", "NATIONAL_ADMIN")).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        assertThat(response.json().path("role").asString()).isEqualTo("NATIONAL_ADMIN");
        assertThat(response.json().path("unitCode").asString()).isEqualTo("VN");
        assertThat(response.json().path("phone").asString()).isEqualTo(phone.substring(0, 2) + "******" + phone.substring(8));
        assertThat(grantsOfPhone(phone)).isEqualTo(1);
    }

    @Test
    void jurisdictionReachesDownButNotUp() {
        String phone = randomPhone();
        TestHttp.Token token = http().signInApi(phone);
        grant(token.personId(), Role.UNIT_ADMIN, INSIDE);
        assertThat(http().get("/api/v1/admin/units/" + INSIDE + "/roles").bearer(token.token()).send().status()).isEqualTo(200);
        assertThat(http().get("/api/v1/admin/units/" + COMMUNE_INSIDE + "/roles").bearer(token.token()).send().status())
                .isEqualTo(200);
        assertProblem(http().get("/api/v1/admin/units/" + PROVINCE + "/roles").bearer(token.token()).send(), 403, "forbidden");
        assertProblem(http().get("/api/v1/admin/units/VN/roles").bearer(token.token()).send(), 403, "forbidden");
        // A sibling district of the same province.
        String sibling = http().get("/api/v1/units/" + PROVINCE + "/children").send().json().values().stream()
                .map(unit -> unit.path("code").asString()).filter(code -> !code.equals(INSIDE)).findFirst().orElseThrow();
        assertProblem(http().get("/api/v1/admin/units/" + sibling + "/roles").bearer(token.token()).send(), 403, "forbidden");
    }

    @Test
    void aRevokedRoleStopsWorkingOnTheNextRequest() {
        String phone = randomPhone();
        TestHttp.Token token = http().signInApi(phone);
        long grant = grant(token.personId(), Role.UNIT_ADMIN, PROVINCE);
        TestHttp.Browser browser = http().signInBrowser(phone);

        assertThat(http().get("/api/v1/admin/units/" + INSIDE + "/people").bearer(token.token()).send().status()).isEqualTo(200);
        assertThat(http().get("/admin/units/" + INSIDE).html().session(browser.session()).send().status()).isEqualTo(200);
        Response admin = http().get("/admin").html().session(browser.session()).send();
        assertThat(admin.status()).isEqualTo(302);
        assertThat(admin.locationPath()).isEqualTo("/admin/units/" + PROVINCE);
        assertThat(http().get("/").html().session(browser.session()).send().body()).contains("href=\"/admin\"");

        Actor national = actors.get(Role.NATIONAL_ADMIN.name());
        Response revoked = http().delete("/api/v1/admin/roles/" + grant).bearer(national.token()).send();
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(204);

        // Withdrawal signs the holder out everywhere (SignOutApiTest); signed in again, the role is gone.
        assertProblem(http().get("/api/v1/admin/units/" + INSIDE + "/people").bearer(token.token()).send(), 401,
                "unauthenticated");
        TestHttp.Token again = http().signInApi(phone);
        TestHttp.Browser browserAgain = http().signInBrowser(phone);
        assertProblem(http().get("/api/v1/admin/units/" + INSIDE + "/people").bearer(again.token()).send(), 403, "forbidden");
        assertThat(http().get("/admin/units/" + INSIDE).html().session(browserAgain.session()).send().status()).isEqualTo(403);
        assertThat(http().get("/admin").html().session(browserAgain.session()).send().status()).isEqualTo(403);
        assertThat(http().get("/").html().session(browserAgain.session()).send().body()).doesNotContain("href=\"/admin\"");
        JsonNode me = http().get("/api/v1/me").bearer(again.token()).send().json();
        assertThat(me.path("roles").values()).extracting(role -> role.path("role").asString()).doesNotContain("UNIT_ADMIN");
    }

    @Test
    void aNewlyGrantedRoleWorksOnTheNextRequestWithoutSigningInAgain() {
        String phone = randomPhone();
        TestHttp.Token token = http().signInApi(phone);
        TestHttp.Browser browser = http().signInBrowser(phone);
        assertProblem(http().get("/api/v1/admin/units/" + INSIDE + "/roles").bearer(token.token()).send(), 403, "forbidden");
        assertThat(http().get("/admin/units/" + INSIDE).html().session(browser.session()).send().status()).isEqualTo(403);

        Actor national = actors.get(Role.NATIONAL_ADMIN.name());
        Response granted = http().post("/api/v1/admin/units/" + INSIDE + "/roles").bearer(national.token())
                .json(Map.of("phone", phone, "role", "UNIT_ADMIN")).send();
        assertThat(granted.status()).as(granted.toString()).isEqualTo(201);

        assertThat(http().get("/api/v1/admin/units/" + INSIDE + "/roles").bearer(token.token()).send().status()).isEqualTo(200);
        assertThat(http().get("/admin/units/" + INSIDE).html().session(browser.session()).send().status()).isEqualTo(200);
    }
}
