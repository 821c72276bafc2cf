package vn.greenzone.checkin;

import java.time.Instant;

import org.springframework.stereotype.Service;

import vn.greenzone.checkin.internal.CheckinService;

/** Check-in for other modules (demo data, imports), through the same rules as a visitor's own scan. */
@Service
public class CheckIns {

    private final CheckinService checkins;

    CheckIns(CheckinService checkins) {
        this.checkins = checkins;
    }

    /**
     * Records a registered person's past visit, as a paper register or another system has it, through the
     * same statement as a scan (an open visit elsewhere is closed at the arrival); the departure, when
     * known, closes it. Any day within the retention period will do: its partition is made if need be. For
     * trusted callers (imports, demo data): no rights are checked. Returns the visit's id.
     */
    public long importVisit(long venueId, long personId, Instant arrival, Instant departure, VisitMethod method) {
        return checkins.importVisit(venueId, personId, arrival, departure, method);
    }
}
