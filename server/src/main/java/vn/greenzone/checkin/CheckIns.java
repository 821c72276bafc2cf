package vn.greenzone.checkin;

import java.util.List;

import org.springframework.stereotype.Service;

import vn.greenzone.checkin.internal.CheckinService;

/** Check-in for other modules (demo data, imports), through the same rules as a visitor's own scan. */
@Service
public class CheckIns {

    private final CheckinService checkins;

    CheckIns(CheckinService checkins) {
        this.checkins = checkins;
    }

    /** The signed-in person checks in at the venue of the poster; returns the visit's id. */
    public long checkIn(String posterUrl, String clientAddress) {
        return checkins.selfScan(posterUrl, List.of(), clientAddress).visits().getFirst().id();
    }
}
