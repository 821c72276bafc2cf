package vn.greenzone.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/** The supervisor's page of agencies and rules, through forms as a browser posts them. */
class HotlineSetupPagesTest extends HotlineFixtures {

    @Test
    void theSupervisorAddsAnAgencyAndARuleOnThePageAndAnOperatorOnlyReadsThem() {
        TestHttp.Token supervisor = official(Role.UNIT_ADMIN, DISTRICT);
        String category = category("Trang cấu hình", 300);
        TestHttp.Browser browser = http().signInBrowser(http().nationalPhone(supervisor.personId()));
        String name = "Ban quản lý chợ Đồng Xoài " + supervisor.personId();
        String head = TestHttp.randomPhone();

        TestHttp.Response refused = http().post("/hotline/setup/agencies?unit=" + DISTRICT).html().session(browser.session())
                .form(Map.of("unitCode", DISTRICT, "name", "", "headPhone", head, "_csrf", browser.csrf())).send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("Hãy nhập tên cơ quan (tối đa 200 ký tự).").doesNotContain("Exception");

        TestHttp.Response added = http().post("/hotline/setup/agencies?unit=" + DISTRICT).html().session(browser.session())
                .form(Map.of("unitCode", DISTRICT, "name", name, "headPhone", head, "memberPhones", head + "\n" + TestHttp.randomPhone(),
                        "_csrf", browser.csrf())).send();
        assertThat(added.status()).as(added.toString()).isEqualTo(302);
        long agencyId = jdbc.sql("select id from hotline_agency where name = :name").param("name", name).query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from hotline_agency_member where agency_id = :id").param("id", agencyId)
                .query(Long.class).single()).isEqualTo(2);

        TestHttp.Response rule = http().post("/hotline/setup/rules?unit=" + DISTRICT).html().session(browser.session())
                .form(Map.of("categoryCode", category, "ruleUnit", COMMUNE, "agencyId", Long.toString(agencyId),
                        "_csrf", browser.csrf())).send();
        assertThat(rule.status()).as(rule.toString()).isEqualTo(302);
        TestHttp.Response page = http().get("/hotline/setup?unit=" + DISTRICT).html().session(browser.session()).send();
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(name).contains("Trang cấu hình").contains("Phường Tân Phú").contains("id=\"rule-form\"");

        TestHttp.Token operator = official(Role.HOTLINE_OPERATOR, DISTRICT);
        assertThat(logged(operator, call(category, COMMUNE, TestHttp.randomPhone())).path("agencyId").asLong())
                .as("the rule made on the page routes").isEqualTo(agencyId);
        TestHttp.Browser operatorBrowser = http().signInBrowser(http().nationalPhone(operator.personId()));
        TestHttp.Response readOnly = http().get("/hotline/setup").html().session(operatorBrowser.session()).send();
        assertThat(readOnly.status()).isEqualTo(200);
        assertThat(readOnly.body()).contains(name).doesNotContain("id=\"rule-form\"");
        TestHttp.Response forbidden = http().post("/hotline/setup/rules?unit=" + DISTRICT).html()
                .session(operatorBrowser.session()).form(Map.of("categoryCode", category, "ruleUnit", COMMUNE,
                        "agencyId", Long.toString(agencyId), "_csrf", operatorBrowser.csrf())).send();
        assertThat(forbidden.status()).isEqualTo(403);
    }
}
