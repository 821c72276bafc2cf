package vn.greenzone.tracing.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.platform.VietnameseText;
import vn.greenzone.tracing.TracingProperties;

/**
 * Writes notices in a language: what happened (where and when, never who), and the instructions of the
 * case's unit — the nearest unit above it that has its own, else the default.
 */
@Component
public class AlertTexts {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final MessageSource messages;
    private final UnitDirectory units;
    private final TracingProperties properties;

    AlertTexts(MessageSource messages, UnitDirectory units, TracingProperties properties) {
        this.messages = messages;
        this.units = units;
        this.properties = properties;
    }

    public String title(AlertRepository.StoredAlert alert, Locale locale) {
        return "CONTACT".equals(alert.kind())
                ? messages.getMessage("tracing.alert.contact.title", new Object[] {alert.generation()}, locale)
                : messages.getMessage("tracing.alert.venue.title", null, locale);
    }

    public String message(AlertRepository.StoredAlert alert, Locale locale) {
        String who = alert.about() == null || alert.about().isEmpty() ? ""
                : messages.getMessage("tracing.alert.about", new Object[] {alert.about()}, locale) + " ";
        String what;
        if ("CONTACT".equals(alert.kind())) {
            what = alert.venueName() == null
                    ? messages.getMessage("tracing.alert.contact.close", new Object[] {day(alert.exposureAt())}, locale)
                    : messages.getMessage("tracing.alert.contact.venue",
                            new Object[] {alert.venueName(), time(alert.exposureAt())}, locale);
        } else {
            what = messages.getMessage("tracing.alert.venue.message",
                    new Object[] {alert.venueName(), time(alert.exposureAt()),
                            messages.getMessage("tracing.alert.type." + alert.messageType(), null, locale)}, locale);
        }
        return who + what + " " + instructions(alert.unitCode(), locale);
    }

    /**
     * An SMS carries both languages, since the number may belong to a visitor who reads either; without
     * diacritics, as SMS in Vietnam are written, so that it fits the GSM alphabet.
     */
    public String sms(AlertRepository.StoredAlert alert) {
        return VietnameseText.fold("Greenzone: " + message(alert, VIETNAMESE) + " / " + message(alert, Locale.ENGLISH));
    }

    public String instructions(String unitCode, Locale locale) {
        String language = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "vi";
        var path = units.path(unitCode).reversed();
        for (AdministrativeUnit unit : path) {
            Map<String, String> texts = properties.instructions().get(unit.code());
            if (texts != null && texts.get(language) != null) {
                return texts.get(language);
            }
        }
        Map<String, String> fallback = properties.instructions().get("default");
        return fallback != null && fallback.get(language) != null ? fallback.get(language)
                : messages.getMessage("tracing.instructions.default", null, locale);
    }

    private String day(Instant at) {
        return at == null ? "" : DAY.format(at.atZone(properties.zone()));
    }

    private String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(properties.zone()));
    }
}
