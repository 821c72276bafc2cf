package vn.greenzone.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;
import vn.greenzone.TestHttp;
import vn.greenzone.checkin.CheckinFixtures;
import vn.greenzone.identity.Role;
import vn.greenzone.outreach.internal.CampaignSender;

/** Campaigns made through the API by a unit administrator of a commune nobody else's tests use. */
abstract class CampaignFixtures extends CheckinFixtures {

    static final String TEMPLATE_VI = "Chào {name}, hãy cài Greenzone: {link}";
    static final String TEMPLATE_EN = "Hello {name}, install Greenzone: {link}";
    private static final Pattern STOP_LINK = Pattern.compile("/sms/stop/([0-9a-z]+-[0-9a-f]+)");

    @Autowired
    CampaignSender sender;

    @Autowired
    Campaigns campaigns;

    /** A commune without residents, campaigns or units below it, so counts are this test's own. */
    String freshCommune() {
        return jdbc.sql("""
                        select g.code from geo_unit g
                        where g.level = (select max(level) from geo_unit)
                          and not exists (select 1 from person p where p.residence_unit = g.code)
                          and not exists (select 1 from campaign c where c.unit_code = g.code)
                        order by random() limit 1""")
                .query(String.class).single();
    }

    /** A person registered with a residence in the unit, as the profile page stores one; returns the number. */
    String resident(String unit, String fullName) {
        String phone = TestHttp.international(TestHttp.randomPhone());
        jdbc.sql("insert into person (phone, full_name, residence_unit) values (:phone, :name, :unit)")
                .param("phone", phone).param("name", fullName).param("unit", unit).update();
        return phone;
    }

    TestHttp.Token unitAdmin(String unit) {
        return official(Role.UNIT_ADMIN, unit);
    }

    static Map<String, Object> weeklyToEveryone(String unit) {
        var body = new HashMap<String, Object>();
        body.put("name", "Cài Greenzone hằng tuần");
        body.put("unitCode", unit);
        body.put("group", "EVERYONE");
        body.put("templateVi", TEMPLATE_VI);
        body.put("templateEn", TEMPLATE_EN);
        body.put("weekly", true);
        return body;
    }

    TestHttp.Response create(TestHttp.Token admin, Map<String, Object> body) {
        return http().post("/api/v1/campaigns").bearer(admin.token()).json(body).send();
    }

    long created(TestHttp.Token admin, Map<String, Object> body) {
        TestHttp.Response created = create(admin, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("campaign").path("id").asLong();
    }

    JsonNode act(TestHttp.Token admin, long id, String action) {
        TestHttp.Response answer = http().post("/api/v1/campaigns/" + id + "/" + action).bearer(admin.token()).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    JsonNode counts(TestHttp.Token admin, long id) {
        TestHttp.Response answer = http().get("/api/v1/campaigns/" + id).bearer(admin.token()).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().path("messages");
    }

    /** Queues the campaign's next run as the weekly job does when it is due. */
    void nextWeek(long campaignId) {
        jdbc.sql("update campaign set next_run_at = now() - interval '1 second' where id = :id").param("id", campaignId).update();
        campaigns.queueDueRuns();
    }

    static String stopToken(String sms) {
        Matcher matcher = STOP_LINK.matcher(sms);
        assertThat(matcher.find()).as("a stop link in %s", sms).isTrue();
        return matcher.group(1);
    }
}
