package vn.greenzone.tracing.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.tracing.internal.VenueAlertService;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.Venues;

/** Approved risky venues as the public sees them, for the API and the public page: places and times, never a person. */
@Component
class RiskyVenues {

    /** A risky venue as the public sees it: no person, only the place, the times and what to do. */
    record RiskyVenue(long alertId, long venueId, String venueName, String address, String place, Instant from,
            Instant to, VenueAlertService.MessageType messageType, String message) {
    }

    private final VenueAlertService alerts;
    private final Venues venues;
    private final UnitDirectory units;
    private final MessageSource messages;

    RiskyVenues(VenueAlertService alerts, Venues venues, UnitDirectory units, MessageSource messages) {
        this.alerts = alerts;
        this.venues = venues;
        this.units = units;
        this.messages = messages;
    }

    List<RiskyVenue> published(Locale locale) {
        List<VenueAlertService.VenueAlert> published = alerts.published();
        Map<Long, Venue> byId = venues.findAll(published.stream().map(VenueAlertService.VenueAlert::venueId)
                .collect(Collectors.toSet()));
        return published.stream().filter(alert -> byId.containsKey(alert.venueId())).map(alert -> {
            Venue venue = byId.get(alert.venueId());
            return new RiskyVenue(alert.id(), venue.id(), venue.name(), venue.address(), units.placeName(venue.unitCode()),
                    alert.startsAt(), alert.endsAt(), alert.messageType(),
                    messages.getMessage("tracing.alert.type." + alert.messageType().name(), null, locale));
        }).toList();
    }
}
