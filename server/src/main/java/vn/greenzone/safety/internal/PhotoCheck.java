package vn.greenzone.safety.internal;

import java.util.Arrays;

import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

import vn.greenzone.platform.ProblemException;

/** Accepts JPEG and PNG photos by their first bytes (never by a name or a declared type) up to a size. */
public final class PhotoCheck {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private PhotoCheck() {
    }

    /**
     * The media type of the photo; 400 {@code safety.photo-empty}, 413 {@code safety.photo-too-large},
     * 415 {@code safety.photo-not-image}.
     */
    public static String typeOf(byte[] bytes, DataSize max) {
        if (bytes == null || bytes.length == 0) {
            throw ProblemException.badRequest("safety.photo-empty");
        }
        if (bytes.length > max.toBytes()) {
            throw new ProblemException(HttpStatus.CONTENT_TOO_LARGE, "safety.photo-too-large", max.toMegabytes());
        }
        if (startsWith(bytes, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(bytes, PNG)) {
            return "image/png";
        }
        throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "safety.photo-not-image");
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }
}
