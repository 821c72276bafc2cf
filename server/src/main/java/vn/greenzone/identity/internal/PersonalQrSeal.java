package vn.greenzone.identity.internal;

import java.time.Instant;
import java.util.Base64;

import org.springframework.stereotype.Component;

import vn.greenzone.identity.ScannedQr;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.SigningKeys;
import vn.greenzone.platform.SigningKeys.SigningKey;

/**
 * Greenzone's seal, the last extension of its personal QRs: {@code GZ1.S.<expiry epoch seconds>.<signature>}
 * on screen, {@code GZ1.P.<printed id>.<signature>} on paper. The Ed25519 signature (base64url) covers
 * every character of the text before it, the seal's kind and number included, so neither the holder's
 * fields nor the expiry can be altered.
 */
@Component
public class PersonalQrSeal {

    public static final String PURPOSE = "personal-qr";
    static final String PREFIX = "GZ1.";

    /** What a verified seal says: on screen until an expiry, or printed with the id of its revocation row. */
    public record Seal(ScannedQr.Source source, long number) {
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SigningKey key;

    PersonalQrSeal(SigningKeys keys) {
        this.key = keys.forPurpose(PURPOSE);
    }

    public String screen(String unsignedText, Instant expiresAt) {
        return seal(unsignedText, 'S', expiresAt.getEpochSecond());
    }

    public String printed(String unsignedText, long printedId) {
        return seal(unsignedText, 'P', printedId);
    }

    /** True when the text ends in something that claims to be Greenzone's seal. */
    public static boolean isSealed(NationalQrText text) {
        return text.lastExtension().startsWith(PREFIX);
    }

    /** The seal of a sealed text; 400 {@code qr.forged} when it is malformed or its signature does not verify. */
    public Seal verify(String text) {
        int sealStart = text.lastIndexOf('<') + 1;
        int kindAt = sealStart + PREFIX.length();
        int signatureAt = text.lastIndexOf('.') + 1;
        if (kindAt + 2 >= signatureAt || text.charAt(kindAt + 1) != '.'
                || text.charAt(kindAt) != 'S' && text.charAt(kindAt) != 'P') {
            throw forged();
        }
        long number;
        byte[] signature;
        try {
            number = Long.parseLong(text, kindAt + 2, signatureAt - 1, 10);
            signature = DECODER.decode(text.substring(signatureAt));
        } catch (IllegalArgumentException e) {
            throw forged();
        }
        if (!key.verify(text.substring(0, signatureAt), signature)) {
            throw forged();
        }
        return new Seal(text.charAt(kindAt) == 'S' ? ScannedQr.Source.SCREEN : ScannedQr.Source.PRINTED, number);
    }

    /** The public key, X.509-encoded, for readers that verify codes offline. */
    public byte[] publicKey() {
        return key.publicKey();
    }

    private String seal(String unsignedText, char kind, long number) {
        String signed = unsignedText + "<" + PREFIX + kind + "." + number + ".";
        return signed + ENCODER.encodeToString(key.sign(signed));
    }

    private static ProblemException forged() {
        return ProblemException.badRequest("qr.forged");
    }
}
