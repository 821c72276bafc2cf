package vn.greenzone.tracing;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import vn.greenzone.identity.AccessControl;
import vn.greenzone.tracing.internal.AlertRepository;
import vn.greenzone.tracing.internal.AlertTexts;

/** The notices of the signed-in person (they were a contact, or at a risky venue), for the home page and the API. */
@Service
public class Alerts {

    private static final int SHOWN = 20;

    /** A notice in the reader's language. {@code kind} is CONTACT or RISKY_VENUE. */
    public record Alert(long id, String kind, String title, String message, Instant createdAt) {
    }

    private final AlertRepository alerts;
    private final AlertTexts texts;
    private final AccessControl access;

    Alerts(AlertRepository alerts, AlertTexts texts, AccessControl access) {
        this.alerts = alerts;
        this.texts = texts;
        this.access = access;
    }

    public List<Alert> mine(Locale locale) {
        return alerts.of(access.current().personId(), SHOWN).stream()
                .map(alert -> new Alert(alert.id(), alert.kind(), texts.title(alert, locale), texts.message(alert, locale),
                        alert.createdAt()))
                .toList();
    }
}
