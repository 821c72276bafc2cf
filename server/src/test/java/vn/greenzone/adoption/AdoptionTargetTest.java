package vn.greenzone.adoption;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;

/**
 * Targets in Tỉnh Lào Cai (Si Ma Cai's seed: over 50 % of smartphones): a child inherits the nearest target above
 * it unless it has its own, and progress says how many are missing and how many a day the deadline needs, against
 * what the last week added.
 */
class AdoptionTargetTest extends AdoptionFixtures {

    private static final String PROVINCE = "10";
    private static final String SI_MA_CAI = "084";

    @Test
    void childrenInheritTheNearestTargetAndProgressSaysHowFastTheDeadlineNeeds() {
        TestHttp.Token province = admin(PROVINCE);
        TestHttp.Token district = admin(SI_MA_CAI);
        String commune = communes(SI_MA_CAI, 1).getFirst();
        LocalDate asOf = today().minusDays(1);
        LocalDate weekBefore = asOf.minusDays(7);
        assertStored(upload(province, PROVINCE, "smartphones", "unit code,date,operator,smartphones\n"
                + commune + "," + asOf + ",Viettel,600\n" + commune + "," + asOf + ",MobiFone,400\n"), 2);
        assertStored(upload(district, SI_MA_CAI, "installs", "unit code,date,installs\n"
                + commune + "," + weekBefore + ",430\n" + commune + "," + asOf + ",500\n"), 2);

        assertThat(setTarget(province, PROVINCE, "SMARTPHONES", 50, today().plusDays(9)).status()).isEqualTo(200);
        JsonNode inherited = http().get("/api/v1/units/" + commune + "/adoption/target").bearer(district.token())
                .send().json();
        assertThat(inherited.path("inherited").asBoolean()).isTrue();
        assertThat(inherited.path("target").path("unitCode").asString()).isEqualTo(PROVINCE);
        JsonNode met = progress(district, commune, asOf);
        assertThat(met.path("goal").asLong()).isEqualTo(500);
        assertThat(met.path("missing").asLong()).isZero();

        // the district is stricter than the province: its own target, which its communes now inherit
        assertThat(setTarget(district, SI_MA_CAI, "SMARTPHONES", 80, today().plusDays(9)).status()).isEqualTo(200);
        JsonNode behind = progress(district, commune, asOf);
        assertThat(behind.path("target").path("unitCode").asString()).isEqualTo(SI_MA_CAI);
        assertThat(behind.path("inherited").asBoolean()).isTrue();
        assertThat(behind.path("goal").asLong()).isEqualTo(800);
        assertThat(behind.path("missing").asLong()).isEqualTo(300);
        assertThat(behind.path("daysLeft").asLong()).isEqualTo(10);
        assertThat(behind.path("neededPerDay").asLong()).isEqualTo(30);
        assertThat(behind.path("pacePerDay").asDouble()).isEqualTo(10.0);
        JsonNode districtDashboard = http().get("/api/v1/units/" + SI_MA_CAI + "/adoption?to=" + asOf)
                .bearer(district.token()).send().json();
        assertThat(districtDashboard.path("progress").path("inherited").asBoolean()).isFalse();
        JsonNode row = districtDashboard.path("children").valueStream()
                .filter(child -> child.path("unit").path("code").asString().equals(commune)).findFirst().orElseThrow();
        assertThat(row.path("progress").path("neededPerDay").asLong()).isEqualTo(30);

        // removing the district's own target hands its communes back to the province's
        assertThat(http().delete("/api/v1/units/" + SI_MA_CAI + "/adoption/target").bearer(district.token()).send()
                .status()).isEqualTo(204);
        assertThat(progress(district, commune, asOf).path("target").path("unitCode").asString()).isEqualTo(PROVINCE);
    }

    @Test
    void targetsOutOfRangeInThePastIncompleteOrAboveOnesUnitAreRefused() {
        TestHttp.Token district = admin(SI_MA_CAI);
        assertProblem(setTarget(district, SI_MA_CAI, "SMARTPHONES", 0, today().plusDays(5)), 400,
                "adoption.target-percent");
        assertProblem(setTarget(district, SI_MA_CAI, "SMARTPHONES", 101, today().plusDays(5)), 400,
                "adoption.target-percent");
        assertProblem(setTarget(district, SI_MA_CAI, "RESIDENTS", 50, today().minusDays(1)), 400,
                "adoption.target-deadline-past");
        assertThat(assertProblem(http().put("/api/v1/units/" + SI_MA_CAI + "/adoption/target")
                .bearer(district.token()).json(Map.of("percent", 50)).send(), 400, "adoption.target-incomplete")
                .path("fields")).hasSize(2);
        assertProblem(setTarget(district, PROVINCE, "SMARTPHONES", 50, today().plusDays(5)), 403, "forbidden");
        assertProblem(http().put("/api/v1/units/" + SI_MA_CAI + "/adoption/target").bearer(district.token())
                .json(Map.of("basis", "EVERYONE", "percent", 50, "deadline", today().plusDays(5).toString())).send(),
                400, "malformed-json");
        assertProblem(http().delete("/api/v1/units/" + SI_MA_CAI + "/adoption/target").bearer(district.token()).send(),
                404, "adoption.target-not-found");
    }

    @Test
    void theDashboardPageRefusesABadTargetOnItsFormInBothLanguagesAndOtherUnitsWithTheErrorPage() {
        TestHttp.Token district = admin(SI_MA_CAI);
        TestHttp.Browser browser = http().signInBrowser(http().nationalPhone(district.personId()));
        Map<String, String> form = Map.of("basis", "SMARTPHONES", "percent", "0", "deadline",
                today().plusDays(3).toString(), "_csrf", browser.csrf());
        TestHttp.Response refused = http().post("/adoption/" + SI_MA_CAI + "/target").session(browser.session())
                .html().form(form).send();
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.body()).contains("Tỷ lệ mục tiêu phải lớn hơn 0 và không quá 100").contains("id=\"target-form\"");
        TestHttp.Response english = http().post("/adoption/" + SI_MA_CAI + "/target?lang=en")
                .session(browser.session()).html().form(form).send();
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.body()).contains("A target must be above 0 and at most 100 percent");
        assertThat(http().get("/adoption/" + PROVINCE).session(browser.session()).html().send().status())
                .isEqualTo(403);
        TestHttp.Response dashboard = http().get("/adoption").session(browser.session()).html().send();
        assertThat(dashboard.locationPath()).isEqualTo("/adoption/" + SI_MA_CAI);
        assertThat(jdbc.sql("select count(*) from adoption_target where unit_code = :unit").param("unit", SI_MA_CAI)
                .query(Long.class).single()).isZero();
    }

    private TestHttp.Response setTarget(TestHttp.Token token, String unit, String basis, int percent, LocalDate deadline) {
        return http().put("/api/v1/units/" + unit + "/adoption/target").bearer(token.token())
                .json(Map.of("basis", basis, "percent", percent, "deadline", deadline.toString())).send();
    }

    private JsonNode progress(TestHttp.Token token, String unit, LocalDate asOf) {
        TestHttp.Response response = http().get("/api/v1/units/" + unit + "/adoption?from=" + asOf.minusDays(10)
                + "&to=" + asOf).bearer(token.token()).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().path("progress");
    }

}
