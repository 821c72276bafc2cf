package vn.greenzone.identity.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.greenzone.identity.Gender;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.VietnameseText;

/**
 * A personal QR in the national layout (1405/QĐ-BTTTT): {@code SoGiayTo|HoTen|NgaySinh|LoaiDinhDanh|QID|EXT},
 * the extensions separated by {@code <}: proxy's id, gender 0/1/2, health-insurance number, phone, then
 * whatever an app appends (Greenzone appends its seal last).
 */
public record NationalQrText(String idNumber, String fullName, LocalDate birthDate, boolean onBehalf, String qid,
        List<String> extensions) {

    public static final int PROXY = 0;
    public static final int GENDER = 1;
    public static final int INSURANCE = 2;
    public static final int PHONE = 3;

    /** Far above any real code: junk is refused before any work is done on it. */
    static final int MAX_LENGTH = 1024;
    private static final int FIELDS = 6;

    /**
     * The text for a holder: name upper-case without diacritics, birth date ISO, and no {@code |} inside a
     * field (nor {@code <} inside an extension) to shift the fields a reader sees.
     */
    public static String write(String idNumber, String fullName, LocalDate birthDate, boolean onBehalf, String qid,
            String proxyId, Gender gender, String phone) {
        String name = VietnameseText.fold(fullName == null ? "" : fullName).toUpperCase(Locale.ROOT);
        return String.join("|", field(idNumber), field(name), birthDate == null ? "" : birthDate.toString(),
                onBehalf ? "1" : "0", field(qid), String.join("<", extension(proxyId),
                        gender == null ? "" : Integer.toString(gender.ordinal()), "", extension(phone)));
    }

    /** Parses strictly: exactly six fields, a real date, LoaiDinhDanh 0 or 1; anything else is 400 {@code qr.malformed}. */
    public static NationalQrText parse(String text) {
        if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
            throw malformed();
        }
        String[] fields = new String[FIELDS];
        int start = 0;
        for (int i = 0; i < FIELDS - 1; i++) {
            int bar = text.indexOf('|', start);
            if (bar < 0) {
                throw malformed();
            }
            fields[i] = text.substring(start, bar);
            start = bar + 1;
        }
        fields[FIELDS - 1] = text.substring(start);
        if (fields[FIELDS - 1].indexOf('|') >= 0 || fields[1].isBlank()
                || !(fields[3].equals("0") || fields[3].equals("1"))) {
            throw malformed();
        }
        return new NationalQrText(fields[0], fields[1], date(fields[2]), fields[3].equals("1"), fields[4],
                extensions(fields[5]));
    }

    /** The extension at {@code index}, empty when the code has fewer. */
    public String extension(int index) {
        return index < extensions.size() ? extensions.get(index) : "";
    }

    public String lastExtension() {
        return extensions.getLast();
    }

    /** Gender as coded in the extensions; null when absent or not 0, 1 or 2. */
    public Gender gender() {
        String code = extension(GENDER);
        return code.length() == 1 && code.charAt(0) >= '0' && code.charAt(0) <= '2'
                ? Gender.values()[code.charAt(0) - '0'] : null;
    }

    private static LocalDate date(String text) {
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            throw malformed();
        }
        try {
            return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        } catch (DateTimeException e) {
            throw malformed();
        }
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw malformed();
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static List<String> extensions(String ext) {
        var list = new ArrayList<String>(6);
        int start = 0;
        for (int lt = ext.indexOf('<'); lt >= 0; lt = ext.indexOf('<', start)) {
            list.add(ext.substring(start, lt));
            start = lt + 1;
        }
        list.add(ext.substring(start));
        return list;
    }

    private static String field(String value) {
        return value == null ? "" : value.replace("|", "");
    }

    private static String extension(String value) {
        return field(value).replace("<", "");
    }

    private static ProblemException malformed() {
        return ProblemException.badRequest("qr.malformed");
    }
}
