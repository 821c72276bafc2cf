package vn.greenzone.declaration;

/** The COVID-19 test an arriving traveller shows. A positive one flags the declaration. */
public enum TestResult {
    NEGATIVE, POSITIVE, PENDING, NOT_TESTED;

    public String labelKey() {
        return "declaration.test." + name();
    }
}
