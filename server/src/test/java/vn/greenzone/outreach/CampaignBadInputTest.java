package vn.greenzone.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.greenzone.TestHttp.assertProblem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;
import vn.greenzone.identity.Role;

/** What campaigns, the stop link and the gateway's webhook refuse: a translated 4xx each, never a 500. */
class CampaignBadInputTest extends CampaignFixtures {

    @Test
    void aCampaignNeedsAKnownUnitAndGroupAndTemplatesWithKnownVariables() {
        String unit = freshCommune();
        TestHttp.Token admin = unitAdmin(unit);
        assertProblem(create(admin, with(unit, "unitCode", "999999")), 404, "unit.not-found");
        JsonNode group = assertProblem(create(admin, with(unit, "group", "EVERYBODY")), 400, "campaign.unknown-group");
        assertThat(group.path("detail").asString()).contains("EVERYBODY").contains("IN_QUARANTINE").contains("CASE_CONTACTS");
        assertProblem(create(admin, with(unit, "templateVi", "  ")), 400, "campaign.empty-template");
        assertProblem(create(admin, with(unit, "templateEn", "")), 400, "campaign.empty-template");
        assertProblem(create(admin, with(unit, "templateVi", "x".repeat(401))), 400, "campaign.template-too-long");
        assertProblem(create(admin, with(unit, "name", "")), 400, "campaign.name-required");
        assertProblem(create(admin, with(unit, "group", "CASE_CONTACTS")), 400, "campaign.case-required");
        assertProblem(create(admin, with(unit, "schedule", "every monday")), 400, "campaign.bad-schedule");

        TestHttp.Response english = http().post("/api/v1/campaigns").bearer(admin.token()).language("en")
                .json(with(unit, "templateEn", "Hello {ten}, {link}")).send();
        JsonNode variable = assertProblem(english, 400, "campaign.unknown-variable");
        assertThat(variable.path("detail").asString()).isEqualTo(
                "There is no variable {ten} for templates. Variables: {link}, {name}.");
        TestHttp.Response vietnamese = http().post("/api/v1/campaigns").bearer(admin.token()).language("vi")
                .json(with(unit, "templateVi", "Chào {ten}")).send();
        assertThat(assertProblem(vietnamese, 400, "campaign.unknown-variable").path("detail").asString())
                .startsWith("Không có biến {ten}");
        assertThat(jdbc.sql("select count(*) from campaign where unit_code = :unit").param("unit", unit)
                .query(Long.class).single()).as("nothing refused was stored").isZero();
    }

    @Test
    void onlyTheUnitsAdministratorsRunItsCampaigns() {
        String unit = freshCommune();
        TestHttp.Token admin = unitAdmin(unit);
        long id = created(admin, weeklyToEveryone(unit));
        TestHttp.Token elsewhere = unitAdmin(freshCommune());
        TestHttp.Token tracer = official(Role.CONTACT_TRACER, unit);
        assertProblem(create(elsewhere, weeklyToEveryone(unit)), 403, "forbidden");
        assertProblem(create(tracer, weeklyToEveryone(unit)), 403, "forbidden");
        assertProblem(http().post("/api/v1/campaigns/" + id + "/start").bearer(elsewhere.token()).send(), 403, "forbidden");
        assertProblem(http().get("/api/v1/campaigns/" + id).bearer(tracer.token()).send(), 403, "forbidden");
        assertThat(http().get("/api/v1/campaigns/" + id).send().status()).isEqualTo(401);
        assertProblem(http().get("/api/v1/campaigns/999999999").bearer(admin.token()).send(), 404, "campaign.not-found");
        assertProblem(http().post("/api/v1/campaigns/" + id + "/pause").bearer(admin.token()).send(), 409,
                "campaign.not-started");
    }

    @Test
    void aForgedStopLinkAndAnUnauthenticatedGatewayAreRefused() {
        TestHttp.Response forged = http().get("/sms/stop/1-0123456789abcdef").html().send();
        assertThat(forged.status()).isEqualTo(404);
        assertThat(forged.body()).contains("Liên kết ngừng nhận tin không đúng");
        assertThat(http().get("/sms/stop/nonsense").html().send().status()).isEqualTo(404);

        Map<String, String> reply = Map.of("from", "0912345678", "text", "STOP");
        assertProblem(http().post("/api/v1/sms/inbound").json(reply).send(), 403, "sms-inbound.bad-token");
        assertProblem(http().post("/api/v1/sms/inbound").header("X-Gateway-Token", "wrong").json(reply).send(), 403,
                "sms-inbound.bad-token");
        assertProblem(http().post("/api/v1/sms/inbound").header("X-Gateway-Token", "test-gateway-token")
                .json(Map.of("from", "+33612345678", "text", "STOP")).send(), 400, "sms-inbound.bad-number");
        assertProblem(http().post("/api/v1/sms/inbound").header("X-Gateway-Token", "test-gateway-token")
                .json(Map.of("text", "STOP")).send(), 400, "sms-inbound.incomplete");
        TestHttp.Response chat = http().post("/api/v1/sms/inbound").header("X-Gateway-Token", "test-gateway-token")
                .json(Map.of("from", "0912345678", "text", "Cho tôi hỏi lịch tiêm")).send();
        assertThat(chat.status()).isEqualTo(200);
        assertThat(chat.json().path("optedOut").asBoolean()).as("only a stop keyword opts out").isFalse();
    }

    private static Map<String, Object> with(String unit, String field, Object value) {
        Map<String, Object> body = weeklyToEveryone(unit);
        body.put(field, value);
        return body;
    }
}
