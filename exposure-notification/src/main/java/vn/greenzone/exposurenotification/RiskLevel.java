package vn.greenzone.exposurenotification;

/** Risk level of an exposure window or a day, numbered as in the Corona-Warn-App configuration. */
public enum RiskLevel {
    LOW(1),
    HIGH(2);

    private final int number;

    RiskLevel(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static RiskLevel ofNumber(int number) {
        return switch (number) {
            case 1 -> LOW;
            case 2 -> HIGH;
            default -> throw new IllegalArgumentException("risk level must be 1 or 2, was " + number);
        };
    }
}
