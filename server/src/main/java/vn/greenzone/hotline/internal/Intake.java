package vn.greenzone.hotline.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.hotline.HotlineProperties;
import vn.greenzone.hotline.NewItem;
import vn.greenzone.hotline.Status;
import vn.greenzone.hotline.Urgency;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.outreach.SmsSender;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.PublicUrl;
import vn.greenzone.platform.RateLimiter;

/**
 * Takes items in, from an operator's desk or a citizen's web form: checks them, routes them, stores them and
 * texts the caller the tracking code, in one transaction (the outbox is a table): an acknowledged item is
 * stored, routed and its caller told.
 */
@Service
public class Intake {

    static final int MAX_DESCRIPTION = 2000;
    /** Calls written up later (a paper log through an outage) may be this old, no older. */
    static final Duration LATE_ENTRY = Duration.ofHours(24);

    /** What the desk tells the operator: the code is also read out to the caller. */
    public record Logged(long id, String trackingCode, Long agencyId, Status status, Instant dueAt) {
    }

    private final Catalogue catalogue;
    private final Routing routing;
    private final ItemRepository items;
    private final TrackingCodes codes;
    private final DeskAccess desk;
    private final UnitDirectory units;
    private final SmsSender sms;
    private final PublicUrl publicUrl;
    private final RateLimiter rateLimiter;
    private final HotlineProperties properties;
    private final Clock clock;

    Intake(Catalogue catalogue, Routing routing, ItemRepository items, TrackingCodes codes, DeskAccess desk,
            UnitDirectory units, SmsSender sms, PublicUrl publicUrl, RateLimiter rateLimiter,
            HotlineProperties properties, Clock clock) {
        this.catalogue = catalogue;
        this.routing = routing;
        this.items = items;
        this.codes = codes;
        this.desk = desk;
        this.units = units;
        this.sms = sms;
        this.publicUrl = publicUrl;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.clock = clock;
    }

    /** An operator logs a call; they must operate on the unit concerned (403 otherwise). */
    @Transactional
    public Logged log(NewItem item) {
        long operatorId = desk.me().personId();
        Checked checked = check(item);
        desk.requireDesk(checked.unitCode());
        Instant now = clock.instant();
        Instant received = item.receivedAt() == null ? now : item.receivedAt();
        if (received.isAfter(now.plusSeconds(60)) || received.isBefore(now.minus(LATE_ENTRY))) {
            throw ProblemException.badFields("hotline.received-at-invalid", java.util.List.of("receivedAt"));
        }
        return store(checked, item.urgency() == null ? Urgency.NORMAL : item.urgency(), "CALL", operatorId, received);
    }

    /** A citizen's report from the public form, limited per client address and per phone number. */
    @Transactional
    public Logged report(NewItem item, String clientAddress) {
        rateLimiter.acquire("hotline-report:" + clientAddress, properties.reportsPerAddress(), Duration.ofHours(1),
                "hotline.report-too-many");
        Checked checked = check(item);
        rateLimiter.acquire("hotline-report-phone:" + checked.phone().international(), properties.reportsPerPhone(),
                Duration.ofDays(1), "hotline.report-too-many");
        return store(checked, Urgency.NORMAL, "WEB", null, clock.instant());
    }

    private record Checked(Catalogue.Category category, String unitCode, String description, PhoneNumber phone) {
    }

    private Checked check(NewItem item) {
        Catalogue.Category category = catalogue.requireCategory(item.categoryCode());
        String unitCode = item.unitCode() == null ? "" : item.unitCode().trim();
        if (units.find(unitCode).isEmpty()) {
            throw ProblemException.badRequest("hotline.unit-unknown", unitCode);
        }
        String description = item.description() == null ? "" : item.description().strip();
        if (description.isEmpty() || description.length() > MAX_DESCRIPTION) {
            throw ProblemException.badFields("hotline.description-invalid", java.util.List.of("description"));
        }
        return new Checked(category, unitCode, description, PhoneNumber.parse(item.callerPhone()));
    }

    private Logged store(Checked item, Urgency urgency, String channel, Long operatorId, Instant received) {
        Long agencyId = routing.agencyFor(item.category().code(), item.unitCode()).orElse(null);
        Status status = agencyId == null ? Status.RECEIVED : Status.ASSIGNED;
        Instant due = received.plus(Duration.ofMinutes(item.category().deadlineMinutes()));
        TrackingCodes.Issued code = codes.issue();
        long id = items.insert(new StoredItem(0, item.category().code(), item.unitCode(), agencyId, item.description(),
                item.phone().international(), urgency, channel, operatorId, status, received, due, null, 0), code.hash());
        if (agencyId != null) {
            items.event(id, Status.ASSIGNED.name(), catalogue.agency(agencyId).orElseThrow().name(), null);
        }
        sms.send(item.phone().international(), "Duong day nong 1022 da tiep nhan phan anh cua ban. Ma tra cuu: "
                + code.code() + ". Theo doi tai " + publicUrl.base() + "/hotline/track");
        return new Logged(id, code.code(), agencyId, status, due);
    }
}
