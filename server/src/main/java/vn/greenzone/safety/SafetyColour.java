package vn.greenzone.safety;

/** How safe a venue is shown: rated green, yellow or red; grey when its rating is overdue; NONE never rated. */
public enum SafetyColour {
    GREEN, YELLOW, RED, GREY, NONE;

    /** Colours an inspector may give as a verdict. */
    public boolean isVerdict() {
        return this == GREEN || this == YELLOW || this == RED;
    }

    public String labelKey() {
        return "safety.colour." + name();
    }
}
