package vn.greenzone.identity;

/** Coded as in the national personal-QR layout (1405/QĐ-BTTTT): 0 female, 1 male, 2 other. */
public enum Gender {
    FEMALE, MALE, OTHER;

    public String labelKey() {
        return "gender." + name();
    }
}
