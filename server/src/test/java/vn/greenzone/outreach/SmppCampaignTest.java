package vn.greenzone.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

import vn.greenzone.TestHttp;
import vn.greenzone.outreach.internal.CampaignSender;

/**
 * A campaign through a real SMPP gateway: a second node of the application bound to an SMSC in this process.
 * submit_sm carries the number and the Vietnamese text, receipts set the status, a reply "TU CHOI" opts out,
 * and an SMSC that is down leaves the messages queued to be retried later, each sent once.
 */
class SmppCampaignTest extends CampaignFixtures {

    private static int smscPort;
    private static TestSmsc smsc;
    private static ConfigurableApplicationContext smppNode;

    @BeforeAll
    static void smsc() throws Exception {
        smsc = new TestSmsc();
        smscPort = smsc.port();
    }

    @AfterAll
    static void stop() throws Exception {
        if (smppNode != null) {
            smppNode.close();
        }
        smsc.close();
    }

    private CampaignSender smppSender() {
        if (smppNode == null) {
            smppNode = startAnotherNode("--greenzone.sms.gateway=smpp", "--greenzone.sms.smpp.port=" + smscPort,
                    "--greenzone.sms.smpp.system-id=greenzone", "--greenzone.outreach.retry-after=1h");
        }
        return smppNode.getBean(CampaignSender.class);
    }

    @Test
    void submitsReachTheSmscAndReceiptsAndRepliesComeBack() throws Exception {
        String unit = freshCommune();
        String lan = resident(unit, "Nguyễn Thị Lan");
        String minh = resident(unit, "Phạm Minh");
        TestHttp.Token admin = unitAdmin(unit);
        long id = created(admin, weeklyToEveryone(unit));
        act(admin, id, "start");

        assertThat(smppSender().sendDue()).isEqualTo(2);
        List<TestSmsc.Submitted> toLan = smsc.submittedTo(lan);
        assertThat(toLan).hasSize(1);
        assertThat(toLan.getFirst().to()).isEqualTo(lan.substring(1));
        assertThat(toLan.getFirst().text()).startsWith("Chào Nguyễn Thị Lan, hãy cài Greenzone: http://localhost:")
                .contains("/sms/stop/");
        assertThat(counts(admin, id).path("SENT").asLong()).isEqualTo(2);

        smsc.receipt(toLan.getFirst().messageId(), true);
        smsc.receipt(smsc.submittedTo(minh).getFirst().messageId(), false);
        await().atMost(Duration.ofSeconds(10)).until(() -> counts(admin, id).path("DELIVERED").asLong() == 1
                && counts(admin, id).path("FAILED").asLong() == 1);

        smsc.reply(minh, "TỪ CHỐI");
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from sms_opt_out where recipient = :to")
                .param("to", minh).query(Long.class).single() == 1);
        nextWeek(id);
        assertThat(smppSender().sendDue()).isEqualTo(1);
        assertThat(smsc.submittedTo(minh)).as("opted out by reply").hasSize(1);
        assertThat(smsc.submittedTo(lan)).hasSize(2);
    }

    @Test
    void anSmscThatIsDownLeavesMessagesQueuedAndEachIsSentOnceWhenItIsBack() throws Exception {
        String unit = freshCommune();
        String an = resident(unit, "Lê An");
        String binh = resident(unit, "Lê Bình");
        TestHttp.Token admin = unitAdmin(unit);
        long id = created(admin, weeklyToEveryone(unit));
        smppSender();
        smsc.close();
        Thread.sleep(1000); // the node's reader sees the connection end, as it would when an SMSC goes down
        act(admin, id, "start");

        assertThat(smppSender().sendDue()).isZero();
        var queued = counts(admin, id);
        assertThat(queued.path("QUEUED").asLong()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from campaign_message where campaign_id = :id and next_attempt_at > now() + interval '50 minutes'")
                .param("id", id).query(Long.class).single()).as("both wait for the retry").isEqualTo(2);
        assertThat(smppSender().sendDue()).as("not before the retry is due").isZero();

        smsc = new TestSmsc(smscPort);
        jdbc.sql("update campaign_message set next_attempt_at = now() where campaign_id = :id").param("id", id).update();
        assertThat(smppSender().sendDue()).isEqualTo(2);
        assertThat(smppSender().sendDue()).isZero();
        assertThat(smsc.submittedTo(an)).hasSize(1);
        assertThat(smsc.submittedTo(binh)).hasSize(1);
        assertThat(counts(admin, id).path("SENT").asLong()).isEqualTo(2);
    }
}
