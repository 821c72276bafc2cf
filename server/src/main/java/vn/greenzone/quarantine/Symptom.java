package vn.greenzone.quarantine;

/** What the daily report asks, as the Ministry of Health's form did in 2021. */
public enum Symptom {
    FEVER, COUGH, SHORTNESS_OF_BREATH, BODY_PAIN_OR_FATIGUE, LOSS_OF_TASTE_OR_SMELL;

    public String labelKey() {
        return "quarantine.symptom." + name();
    }
}
