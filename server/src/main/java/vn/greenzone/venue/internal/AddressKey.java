package vn.greenzone.venue.internal;

import java.util.regex.Pattern;

import vn.greenzone.platform.VietnameseText;

/**
 * An address as the one-QR-per-location rule compares it: folded, lower case, punctuation gone, and
 * the usual abbreviations spelled one way, so "Số 12, Đường Lê Lợi" and "12 d. le loi" are one place.
 */
public final class AddressKey {

    /** House-number prefixes carry nothing: "số 12" and "12" are the same house. */
    private static final Pattern NUMBER_PREFIX = Pattern.compile("\\b(so nha|so|sn)\\b");
    private static final Pattern STREET = Pattern.compile("\\b(duong|dg)\\b");
    private static final Pattern ALLEY = Pattern.compile("\\b(hem)\\b");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private AddressKey() {
    }

    public static String of(String address) {
        String key = VietnameseText.searchKey(address);
        key = NUMBER_PREFIX.matcher(key).replaceAll(" ");
        key = STREET.matcher(key).replaceAll("d");
        key = ALLEY.matcher(key).replaceAll("h");
        return SPACES.matcher(key).replaceAll(" ").trim();
    }
}
