package vn.greenzone.hotline.internal;

import java.time.Clock;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.hotline.Status;
import vn.greenzone.platform.ProblemException;

/**
 * What the agency and the supervisor do with an item: a new status, a note, another agency. The item is
 * locked for the change, so two people acting at once apply one after the other, and each change is a line
 * of its history.
 */
@Service
public class ItemActions {

    static final int MAX_NOTE = 1000;

    /** Any of the three may be null; at least one must be given. */
    public record Change(String status, String note, Long agencyId) {
    }

    private final ItemRepository items;
    private final Catalogue catalogue;
    private final DeskAccess desk;
    private final Clock clock;

    ItemActions(ItemRepository items, Catalogue catalogue, DeskAccess desk, Clock clock) {
        this.items = items;
        this.catalogue = catalogue;
        this.desk = desk;
        this.clock = clock;
    }

    @Transactional
    public void change(long id, Change change) {
        long actor = desk.me().personId();
        StoredItem item = items.lock(id)
                .orElseThrow(() -> ProblemException.notFound("hotline.item-not-found", Long.toString(id)));
        boolean supervisor = desk.supervises(item.unitCode());
        if (!supervisor && !desk.serves(item.agencyId())) {
            throw ProblemException.forbidden();
        }
        String note = change.note() == null || change.note().isBlank() ? null : change.note().strip();
        if (change.status() == null && change.agencyId() == null && note == null) {
            throw ProblemException.badRequest("hotline.nothing-to-change");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw ProblemException.badFields("hotline.note-too-long", java.util.List.of("note"));
        }
        if (item.status() == Status.CLOSED) {
            throw new ProblemException(HttpStatus.CONFLICT, "hotline.item-closed");
        }
        Long agencyId = item.agencyId();
        if (change.agencyId() != null && !change.agencyId().equals(agencyId)) {
            if (!supervisor) {
                throw ProblemException.forbidden();
            }
            var agency = catalogue.agency(change.agencyId())
                    .orElseThrow(() -> ProblemException.badRequest("hotline.agency-unknown",
                            String.valueOf(change.agencyId())));
            agencyId = agency.id();
            items.event(id, "ROUTED", agency.name(), actor);
        }
        Status status = change.status() == null ? item.status() : parse(change.status());
        if (status == Status.RECEIVED && agencyId != null) {
            // An agency takes the item out of the supervisor's pile.
            status = Status.ASSIGNED;
        }
        if (status != Status.RECEIVED && agencyId == null) {
            throw new ProblemException(HttpStatus.CONFLICT, "hotline.no-agency");
        }
        items.update(id, status, agencyId, clock.instant());
        if (status != item.status() || note != null) {
            items.event(id, status != item.status() ? status.name() : "NOTE", note, actor);
        }
    }

    private static Status parse(String status) {
        try {
            return Status.valueOf(status.trim());
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.badRequest("hotline.status-unknown", status);
        }
    }
}
