package vn.greenzone.outreach.internal;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.greenzone.outreach.Campaigns;

/**
 * The campaigns' clock: repeating campaigns queue their runs when due, and the sender works the queue every
 * second. {@code greenzone.outreach.send-cron} set to {@code -} turns sending off on a node (the tests call it).
 */
@Component
class CampaignJobs {

    private final Campaigns campaigns;
    private final CampaignSender sender;

    CampaignJobs(Campaigns campaigns, CampaignSender sender) {
        this.campaigns = campaigns;
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${greenzone.outreach.queue-every:PT1M}", initialDelayString = "PT20S")
    void queueDueRuns() {
        campaigns.queueDueRuns();
    }

    @Scheduled(cron = "${greenzone.outreach.send-cron:* * * * * *}")
    void send() {
        sender.sendDue();
    }
}
