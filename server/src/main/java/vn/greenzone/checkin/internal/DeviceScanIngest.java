package vn.greenzone.checkin.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import vn.greenzone.checkin.CheckinProperties;
import vn.greenzone.identity.PersonalQrCodes;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.venue.DeviceIdentity;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.Venues;

/**
 * Batches of scans from reader devices. Each item is judged on its own: a bad one is refused with a
 * reason while the rest are stored; a re-sent batch (the device lost the answer) creates nothing new
 * and gets the same visit ids back.
 */
@Service
public class DeviceScanIngest {

    /** A device's scan as sent. */
    public record Item(String eventId, String qr, String scannedAt) {
    }

    public enum Outcome {
        /** Stored as a new visit. */
        ACCEPTED,
        /** This event id was stored before (a re-sent batch): nothing new. */
        DUPLICATE,
        /** Same visitor at this venue within the collapse window: folded into that visit. */
        MERGED,
        /** Not stored; {@code code} says why. */
        REFUSED
    }

    /** What happened to one item; {@code code} and {@code arguments} make the refusal's message. */
    public record ItemResult(String eventId, Outcome outcome, Long visitId, String code, Object[] arguments) {

        static ItemResult of(String eventId, Outcome outcome, Long visitId) {
            return new ItemResult(eventId, outcome, visitId, null, null);
        }
    }

    private static final int MAX_EVENT_ID = 64;

    private final Venues venues;
    private final PersonalQrCodes personalQr;
    private final DeviceBatchWriter writer;
    private final CheckinProperties properties;
    private final Clock clock;

    DeviceScanIngest(Venues venues, PersonalQrCodes personalQr, DeviceBatchWriter writer, CheckinProperties properties,
            Clock clock) {
        this.venues = venues;
        this.personalQr = personalQr;
        this.writer = writer;
        this.properties = properties;
        this.clock = clock;
    }

    public List<ItemResult> ingest(String deviceKey, String clientAddress, List<Item> items) {
        DeviceIdentity device = venues.authenticateDevice(deviceKey, clientAddress);
        if (items == null || items.isEmpty()) {
            throw ProblemException.badRequest("device.batch-empty");
        }
        if (items.size() > properties.maxBatch()) {
            throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "device.batch-too-large", properties.maxBatch());
        }
        Venue venue = venues.find(device.venueId());
        if (venue.suspended()) {
            throw new ProblemException(HttpStatus.CONFLICT, "venue.suspended");
        }
        Instant now = clock.instant();
        ItemResult[] results = new ItemResult[items.size()];
        List<Integer> readable = new ArrayList<>();
        List<PersonalQrCodes.QrToRead> codes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String eventId = eventId(item);
            try {
                if (eventId.isEmpty() || eventId.length() > MAX_EVENT_ID) {
                    throw ProblemException.badRequest("device.event-id-invalid", MAX_EVENT_ID);
                }
                if (!seen.add(eventId)) {
                    throw ProblemException.badRequest("device.event-id-repeated");
                }
                codes.add(new PersonalQrCodes.QrToRead(item.qr() == null ? "" : item.qr().trim(), scanTime(item.scannedAt(), now)));
                readable.add(i);
            } catch (ProblemException refused) {
                results[i] = refused(eventId, refused);
            }
        }
        // All codes of the batch in one go: a query for printed codes and one for other apps' codes, not one per scan.
        List<PersonalQrCodes.QrReading> readings = personalQr.readAll(codes);
        List<Pending> valid = new ArrayList<>();
        for (int k = 0; k < readable.size(); k++) {
            int i = readable.get(k);
            PersonalQrCodes.QrReading reading = readings.get(k);
            if (reading.refusal() != null) {
                results[i] = refused(eventId(items.get(i)), reading.refusal());
            } else {
                valid.add(new Pending(i, new DeviceScan(eventId(items.get(i)), codes.get(k).scannedAt(),
                        CheckinService.visitorOf(reading.scanned()))));
            }
        }
        List<Pending> toStore = foldRepeats(valid, results);
        if (!toStore.isEmpty()) {
            Map<String, DeviceBatchWriter.Written> written = writer.write(venue, device.deviceId(),
                    toStore.stream().map(Pending::scan).toList(), now.minus(properties.deviceMaxAge().multipliedBy(2)));
            for (Pending pending : toStore) {
                String event = pending.scan().eventId();
                DeviceBatchWriter.Written row = written.get(event);
                Outcome outcome = row.insertedId() != null ? Outcome.ACCEPTED
                        : row.storedBeforeId() != null ? Outcome.DUPLICATE : Outcome.MERGED;
                results[pending.index()] = ItemResult.of(event, outcome,
                        row.insertedId() != null ? row.insertedId() : row.storedBeforeId());
            }
        }
        return List.of(results);
    }

    /** A valid scan and where it stood in the batch, so answers come back in the device's order. */
    private record Pending(int index, DeviceScan scan) {
    }

    private static String eventId(Item item) {
        return item == null || item.eventId() == null ? "" : item.eventId().trim();
    }

    private static ItemResult refused(String eventId, ProblemException refusal) {
        return new ItemResult(eventId, Outcome.REFUSED, null, refusal.code(), refusal.arguments());
    }

    private Instant scanTime(String text, Instant now) {
        Instant at;
        try {
            at = Instant.parse(text == null ? "" : text.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("device.scan-time-invalid");
        }
        if (at.isBefore(now.minus(properties.deviceMaxAge()))) {
            throw ProblemException.badRequest("device.scan-too-old", properties.deviceMaxAge().toHours());
        }
        if (at.isAfter(now.plus(properties.deviceClockSkew()))) {
            throw ProblemException.badRequest("device.scan-in-future");
        }
        return at;
    }

    /** Scans of one visitor within the collapse window of each other in the same batch are one visit. */
    private List<Pending> foldRepeats(List<Pending> scans, ItemResult[] results) {
        List<Pending> sorted = new ArrayList<>(scans);
        sorted.sort(Comparator.comparing((Pending pending) -> pending.scan().visitor().key())
                .thenComparing(pending -> pending.scan().scannedAt()));
        List<Pending> kept = new ArrayList<>();
        DeviceScan previous = null;
        for (Pending pending : sorted) {
            DeviceScan scan = pending.scan();
            if (previous != null && previous.visitor().key().equals(scan.visitor().key())
                    && !scan.scannedAt().isAfter(previous.scannedAt().plus(properties.collapseWindow()))) {
                results[pending.index()] = ItemResult.of(scan.eventId(), Outcome.MERGED, null);
                continue;
            }
            kept.add(pending);
            previous = scan;
        }
        return kept;
    }
}
