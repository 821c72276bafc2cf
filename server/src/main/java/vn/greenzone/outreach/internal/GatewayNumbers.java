package vn.greenzone.outreach.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as gateways write them ({@code 84912345678}, {@code +84912345678}, {@code 0912345678}) in the form
 * the server stores ({@code +84912345678}). Outreach sits below identity, so it has its own reading.
 */
public final class GatewayNumbers {

    private static final Pattern VIETNAMESE_MOBILE = Pattern.compile("84[35789]\\d{8}");

    private GatewayNumbers() {
    }

    public static Optional<String> international(String number) {
        if (number == null) {
            return Optional.empty();
        }
        String digits = number.replaceAll("[^0-9]", "");
        if (digits.startsWith("0")) {
            digits = "84" + digits.substring(1);
        }
        return VIETNAMESE_MOBILE.matcher(digits).matches() ? Optional.of("+" + digits) : Optional.empty();
    }

    /** What SMPP's destination address carries: the international number without its plus. */
    static String smpp(String internationalNumber) {
        return internationalNumber.substring(1);
    }
}
