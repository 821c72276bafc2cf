package vn.greenzone.hotline.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.audit.AuditTrail;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.hotline.HotlineProperties;
import vn.greenzone.hotline.Status;
import vn.greenzone.hotline.Urgency;
import vn.greenzone.platform.Masking;
import vn.greenzone.platform.ProblemException;

/**
 * What the desk shows: one item with its history, and queues. The caller's number is masked everywhere but on
 * the item itself for the operator who took the call and for supervisors; each such full view is audited.
 */
@Service
public class DeskViews {

    /** A queue is this long at most; the counts above it cover every open item. */
    static final int QUEUE_ROWS = 200;

    public record Event(Instant at, String kind, String note) {
    }

    public record Item(long id, String categoryCode, String category, String unitCode, String place, Long agencyId,
            String agencyName, String description, String callerPhone, boolean callerInFull, Urgency urgency,
            String channel, Status status, Instant receivedAt, Instant dueAt, Instant handledAt, Countdown left,
            int escalation, boolean red, List<Event> history) {
    }

    public record Row(long id, String category, String place, String agencyName, String callerPhone, Urgency urgency,
            Status status, Instant receivedAt, Instant dueAt, Countdown left, int escalation, boolean red) {
    }

    /** The queue of an agency (agencyId set) or of a unit's desk. */
    public record Queue(Long agencyId, String agencyName, String unitCode, String place, long open, long late,
            long near, long unrouted, List<Row> items) {
    }

    private final ItemRepository items;
    private final Catalogue catalogue;
    private final DeskAccess desk;
    private final UnitDirectory units;
    private final AuditTrail audit;
    private final HotlineProperties properties;
    private final Clock clock;

    DeskViews(ItemRepository items, Catalogue catalogue, DeskAccess desk, UnitDirectory units, AuditTrail audit,
            HotlineProperties properties, Clock clock) {
        this.items = items;
        this.catalogue = catalogue;
        this.desk = desk;
        this.units = units;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public Item item(long id) {
        StoredItem item = items.find(id)
                .orElseThrow(() -> ProblemException.notFound("hotline.item-not-found", Long.toString(id)));
        desk.requireView(item);
        boolean inFull = desk.seesCaller(item);
        if (inFull) {
            audit.recordFullView(desk.me().personId(), desk.supervises(item.unitCode()) ? "UNIT_ADMIN" : "HOTLINE_OPERATOR",
                    "hotline-caller", Long.toString(id), "hotline follow-up", "hotline item " + id);
        }
        Instant now = clock.instant();
        return new Item(id, item.categoryCode(), categoryNames().get(item.categoryCode()), item.unitCode(),
                units.placeName(item.unitCode()), item.agencyId(), agencyName(item.agencyId()), item.description(),
                inFull ? "0" + item.callerPhone().substring(3) : masked(item.callerPhone()), inFull, item.urgency(),
                item.channel(), item.status(), item.receivedAt(), item.dueAt(), item.handledAt(),
                Countdown.of(item.dueAt(), now), item.escalation(), red(item, now),
                items.history(id).stream().map(event -> new Event(event.at(), event.kind(), event.note())).toList());
    }

    /**
     * The queue asked for: an agency's (agencyId), a unit's desk (unitCode, or the desk of the signed-in
     * operator or supervisor), else the first agency the signed-in person serves; 403 for anyone else.
     */
    public Queue queue(Long agencyId, String unitCode, boolean unroutedOnly) {
        desk.me();
        if (agencyId != null) {
            return agencyQueue(agencyId);
        }
        if (unitCode != null || desk.deskUnit().isPresent()) {
            return unitQueue(desk.workingUnit(unitCode), unroutedOnly);
        }
        return agencyQueue(desk.myAgencies().stream().findFirst().orElseThrow(ProblemException::forbidden).id());
    }

    /** An agency's queue, for its people and for supervisors of its unit. */
    public Queue agencyQueue(long agencyId) {
        Catalogue.Agency agency = catalogue.agency(agencyId)
                .orElseThrow(() -> ProblemException.notFound("hotline.agency-unknown", Long.toString(agencyId)));
        desk.me();
        if (!desk.serves(agencyId) && !desk.supervises(agency.unitCode())) {
            throw ProblemException.forbidden();
        }
        return queue(agency.id(), agency.name(), agency.unitCode(), null, false);
    }

    /** Every open item of a unit's subtree, or only those no rule routed: the desk's and supervisor's view. */
    public Queue unitQueue(String unitCode, boolean unroutedOnly) {
        desk.requireDesk(unitCode);
        return queue(null, null, unitCode, units.subtree(unitCode), unroutedOnly);
    }

    private Queue queue(Long agencyId, String agencyName, String unitCode, Collection<String> subtree,
            boolean unroutedOnly) {
        Instant now = clock.instant();
        ItemRepository.Queue queue = items.queue(agencyId, subtree, unroutedOnly, now,
                now.plus(properties.nearDeadline()), QUEUE_ROWS);
        Map<String, String> categories = categoryNames();
        Map<Long, String> agencies = catalogue.names(queue.items().stream().map(StoredItem::agencyId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
        Map<String, String> places = new HashMap<>();
        List<Row> rows = queue.items().stream().map(item -> new Row(item.id(), categories.get(item.categoryCode()),
                places.computeIfAbsent(item.unitCode(), units::placeName),
                item.agencyId() == null ? null : agencies.get(item.agencyId()),
                masked(item.callerPhone()), item.urgency(), item.status(), item.receivedAt(), item.dueAt(),
                Countdown.of(item.dueAt(), now), item.escalation(), red(item, now))).toList();
        return new Queue(agencyId, agencyName, unitCode, units.placeName(unitCode), queue.open(), queue.late(),
                queue.near(), queue.unrouted(), rows);
    }

    /** Red: escalated, or within the warning time of its deadline, or past it, and still open. */
    private boolean red(StoredItem item, Instant now) {
        return item.status().open()
                && (item.escalation() > 0 || !item.dueAt().isAfter(now.plus(properties.nearDeadline())));
    }

    private Map<String, String> categoryNames() {
        Locale locale = LocaleContextHolder.getLocale();
        var names = new HashMap<String, String>();
        catalogue.categories().forEach(category -> names.put(category.code(), category.name(locale)));
        return names;
    }

    private String agencyName(Long id) {
        return id == null ? null : catalogue.agency(id).map(Catalogue.Agency::name).orElse(null);
    }

    private static String masked(String international) {
        return Masking.phone("0" + international.substring(3));
    }
}
