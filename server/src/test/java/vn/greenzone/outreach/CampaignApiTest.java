package vn.greenzone.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;

/**
 * A unit administrator's weekly campaign through the default gateway (the outbox): the recipients counted and
 * queued, texts in the person's words with the app link and a stop link, an opt-out by reply and one by link
 * honoured by the runs after it, and the weekly cap across runs.
 */
class CampaignApiTest extends CampaignFixtures {

    @Test
    void aWeeklyCampaignTextsEveryResidentOnceARunAndHonoursOptOutsAndTheWeeklyCap() {
        String unit = freshCommune();
        String lan = resident(unit, "Nguyễn Thị Lan");
        String nameless = resident(unit, null);
        String stopped = resident(unit, "Trần Văn Dừng");
        TestHttp.Token admin = unitAdmin(unit);
        TestHttp.Response replied = http().post("/api/v1/sms/inbound").header("X-Gateway-Token", "test-gateway-token")
                .json(Map.of("from", stopped.substring(1), "text", " Từ chối ")).send();
        assertThat(replied.status()).as(replied.toString()).isEqualTo(200);
        assertThat(replied.json().path("optedOut").asBoolean()).isTrue();

        TestHttp.Response preview = http().post("/api/v1/campaigns/preview").bearer(admin.token())
                .json(Map.of("unitCode", unit, "group", "EVERYONE")).send();
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().path("recipients").asLong()).isEqualTo(3);

        long id = created(admin, weeklyToEveryone(unit));
        JsonNode draft = counts(admin, id);
        assertThat(draft.path("QUEUED").asLong()).as("a draft queues nothing").isZero();
        JsonNode started = act(admin, id, "start");
        assertThat(started.path("campaign").path("status").asString()).isEqualTo("RUNNING");
        assertThat(started.path("campaign").path("schedule").asString()).isEqualTo("0 0 8 * * MON");
        assertThat(started.path("campaign").path("nextRunAt").isMissingNode()).isFalse();
        assertThat(started.path("messages").path("QUEUED").asLong()).isEqualTo(3);

        sender.sendDue();
        JsonNode first = counts(admin, id);
        assertThat(first.path("SENT").asLong()).isEqualTo(2);
        assertThat(first.path("OPTED_OUT").asLong()).as("the reply keyword").isEqualTo(1);
        assertThat(outbox(stopped)).isEmpty();
        String toLan = outbox(lan).getFirst();
        assertThat(toLan).startsWith("Chào Nguyễn Thị Lan, hãy cài Greenzone: http://localhost:" + port + "/")
                .contains("TU CHOI").contains("/sms/stop/");
        assertThat(outbox(nameless).getFirst()).startsWith("Chào bạn, hãy cài Greenzone");

