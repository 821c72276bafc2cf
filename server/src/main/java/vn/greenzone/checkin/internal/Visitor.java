package vn.greenzone.checkin.internal;

import java.time.LocalDate;

/**
 * Who is checking in, as the check-in table records them: a registered person, one of their dependants,
 * or only the fields a manual entry or another app's QR carried. {@code foreignCode} marks what another
 * app's unsigned code claimed: nothing vouches for it, so tracing can weigh it accordingly.
 */
public record Visitor(Long personId, Long dependantId, String name, String phone, String idNumber, LocalDate birthDate,
        boolean foreignCode) {

    public static Visitor person(long personId) {
        return new Visitor(personId, null, null, null, null, null, false);
    }

    public static Visitor dependant(long dependantId) {
        return new Visitor(null, dependantId, null, null, null, null, false);
    }

    public boolean registered() {
        return personId != null || dependantId != null;
    }

    /** Identifies the visitor for collapsing repeated scans: who they are, not how they were scanned. */
    public String key() {
        if (personId != null) {
            return "p" + personId;
        }
        if (dependantId != null) {
            return "d" + dependantId;
        }
        return "v" + name + "|" + phone + "|" + idNumber;
    }
}
