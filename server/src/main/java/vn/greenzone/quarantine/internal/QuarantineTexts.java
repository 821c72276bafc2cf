package vn.greenzone.quarantine.internal;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.greenzone.platform.PublicUrl;
import vn.greenzone.platform.VietnameseText;
import vn.greenzone.quarantine.Symptom;

/**
 * The texts quarantine sends. Each SMS carries Vietnamese then English without diacritics (the GSM
 * alphabet, as SMS in Vietnam are written), and never the person's health to anyone but officers.
 */
@Component
public class QuarantineTexts {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;
    private final PublicUrl publicUrl;

    QuarantineTexts(MessageSource messages, PublicUrl publicUrl) {
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    /** The personal link of a quarantine's daily report. */
    public String link(String token) {
        return publicUrl.base() + "/q/" + token;
    }

    /** To the person (or guardian) at enrolment: where, until when, and the link. */
    public String enrolled(String about, String facilityName, StoredQuarantine q, String token) {
        String vi = text("quarantine.sms.enrolled", VIETNAMESE, prefix(about, VIETNAMESE),
                where(facilityName, VIETNAMESE), DAY.format(q.startDate()), DAY.format(q.plannedEnd()));
        String en = text("quarantine.sms.enrolled", Locale.ENGLISH, prefix(about, Locale.ENGLISH),
                where(facilityName, Locale.ENGLISH), DAY.format(q.startDate()), DAY.format(q.plannedEnd()));
        return both(vi, en) + " " + link(token);
    }

    /** A reminder to report, with a fresh link (the old one stops working). */
    public String reminder(String about, StoredQuarantine q, String token) {
        return both(text("quarantine.sms.reminder", VIETNAMESE, prefix(about, VIETNAMESE), DAY.format(q.plannedEnd())),
                text("quarantine.sms.reminder", Locale.ENGLISH, prefix(about, Locale.ENGLISH), DAY.format(q.plannedEnd())))
                + " " + link(token);
    }

    public String testReferral(String about) {
        return both(text("quarantine.sms.test", VIETNAMESE, prefix(about, VIETNAMESE)),
                text("quarantine.sms.test", Locale.ENGLISH, prefix(about, Locale.ENGLISH)));
    }

    /** To the responsible officer: which quarantine, what was reported, where to look; no name. */
    public String alert(long quarantineId, Collection<Symptom> symptoms, BigDecimal temperature) {
        String number = Long.toString(quarantineId);
        return both(text("quarantine.sms.alert", VIETNAMESE, number, symptoms(symptoms, temperature, VIETNAMESE)),
                text("quarantine.sms.alert", Locale.ENGLISH, number, symptoms(symptoms, temperature, Locale.ENGLISH)))
                + " " + publicUrl.base() + "/quarantine/" + quarantineId;
    }

    /** "Sốt 38.6 °C, Ho", for alerts and history. */
    public String symptoms(Collection<Symptom> symptoms, BigDecimal temperature, Locale locale) {
        return symptoms.stream().sorted().map(symptom -> messages.getMessage(symptom.labelKey(), null, locale)
                        + (symptom == Symptom.FEVER && temperature != null ? " " + temperature.toPlainString() + " °C" : ""))
                .collect(Collectors.joining(", "));
    }

    private String prefix(String about, Locale locale) {
        return about == null ? "" : text("quarantine.sms.about", locale, about) + " ";
    }

    private String where(String facilityName, Locale locale) {
        return facilityName == null ? text("quarantine.sms.home", locale) : text("quarantine.sms.facility", locale, facilityName);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    private static String both(String vietnamese, String english) {
        return VietnameseText.fold("Greenzone: " + vietnamese + " / " + english).replace("°C", "C");
    }
}
