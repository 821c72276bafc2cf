package vn.greenzone.declaration;

import java.time.Duration;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code greenzone.declaration}. The symptom and exposure lists changed with the Ministry's
 * forms, so they are settings too; the defaults are those of tokhaiyte.vn in 2021.
 */
@ConfigurationProperties("greenzone.declaration")
public record DeclarationProperties(
        /** Symptoms a person may tick; any ticked one flags the declaration. */
        List<HealthQuestion> symptoms,
        /** Exposures a person may tick; any ticked one flags the declaration. */
        List<HealthQuestion> exposures,
        /** A declaration counts at the door for this long ("declared in the last 24 hours"). */
        @DefaultValue("24h") Duration validFor,
        /** Flagged declarations stay on the health officials' list for this long (one incubation period). */
        @DefaultValue("14d") Duration flaggedFor,
        /** The zone of days: "today", dates in the future, the numbers per day. */
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone) {

    static final List<HealthQuestion> DEFAULT_SYMPTOMS = List.of(
            new HealthQuestion("fever", "Sốt", "Fever"),
            new HealthQuestion("cough", "Ho", "Cough"),
            new HealthQuestion("shortness-of-breath", "Khó thở", "Shortness of breath"),
            new HealthQuestion("pneumonia", "Viêm phổi", "Pneumonia"),
            new HealthQuestion("sore-throat", "Đau họng", "Sore throat"),
            new HealthQuestion("fatigue", "Mệt mỏi", "Fatigue"));

    static final List<HealthQuestion> DEFAULT_EXPOSURES = List.of(
            new HealthQuestion("case-contact", "Tiếp xúc với người bệnh hoặc nghi ngờ mắc COVID-19",
                    "Contact with a case or suspected case of COVID-19"),
            new HealthQuestion("affected-area-contact", "Tiếp xúc với người từ nơi có dịch",
                    "Contact with someone from an area with an outbreak"),
            new HealthQuestion("symptomatic-contact", "Tiếp xúc với người có biểu hiện sốt, ho, khó thở hoặc viêm phổi",
                    "Contact with someone with fever, cough, shortness of breath or pneumonia"));

    public DeclarationProperties {
        symptoms = symptoms == null || symptoms.isEmpty() ? DEFAULT_SYMPTOMS : List.copyOf(symptoms);
        exposures = exposures == null || exposures.isEmpty() ? DEFAULT_EXPOSURES : List.copyOf(exposures);
        var codes = new HashSet<String>();
        for (HealthQuestion question : symptoms) {
            requireNew(codes, question);
        }
        for (HealthQuestion question : exposures) {
            requireNew(codes, question);
        }
    }

    /** Codes are stored and read back: one code, one meaning, across both lists. */
    private static void requireNew(HashSet<String> codes, HealthQuestion question) {
        if (!codes.add(question.code())) {
            throw new IllegalArgumentException("greenzone.declaration: the code " + question.code() + " is used twice");
        }
    }

    public Optional<HealthQuestion> symptom(String code) {
        return symptoms.stream().filter(question -> question.code().equals(code)).findFirst();
    }

    public Optional<HealthQuestion> exposure(String code) {
        return exposures.stream().filter(question -> question.code().equals(code)).findFirst();
    }
}
