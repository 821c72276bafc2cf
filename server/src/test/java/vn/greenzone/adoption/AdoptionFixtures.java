package vn.greenzone.adoption;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;

import vn.greenzone.IntegrationTest;
import vn.greenzone.TestHttp;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.Role;

/** Administrators and files as the Department and the operators send them; each test keeps to its own province. */
abstract class AdoptionFixtures extends IntegrationTest {

    static final String CSV = "text/csv";

    @Autowired
    UnitDirectory units;

    @Autowired
    AdoptionAdministration administration;

    LocalDate today() {
        return administration.today();
    }

    TestHttp.Token admin(String unit) {
        TestHttp.Token token = http().signInApi(TestHttp.randomPhone());
        http().grant(token.personId(), Role.UNIT_ADMIN, unit);
        return token;
    }

    /** The first communes of a district, by code. */
    List<String> communes(String district, int count) {
        return units.children(district).stream().map(unit -> unit.code()).sorted().limit(count).toList();
    }

    TestHttp.Response upload(TestHttp.Token token, String unit, String kind, String csv) {
        return http().post("/api/v1/units/" + unit + "/" + kind).bearer(token.token()).raw(CSV, csv).send();
    }

    void assertStored(TestHttp.Response response, int rows) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("rows").asInt()).isEqualTo(rows);
    }
}