        // Lan opens her stop link: the page asks first, the button opts her out.
        String token = stopToken(toLan);
        TestHttp.Response page = http().get("/sms/stop/" + token).html().send();
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.body()).contains(masked(lan))
                .doesNotContain(lan.substring(3));
        assertThat(optedOut(lan)).as("opening the link changes nothing").isFalse();
        String session = page.sessionCookie().orElseThrow();
        TestHttp.Response confirmed = http().post("/sms/stop/" + token).html().session(session)
                .form(Map.of("_csrf", page.csrfToken())).send();
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.body()).contains("stop-done");
        assertThat(optedOut(lan)).isTrue();

        // The next week's run: Lan opted out meanwhile, the nameless resident still gets one.
        nextWeek(id);
        sender.sendDue();
        JsonNode second = counts(admin, id);
        assertThat(second.path("SENT").asLong()).isEqualTo(3);
        assertThat(second.path("OPTED_OUT").asLong()).isEqualTo(3);
        assertThat(outbox(lan)).hasSize(1);
        assertThat(outbox(nameless)).hasSize(2);

        // A third run in the same seven days: the nameless resident has had the two a week allows.
        nextWeek(id);
        sender.sendDue();
        JsonNode third = counts(admin, id);
        assertThat(third.path("CAPPED").asLong()).isEqualTo(1);
        assertThat(outbox(nameless)).hasSize(2);

        // Paused, its next run is not queued; started again, the run that came due is, and paused once more,
        // what is queued waits.
        act(admin, id, "pause");
        nextWeek(id);
        assertThat(counts(admin, id).path("QUEUED").asLong()).isZero();
        act(admin, id, "start");
        campaigns.queueDueRuns();
        assertThat(counts(admin, id).path("QUEUED").asLong()).isEqualTo(3);
        act(admin, id, "pause");
        assertThat(sender.sendDue()).isZero();
        assertThat(counts(admin, id).path("QUEUED").asLong()).isEqualTo(3);
        assertThat(http().get("/api/v1/campaigns?unit=" + unit).bearer(admin.token()).send().json().get(0)
                .path("status").asString()).isEqualTo("PAUSED");
    }

    @Test
    void peopleInQuarantineAreAGroupOfTheirOwn() {
        String unit = freshCommune();
        resident(unit, "Không Cách Ly");
        TestHttp.Token admin = unitAdmin(unit);
        TestHttp.Response preview = http().post("/api/v1/campaigns/preview").bearer(admin.token())
                .json(Map.of("unitCode", unit, "group", "IN_QUARANTINE")).send();
        assertThat(preview.status()).as(preview.toString()).isEqualTo(200);
        assertThat(preview.json().path("recipients").asLong()).isZero();
        TestHttp.Response contacts = http().post("/api/v1/campaigns/preview").bearer(admin.token())
                .json(Map.of("unitCode", unit, "group", "CASE_CONTACTS", "caseId", 999_999_999)).send();
        assertThat(contacts.status()).as(contacts.toString()).isEqualTo(200);
        assertThat(contacts.json().path("recipients").asLong()).isZero();
    }

    @Test
    void theWeeklyCapCountsAcrossCampaignsSentInTheSameBatch() {
        String unit = freshCommune();
        String only = resident(unit, "Hồ Văn Một");
        TestHttp.Token admin = unitAdmin(unit);
        List<Long> ids = List.of(created(admin, weeklyToEveryone(unit)), created(admin, weeklyToEveryone(unit)),
                created(admin, weeklyToEveryone(unit)));
        ids.forEach(id -> act(admin, id, "start"));
        sender.sendDue();
        assertThat(outbox(only)).as("the weekly cap of 2").hasSize(2);
        assertThat(ids.stream().mapToLong(id -> counts(admin, id).path("CAPPED").asLong()).sum()).isEqualTo(1);
    }

    @Test
    void aReceiptThatOutrunsItsMessagesSentStatusStillCounts() {
        String unit = freshCommune();
        resident(unit, "Nguyễn Thị Lan");
        TestHttp.Token admin = unitAdmin(unit);
        long id = created(admin, weeklyToEveryone(unit));
        act(admin, id, "start");
        // the gateway answers a receipt before the sender has stored the message's id at the gateway
        jdbc.sql("update campaign_message set status = 'SENDING' where campaign_id = :id").param("id", id).update();
        TestHttp.Response receipt = http().post("/api/v1/sms/inbound").header("X-Gateway-Token", "test-gateway-token")
                .json(Map.of("messageId", "early-" + id, "delivered", true)).send();
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(200);
        jdbc.sql("update campaign_message set status = 'SENT', gateway_id = :gateway, sent_at = now() where campaign_id = :id")
                .param("gateway", "early-" + id).param("id", id).update();
        await().atMost(Duration.ofSeconds(10)).until(() -> counts(admin, id).path("DELIVERED").asLong() == 1);
    }

    @Test
    void theCampaignApiIsInTheOpenApiDocument() {
        JsonNode paths = http().get("/v3/api-docs").send().json().path("paths");
        assertThat(paths.has("/api/v1/campaigns")).isTrue();
        assertThat(paths.path("/api/v1/campaigns/{id}/start").path("post").path("summary").asString()).startsWith("Start");
        assertThat(paths.has("/api/v1/sms/inbound")).isTrue();
    }

    private List<String> outbox(String international) {
        return jdbc.sql("select body from sms_outbox where recipient = :to order by id").param("to", international)
                .query(String.class).list();
    }

    private boolean optedOut(String international) {
        return jdbc.sql("select exists (select 1 from sms_opt_out where recipient = :to)").param("to", international)
                .query(Boolean.class).single();
    }

    private static String masked(String international) {
        String national = "0" + international.substring(3);
        return national.substring(0, 2) + "******" + national.substring(8);
    }
}
