package vn.greenzone.identity.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.greenzone.platform.ProblemException;

/** What a name, birth date and ID number must look like, for people and the dependants they declare. */
public final class ProfileRules {

    public static final int MAX_NAME = 100;
    private static final int MIN_BIRTH_YEAR = 1900;
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9A-Z]{8,12}");

    private ProfileRules() {
    }

    /** The name with single spaces; refuses a blank or overlong one. */
    public static String fullName(String fullName) {
        String name = fullName == null ? null : fullName.trim().replaceAll("\\s+", " ");
        if (name == null || name.isEmpty() || name.length() > MAX_NAME) {
            throw ProblemException.badRequest("person.name-invalid", MAX_NAME);
        }
        return name;
    }

    /** Refuses a birth date in the future or before 1900; null stays null. */
    public static LocalDate birthDate(LocalDate birthDate) {
        if (birthDate != null && (birthDate.isAfter(LocalDate.now()) || birthDate.getYear() < MIN_BIRTH_YEAR)) {
            throw ProblemException.badRequest("person.birth-date-invalid");
        }
        return birthDate;
    }

    /** The ID number upper-case, or null when blank; refuses anything but 8 to 12 digits or letters. */
    public static String idNumber(String idNumber) {
        String id = normalisedIdNumber(idNumber);
        if (id != null && !ID_NUMBER.matcher(id).matches()) {
            throw ProblemException.badRequest("person.id-number-invalid");
        }
        return id;
    }

    /** True when {@code id} (already normalised) could be a stored ID number. */
    public static boolean isIdNumber(String id) {
        return id != null && ID_NUMBER.matcher(id).matches();
    }

    public static String normalisedIdNumber(String idNumber) {
        return idNumber == null || idNumber.isBlank() ? null : idNumber.trim().toUpperCase(Locale.ROOT);
    }
}
