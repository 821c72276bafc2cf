package vn.greenzone.identity;

import java.util.regex.Pattern;

import vn.greenzone.platform.Masking;
import vn.greenzone.platform.ProblemException;

/**
 * A Vietnamese mobile number in international form ({@code +84912345678}). {@code 0912345678},
 * {@code 84912345678} and {@code +84 91 234 5678} are the same number.
 */
public record PhoneNumber(String international) {

    /** Mobile prefixes after the country code: 3x, 5x, 7x, 8x, 9x, then eight digits. */
    private static final Pattern MOBILE = Pattern.compile("[35789]\\d{8}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.()\\-]");

    public PhoneNumber {
        if (international == null || !international.startsWith("+84") || !MOBILE.matcher(international.substring(3)).matches()) {
            throw ProblemException.badRequest("phone.invalid");
        }
    }

    /** Normalises what a person typed; refuses foreign and malformed numbers with a clear message. */
    public static PhoneNumber parse(String typed) {
        if (typed == null || typed.isBlank()) {
            throw ProblemException.badRequest("phone.missing");
        }
        String digits = SEPARATORS.matcher(typed.trim()).replaceAll("");
        if (digits.startsWith("00")) {
            digits = "+" + digits.substring(2);
        }
        String national;
        if (digits.startsWith("+")) {
            if (!digits.startsWith("+84")) {
                throw ProblemException.badRequest("phone.foreign");
            }
            national = digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            national = digits.substring(2);
        } else if (digits.startsWith("0")) {
            national = digits.substring(1);
        } else {
            throw ProblemException.badRequest("phone.invalid");
        }
        if (!MOBILE.matcher(national).matches()) {
            throw ProblemException.badRequest("phone.invalid");
        }
        return new PhoneNumber("+84" + national);
    }

    /** The form people write at home: {@code 0912345678}. */
    public String national() {
        return "0" + international.substring(3);
    }

    /** {@code 09******78}, for lists that must not show the number. */
    public String masked() {
        return Masking.phone(national());
    }

    @Override
    public String toString() {
        return international;
    }
}
