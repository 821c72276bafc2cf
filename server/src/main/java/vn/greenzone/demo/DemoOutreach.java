package vn.greenzone.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.greenzone.identity.People;
import vn.greenzone.identity.Person;
import vn.greenzone.outreach.Campaigns;
import vn.greenzone.outreach.NewCampaign;
import vn.greenzone.outreach.OptOuts;

/**
 * The unit administrator of Thành phố Đồng Xoài runs a weekly campaign to everyone registered in the city,
 * sent through the outbox; one resident had replied TU CHOI, so their message is marked opted out.
 */
@Component
class DemoOutreach {

    static final String ADMIN = "0911000002";
    private static final String CITY = "689";

    private static final Logger log = LoggerFactory.getLogger(DemoOutreach.class);

    private final Campaigns campaigns;
    private final OptOuts optOuts;
    private final People people;
    private final DemoTracing tracing;

    DemoOutreach(Campaigns campaigns, OptOuts optOuts, People people, DemoTracing tracing) {
        this.campaigns = campaigns;
        this.optOuts = optOuts;
        this.people = people;
        this.tracing = tracing;
    }

    void load() {
        Person admin = tracing.person(ADMIN);
        // the city's first resident on the administrator's list replied TU CHOI to an earlier message
        long first = DemoSession.as(admin, () -> people.residentsOf(CITY, 0, 1)).people().getFirst().id();
        String optedOut = people.find(first).phone().international();
        optOuts.optOut(optedOut, OptOuts.Via.KEYWORD);
        Campaigns.CampaignStatus started = DemoSession.as(admin, () -> {
            long id = campaigns.create(new NewCampaign("Nhắc cài Greenzone hằng tuần", CITY, "EVERYONE", null,
                    "Chào {name}, hãy cài Greenzone để nhận cảnh báo phơi nhiễm: {link}",
                    "Hello {name}, install Greenzone to get exposure alerts: {link}", true, null)).campaign().id();
            return campaigns.start(id);
        });
        log.info("Demo data: weekly campaign #{} to Thành phố Đồng Xoài, {} messages queued; {} opted out",
                started.campaign().id(), started.messages().get("QUEUED"), optedOut);
    }
}
