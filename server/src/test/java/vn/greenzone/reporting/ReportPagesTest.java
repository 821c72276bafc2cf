package vn.greenzone.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.greenzone.IntegrationTest;
import vn.greenzone.TestHttp;
import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.Role;
import vn.greenzone.reporting.internal.ReportingClock;

/**
 * The pages' refusals: a figure that is not a number or a missing reason comes back on the form as typed, with
 * the message in the person's language and a 400; another unit's page is the 403 error page; a schedule out of
 * order is refused on its form, and one in order is saved.
 */
class ReportPagesTest extends IntegrationTest {

    private static final LocalDate DAY = LocalDate.of(2021, 9, 6);

    @Autowired
    ReportingTestBeans.SettableClock clock;
    @Autowired
    UnitDirectory units;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void badFiguresComeBackOnTheFormAsTypedAndAnotherUnitIsForbidden() {
        List<String> communes = units.children("689").stream().map(AdministrativeUnit::code).toList();
        String phone = TestHttp.randomPhone();
        http().grant(http().signInApi(phone).personId(), Role.UNIT_ADMIN, communes.get(5));
        TestHttp.Browser browser = http().signInBrowser(phone);
        clock.set(DAY.atTime(15, 0).atZone(ReportingClock.ZONE).toInstant());

        var form = new HashMap<>(Map.of("_csrf", browser.csrf(), "unit", communes.get(5), "day", DAY.toString(),
                "users", "12a", "installs", "40", "smartphones", "90", "reason", ""));
        TestHttp.Response notANumber = http().post("/reports/submit?lang=en").session(browser.session()).html()
                .form(form).send();
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.body()).contains("Figures not valid (users)").contains("value=\"12a\"");
        form.put("users", "812");
        TestHttp.Response noReason = http().post("/reports/submit?lang=vi").session(browser.session()).html()
                .form(form).send();
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("hãy ghi lý do điều chỉnh").contains("value=\"812\"");
        form.put("reason", "Tổ 2 báo lại");
        TestHttp.Response sent = http().post("/reports/submit").session(browser.session()).html().form(form).send();
        assertThat(sent.status()).isEqualTo(302);
        assertThat(sent.location()).endsWith("/reports?unit=" + communes.get(5) + "&day=" + DAY + "&sent");
        assertThat(http().get("/reports?unit=" + communes.get(5) + "&day=" + DAY + "&sent").session(browser.session())
                .html().send().body()).contains("id=\"sent\"");

        TestHttp.Response other = http().get("/reports?unit=" + communes.get(6)).session(browser.session()).html().send();
        assertThat(other.status()).isEqualTo(403);
        form.put("unit", communes.get(6));
        assertThat(http().post("/reports/submit").session(browser.session()).html().form(form).send().status())
                .isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from report_submission where day = :day").param("day", DAY)
                .query(Long.class).single()).as("only the one accepted").isEqualTo(1);
    }

    @Test
    void theProvinceSetsItsScheduleOnItsPage() {
        String province = "77";
        String phone = TestHttp.randomPhone();
        http().grant(http().signInApi(phone).personId(), Role.UNIT_ADMIN, province);
        TestHttp.Browser browser = http().signInBrowser(phone);
        assertThat(http().get("/reports/schedule").session(browser.session()).html().send().body())
                .contains("value=\"16:30\"");
        var form = new HashMap<>(Map.of("_csrf", browser.csrf(), "unit", province, "teamDue", "16:00",
                "unitDue", "15:30", "districtDue", "17:00", "consolidationDue", "07:30", "publicationDue", "08:00",
                "reminderMinutes", "45"));
        TestHttp.Response refused = http().post("/reports/schedule?lang=en").session(browser.session()).html()
                .form(form).send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("The times must be in order");
        form.put("unitDue", "16:20");
        TestHttp.Response saved = http().post("/reports/schedule").session(browser.session()).html().form(form).send();
        assertThat(saved.status()).isEqualTo(302);
        assertThat(http().get("/reports/schedule?unit=" + province + "&saved").session(browser.session()).html().send()
                .body())
                .contains("value=\"16:20\"").contains("value=\"45\"");
    }
}
