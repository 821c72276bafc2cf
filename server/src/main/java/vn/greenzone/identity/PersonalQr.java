package vn.greenzone.identity;

import java.time.Instant;

/**
 * A personal QR as shown or printed. {@code text} is in the national layout
 * {@code SoGiayTo|HoTen|NgaySinh|LoaiDinhDanh|QID|EXT} with Greenzone's signature in the extension;
 * {@code expiresAt} is null for a printed code, which lives until revoked.
 */
public record PersonalQr(String text, Instant issuedAt, Instant expiresAt, Long printedId, Long dependantId) {
}
