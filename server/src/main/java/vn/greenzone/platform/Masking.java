package vn.greenzone.platform;

import java.util.Locale;

/** Masks personal data for lists that must not show it in full (seed 003: partly hidden with '*'). */
public final class Masking {

    private Masking() {
    }

    /** {@code 0912345678} becomes {@code 09******78}. */
    public static String phone(String nationalNumber) {
        if (nationalNumber == null || nationalNumber.length() < 5) {
            return "***";
        }
        int n = nationalNumber.length();
        return nationalNumber.substring(0, 2) + "*".repeat(n - 4) + nationalNumber.substring(n - 2);
    }

    /** {@code Nguyễn Văn An} becomes {@code NGUYEN V*** A**}: family name kept, the rest reduced to initials. */
    public static String name(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return "";
        }
        String[] words = VietnameseText.fold(fullName).toUpperCase(Locale.ROOT).trim().split("\\s+");
        var masked = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            masked.append(' ').append(words[i].charAt(0)).append("*".repeat(Math.max(0, words[i].length() - 1)));
        }
        return masked.toString();
    }

    /** ID numbers keep only their last four characters. */
    public static String idNumber(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return "";
        }
        int keep = Math.min(4, idNumber.length() / 2);
        return "*".repeat(idNumber.length() - keep) + idNumber.substring(idNumber.length() - keep);
    }
}
