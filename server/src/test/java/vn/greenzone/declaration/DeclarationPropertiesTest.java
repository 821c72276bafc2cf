package vn.greenzone.declaration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The symptom and exposure lists are settings with tokhaiyte.vn's defaults; a code means one thing. */
class DeclarationPropertiesTest {

    private static DeclarationProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("greenzone.declaration", Bindable.of(DeclarationProperties.class));
    }

    @Test
    void theDefaultsAreThoseOfTheNationalForm() {
        DeclarationProperties properties = bind(Map.of());
        assertThat(properties.symptoms()).extracting(HealthQuestion::code)
                .containsExactly("fever", "cough", "shortness-of-breath", "pneumonia", "sore-throat", "fatigue");
        assertThat(properties.exposures()).hasSize(3);
        assertThat(properties.validFor()).isEqualTo(Duration.ofHours(24));
        assertThat(properties.flaggedFor()).isEqualTo(Duration.ofDays(14));
        assertThat(properties.symptom("cough").orElseThrow().label(Locale.ENGLISH)).isEqualTo("Cough");
        assertThat(properties.symptom("cough").orElseThrow().label(Locale.forLanguageTag("vi"))).isEqualTo("Ho");
    }

    @Test
    void aConfiguredListReplacesTheDefaultAndCodesMustBeUnique() {
        DeclarationProperties properties = bind(Map.of(
                "greenzone.declaration.symptoms[0].code", "loss-of-smell",
                "greenzone.declaration.symptoms[0].vi", "Mất khứu giác",
                "greenzone.declaration.symptoms[0].en", "Loss of smell",
                "greenzone.declaration.valid-for", "12h"));
        assertThat(properties.symptoms()).extracting(HealthQuestion::code).containsExactly("loss-of-smell");
        assertThat(properties.symptom("fever")).isEmpty();
        assertThat(properties.exposures()).as("untouched").hasSize(3);
        assertThat(properties.validFor()).isEqualTo(Duration.ofHours(12));

        assertThatThrownBy(() -> bind(Map.of("greenzone.declaration.symptoms[0].code", "case-contact",
                "greenzone.declaration.symptoms[0].vi", "Tiếp xúc", "greenzone.declaration.symptoms[0].en", "Contact")))
                .isInstanceOf(BindException.class).hasRootCauseMessage(
                        "greenzone.declaration: the code case-contact is used twice");
        assertThatThrownBy(() -> bind(Map.of("greenzone.declaration.symptoms[0].code", "Sốt",
                "greenzone.declaration.symptoms[0].vi", "Sốt", "greenzone.declaration.symptoms[0].en", "Fever")))
                .isInstanceOf(BindException.class).hasRootCauseInstanceOf(IllegalArgumentException.class);
    }
}
