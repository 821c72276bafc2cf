package vn.greenzone.hotline.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.greenzone.hotline.HotlineProperties;
import vn.greenzone.outreach.SmsSender;
import vn.greenzone.platform.ClusterLock;

/**
 * Escalates open items: a first time when the deadline is near, a second time when it has passed. Each stage
 * is marked on the item and texted to the agency's head in the same transaction (the outbox is a table), so a
 * stage is texted once, by one node of a cluster. Items nobody was assigned are not texted: they are red on
 * the supervisor's queue, who assigns them.
 */
@Component
public class EscalationJob {

    static final int NEAR = 1;
    static final int LATE = 2;
    private static final Logger log = LoggerFactory.getLogger(EscalationJob.class);
    private static final long LOCK = 0x68_6f_74_6c_69_6e_65L;
    private static final int BATCH = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM");

    private final ItemRepository items;
    private final Catalogue catalogue;
    private final SmsSender sms;
    private final ClusterLock lock;
    private final TransactionTemplate transactions;
    private final HotlineProperties properties;
    private final Clock clock;

    EscalationJob(ItemRepository items, Catalogue catalogue, SmsSender sms, ClusterLock lock,
            TransactionTemplate transactions, HotlineProperties properties, Clock clock) {
        this.items = items;
        this.catalogue = catalogue;
        this.sms = sms;
        this.lock = lock;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** Past the deadline first: an item found late at once skips the "near" text and gets the one that matters. */
    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT30S")
    public int run() {
        Instant now = clock.instant();
        int escalated = stage(LATE, now) + stage(NEAR, now.plus(properties.nearDeadline()));
        if (escalated > 0) {
            log.info("Hotline: {} items escalated", escalated);
        }
        return escalated;
    }

    private int stage(int stage, Instant dueBy) {
        int total = 0;
        int done;
        do {
            Integer count = transactions.execute(status -> lock.tryForTransaction(LOCK) ? escalate(stage, dueBy) : 0);
            done = count == null ? 0 : count;
            total += done;
        } while (done == BATCH);
        return total;
    }

    private int escalate(int stage, Instant dueBy) {
        List<StoredItem> escalated = items.escalate(stage, dueBy, BATCH);
        for (StoredItem item : escalated) {
            items.event(item.id(), "ESCALATED", stage == LATE ? "LATE" : "NEAR", null);
            if (item.agencyId() != null) {
                catalogue.agency(item.agencyId()).ifPresent(agency -> sms.send(agency.headPhone(), text(stage, item)));
            }
        }
        return escalated.size();
    }

    private String text(int stage, StoredItem item) {
        String due = TIME.format(item.dueAt().atZone(properties.zone()));
        return (stage == LATE ? "QUA HAN" : "SAP HET HAN") + ": phan anh 1022 so " + item.id() + " (han xu ly " + due
                + ") chua duoc xu ly xong.";
    }
}
