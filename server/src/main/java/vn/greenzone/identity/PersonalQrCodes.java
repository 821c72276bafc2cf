package vn.greenzone.identity;

import java.util.List;

import org.springframework.stereotype.Service;

/** Personal QR codes: issued to people and their dependants, read back at the door. */
@Service
public class PersonalQrCodes {

    /**
     * The signed-in person's on-screen code, or that of one of their dependants: a new one every 60 s,
     * refused at the door once 2 minutes old.
     */
    public PersonalQr current(Long dependantId) {
        throw new UnsupportedOperationException("TODO qr helper");
    }

    /**
     * Reads a scanned code. Refuses: {@code qr.malformed} 400 (not the national layout),
     * {@code qr.forged} 400 (Greenzone signature does not verify), {@code qr.expired} 400 (an on-screen
     * code older than its expiry: a screenshot), {@code qr.revoked} 410 (a printed code its holder revoked).
     */
    public ScannedQr read(String text) {
        throw new UnsupportedOperationException("TODO qr helper");
    }

    /** As {@link #read(String)}, judging an on-screen code's expiry at the time it was scanned (offline readers). */
    public ScannedQr read(String text, java.time.Instant scannedAt) {
        throw new UnsupportedOperationException("TODO lead after merge");
    }

    /** Prints a long-lived code for the signed-in person or one of their dependants. */
    public PersonalQr print(Long dependantId) {
        throw new UnsupportedOperationException("TODO qr helper");
    }

    /** The signed-in person's printed codes that are still valid. */
    public List<PersonalQr> printed() {
        throw new UnsupportedOperationException("TODO qr helper");
    }

    public void revokePrinted(long printedId) {
        throw new UnsupportedOperationException("TODO qr helper");
    }
}
