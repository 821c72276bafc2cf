package vn.greenzone.identity;

import java.time.LocalDate;

/**
 * Who a scanned personal QR stands for. A Greenzone code names a person ({@code personId}) or a dependant
 * ({@code dependantId}, with {@code personId} null: {@link Dependants#find} gives the guardian); a code in the
 * national layout from another app is matched to a person by ID number when possible and otherwise
 * carries only the fields it had ({@code personId} and {@code dependantId} both null).
 */
public record ScannedQr(Source source, Long personId, Long dependantId, String idNumber, String fullName,
        LocalDate birthDate, Gender gender, String phone) {

    public enum Source {
        /** Greenzone's rotating on-screen code. */
        SCREEN,
        /** Greenzone's long-lived printed code. */
        PRINTED,
        /** National layout without Greenzone's signature: another app's code, trusted as far as it goes. */
        FOREIGN
    }
}
