package vn.greenzone.declaration;

import java.util.Locale;

/**
 * One answer a person may tick: a symptom or an exposure, with its stable code (stored) and its label in
 * Vietnamese and English. The lists are settings (see {@link DeclarationProperties}), shared with the
 * quarantine daily report.
 */
public record HealthQuestion(String code, String vi, String en) {

    public HealthQuestion {
        if (code == null || !code.matches("[a-z0-9-]{1,40}") || vi == null || vi.isBlank() || en == null || en.isBlank()) {
            throw new IllegalArgumentException("A health question needs a code of a-z, 0-9 and '-', and both labels: " + code);
        }
    }

    /** The label in the reader's language: English for English, Vietnamese otherwise. */
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : vi;
    }
}
