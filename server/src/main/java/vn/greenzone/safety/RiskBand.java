package vn.greenzone.safety;

/** A workplace's COVID risk, in the bands of the 2021 guidance: the share of weighted criteria not met. */
public enum RiskBand {
    VERY_LOW(15), LOW(30), MEDIUM(50), HIGH(80), VERY_HIGH(100);

    private final int upTo;

    RiskBand(int upTo) {
        this.upTo = upTo;
    }

    /** The band of a risk in per cent (0–100). */
    public static RiskBand of(int riskPercent) {
        for (RiskBand band : values()) {
            if (riskPercent <= band.upTo) {
                return band;
            }
        }
        throw new IllegalArgumentException("risk over 100 %: " + riskPercent);
    }

    public String labelKey() {
        return "safety.risk." + name();
    }
}
