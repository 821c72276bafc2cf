package vn.greenzone.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text for comparison: people type names with or without diacritics. */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{Alnum}]+");

    private VietnameseText() {
    }

    /** Folded to ASCII letters: "Đồng Xoài" becomes "Dong Xoai". */
    public static String fold(String text) {
        String decomposed = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return decomposed.replace('đ', 'd').replace('Đ', 'D');
    }

    /** Folded, lower-case, words separated by single spaces: the form search compares. */
    public static String searchKey(String text) {
        return NOT_WORD.matcher(fold(text).toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }
}
