package vn.greenzone.hotline.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.hotline.Status;

/**
 * What a caller sees with their tracking code, signed out: the state and its dates, the agency in charge, and
 * the history of statuses. Not the description, the notes or the phone: a code read out over the phone may be
 * overheard.
 */
@Service
public class Tracking {

    public record Step(Instant at, String kind) {
    }

    public record State(long id, String category, String place, String agencyName, Status status, Instant receivedAt,
            Instant dueAt, Instant handledAt, boolean late, List<Step> history) {
    }

    private final TrackingCodes codes;
    private final ItemRepository items;
    private final Catalogue catalogue;
    private final UnitDirectory units;
    private final Clock clock;

    Tracking(TrackingCodes codes, ItemRepository items, Catalogue catalogue, UnitDirectory units, Clock clock) {
        this.codes = codes;
        this.items = items;
        this.catalogue = catalogue;
        this.units = units;
        this.clock = clock;
    }

    public State look(String code, String clientAddress) {
        StoredItem item = codes.open(code, clientAddress);
        Locale locale = LocaleContextHolder.getLocale();
        Instant stop = item.handledAt() == null ? clock.instant() : item.handledAt();
        return new State(item.id(), catalogue.requireCategory(item.categoryCode()).name(locale),
                units.placeName(item.unitCode()),
                item.agencyId() == null ? null : catalogue.agency(item.agencyId()).map(Catalogue.Agency::name).orElse(null),
                item.status(), item.receivedAt(), item.dueAt(), item.handledAt(), stop.isAfter(item.dueAt()),
                items.history(item.id()).stream().filter(event -> isStatus(event.kind()))
                        .map(event -> new Step(event.at(), event.kind())).toList());
    }

    private static boolean isStatus(String kind) {
        return java.util.Arrays.stream(Status.values()).anyMatch(status -> status.name().equals(kind));
    }
}
