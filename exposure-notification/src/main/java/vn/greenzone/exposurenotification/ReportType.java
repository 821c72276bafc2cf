package vn.greenzone.exposurenotification;

/** Diagnosis report type, with the numbers of the export protobuf's {@code ReportType} enum. */
public enum ReportType {
    UNKNOWN(0),
    CONFIRMED_TEST(1),
    CONFIRMED_CLINICAL_DIAGNOSIS(2),
    SELF_REPORT(3),
    RECURSIVE(4),
    /** A previously published key withdrawn (e.g. a false positive): never matched. */
    REVOKED(5);

    private final int number;

    ReportType(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** @throws ExposureDataException UNKNOWN_REPORT_TYPE for numbers outside the published schema */
    public static ReportType ofNumber(int number) {
        for (ReportType type : values()) {
            if (type.number == number) {
                return type;
            }
        }
        throw new ExposureDataException(ExposureDataException.Problem.UNKNOWN_REPORT_TYPE,
                "report type " + number + " is not one of 0..5");
    }
}
