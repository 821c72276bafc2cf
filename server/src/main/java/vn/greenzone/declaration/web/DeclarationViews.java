package vn.greenzone.declaration.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.greenzone.declaration.DeclarationProperties;
import vn.greenzone.declaration.HealthQuestion;
import vn.greenzone.declaration.internal.FlaggedDeclarations;
import vn.greenzone.declaration.internal.StoredDeclaration;

/** Declarations as the pages list them: times in Vietnam, answers by their labels in the reader's language. */
@Component
class DeclarationViews {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    /** One of the person's declarations in their history. */
    record HistoryRow(long id, String when, String kindKey, String name, String byKey, boolean flagged,
            String symptoms, String exposures) {
    }

    /** One line of the health officials' list. */
    record FlaggedRow(FlaggedDeclarations.Flagged declaration, String when, String symptoms, String exposures) {
    }

    private final DeclarationProperties properties;

    DeclarationViews(DeclarationProperties properties) {
        this.properties = properties;
    }

    List<HistoryRow> history(List<StoredDeclaration> declarations, Locale locale) {
        return declarations.stream().map(d -> new HistoryRow(d.id(), when(d.madeAt()), d.content().kind().labelKey(),
                d.content().fullName(), d.madeAs().labelKey(), d.flagged(),
                labels(d.content().symptoms(), properties::symptom, locale),
                labels(d.content().exposures(), properties::exposure, locale))).toList();
    }

    List<FlaggedRow> flagged(List<FlaggedDeclarations.Flagged> declarations, Locale locale) {
        return declarations.stream().map(d -> new FlaggedRow(d, when(d.madeAt()),
                labels(d.symptoms(), properties::symptom, locale), labels(d.exposures(), properties::exposure, locale)))
                .toList();
    }

    private String when(Instant at) {
        return WHEN.format(at.atZone(properties.zone()));
    }

    /** A code no longer configured still shows, as itself: what was declared is not rewritten. */
    private static String labels(List<String> codes, Function<String, Optional<HealthQuestion>> lookup, Locale locale) {
        return codes.stream().map(code -> lookup.apply(code).map(question -> question.label(locale)).orElse(code))
                .collect(Collectors.joining(", "));
    }
}
