package vn.greenzone.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/** The pages' refusals: on the form, in the reader's language, with a fitting status, nothing stored. */
class OrganisationPagesTest extends OrganisationFixtures {

    @Test
    void theRegistrationAndTargetFormsSayWhatIsWrongAndOthersAreRefused() {
        TestHttp.Token admin = official(Role.UNIT_ADMIN, DISTRICT);
        TestHttp.Browser browser = http().signInBrowser(http().nationalPhone(admin.personId()));
        TestHttp.Response list = http().get("/organisations?lang=en").session(browser.session()).html().send();
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Register an organisation").contains("Huyện Phú Riềng");

        String name = "Trường Tiểu học Phú Trung " + System.nanoTime();
        var form = new HashMap<>(Map.of("_csrf", list.csrfToken(), "name", name, "kind", "SCHOOL", "unitCode", COMMUNE,
                "headPhone", "0123", "headName", "Hiệu Trưởng"));
        TestHttp.Response refused = http().post("/organisations?lang=en").session(browser.session()).html().form(form)
                .send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"error\"").contains(name).doesNotContain("Exception");
        assertThat(jdbc.sql("select count(*) from organisation where name = :n").param("n", name).query(Long.class)
                .single()).isZero();

        form.put("headPhone", TestHttp.randomPhone());
        TestHttp.Response registered = http().post("/organisations").session(browser.session()).html().form(form).send();
        assertThat(registered.status()).isEqualTo(302);
        assertThat(registered.locationPath()).startsWith("/organisations/");
        TestHttp.Response again = http().post("/organisations?lang=en").session(browser.session()).html().form(form)
                .send();
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("This unit already has an organisation named");
        form.put("unitCode", OTHER_DISTRICT);
        assertThat(http().post("/organisations").session(browser.session()).html().form(form).send().status())
                .as("a unit the administrator does not administer").isEqualTo(403);

        TestHttp.Response targets = http().get("/organisations/targets?lang=en").session(browser.session()).html().send();
        assertThat(targets.status()).isEqualTo(200);
        assertThat(targets.body()).contains("Default: 80%").contains("No target").contains("Organisations below target");
        TestHttp.Response badTarget = http().post("/organisations/targets?lang=en").session(browser.session()).html()
                .form(Map.of("_csrf", targets.csrfToken(), "group", "TEACHER", "percent", "mười")).send();
        assertThat(badTarget.status()).isEqualTo(400);
        assertThat(badTarget.body()).contains("A target is a percentage from 0 to 100.");
        TestHttp.Response set = http().post("/organisations/targets").session(browser.session()).html()
                .form(Map.of("_csrf", targets.csrfToken(), "group", "TEACHER", "percent", "95%")).send();
        assertThat(set.status()).isEqualTo(302);
        assertThat(http().get(set.location() + "&lang=en").session(browser.session()).html().send().body())
                .contains("Target saved.").contains("This unit&#39;s own target");
        http().post("/organisations/targets").session(browser.session()).html()
                .form(Map.of("_csrf", targets.csrfToken(), "group", "TEACHER", "percent", "")).send();

        TestHttp.Browser citizen = http().signInBrowser(TestHttp.randomPhone());
        String organisation = registered.locationPath();
        assertThat(http().get(organisation).session(citizen.session()).html().send().status()).isEqualTo(403);
        assertThat(http().get("/organisations/targets").session(citizen.session()).html().send().status())
                .isEqualTo(403);
        TestHttp.Response sheet = http().get("/organisations/below-target.xlsx?unit=" + DISTRICT)
                .session(browser.session()).send();
        assertThat(sheet.status()).as(sheet.toString()).isEqualTo(200);
        assertThat(sheet.header("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(http().get("/organisations/below-target.xlsx?unit=" + DISTRICT).session(citizen.session()).send()
                .status()).isEqualTo(403);
        TestHttp.Response mine = http().get("/organisations?lang=en").session(citizen.session()).html().send();
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).contains("You head no organisation.").doesNotContain("Register an organisation");
        assertThat(List.of(http().get("/organisations").html().send().status())).allMatch(s -> s == 302 || s == 401);
    }
}
