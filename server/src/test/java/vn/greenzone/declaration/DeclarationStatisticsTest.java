package vn.greenzone.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/** Declarations per day, per unit directly below the one asked about, by kind: counts, never people. */
class DeclarationStatisticsTest extends DeclarationFixtures {

    /** Phường Tân Đồng, the other ward of Đồng Xoài the tests use. */
    private static final String OTHER_COMMUNE = "25198";

    private long count(TestHttp.Token official, String unit, String child, String kind) {
        String day = today().toString();
        TestHttp.Response stats = http().get("/api/v1/declarations/stats?unit=" + unit + "&from=" + day + "&to=" + day)
                .bearer(official.token()).send();
        assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
        long total = 0;
        for (JsonNode row : stats.json()) {
            assertThat(row.path("day").asString()).isEqualTo(day);
            if (row.path("unitCode").asString().equals(child) && row.path("kind").asString().equals(kind)) {
                total += row.path("declarations").asLong();
            }
        }
        return total;
    }

    @Test
    void declarationsAreCountedPerDayPerChildUnitAndKind() {
        TestHttp.Token admin = official(Role.UNIT_ADMIN, DISTRICT);
        TestHttp.Token province = official(Role.CONTACT_TRACER, "70");
        long communeDaily = count(admin, DISTRICT, COMMUNE, "DAILY");
        long otherDaily = count(admin, DISTRICT, OTHER_COMMUNE, "DAILY");
        long districtDaily = count(province, "70", DISTRICT, "DAILY");
        long districtTravel = count(province, "70", DISTRICT, "DOMESTIC_TRAVEL");

        TestHttp.Token resident = person("Số Văn Đếm");
        declared(resident, daily("Số Văn Đếm"));
        declared(resident, daily("Số Văn Đếm"));
        declared(resident, with(daily("Số Văn Đếm"), "unitCode", OTHER_COMMUNE));
        declared(resident, with(with(daily("Số Văn Đếm"), "kind", "DOMESTIC_TRAVEL"), "travel", Map.of("vehicle", "CAR",
                "departureUnit", "79", "arrivalUnit", "70", "departureDate", today().toString(),
                "arrivalDate", today().toString())));

        assertThat(count(admin, DISTRICT, COMMUNE, "DAILY")).isEqualTo(communeDaily + 2);
        assertThat(count(admin, DISTRICT, OTHER_COMMUNE, "DAILY")).isEqualTo(otherDaily + 1);
        assertThat(count(province, "70", DISTRICT, "DAILY")).as("wards add up in their district").isEqualTo(districtDaily + 3);
        assertThat(count(province, "70", DISTRICT, "DOMESTIC_TRAVEL")).isEqualTo(districtTravel + 1);
    }

    @Test
    void onlyOfficialsOfTheUnitAskAndThePeriodIsChecked() {
        String day = today().toString();
        assertProblem(http().get("/api/v1/declarations/stats?unit=70&from=" + day + "&to=" + day)
                .bearer(person("Dân Hỏi Số").token()).send(), 403, "forbidden");
        TestHttp.Token admin = official(Role.UNIT_ADMIN, DISTRICT);
        assertProblem(http().get("/api/v1/declarations/stats?unit=" + DISTRICT + "&from=" + day + "&to="
                + today().minusDays(1)).bearer(admin.token()).send(), 400, "declaration.period-invalid");
        assertProblem(http().get("/api/v1/declarations/stats?unit=" + DISTRICT + "&from=" + today().minusDays(92) + "&to="
                + day).bearer(admin.token()).send(), 400, "declaration.period-invalid");
        assertThat(http().get("/api/v1/declarations/stats?unit=" + DISTRICT + "&from=" + today().minusDays(91) + "&to="
                + day).bearer(admin.token()).send().status()).isEqualTo(200);
        assertProblem(http().get("/api/v1/declarations/stats?unit=" + DISTRICT + "&from=soon&to=" + day)
                .bearer(admin.token()).send(), 400, "invalid-parameter");
        assertProblem(http().get("/api/v1/declarations/stats?unit=" + DISTRICT + "&to=" + day)
                .bearer(admin.token()).send(), 400, "missing-parameter");
    }
}
