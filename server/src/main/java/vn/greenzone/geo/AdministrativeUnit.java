package vn.greenzone.geo;

/**
 * One unit of the tree. {@code level} counts from the country (0); {@code type} is the official kind
 * ("Tỉnh", "Huyện", "Phường"...). The country has no parent.
 */
public record AdministrativeUnit(String code, String parentCode, int level, String name, String type) {

    /** The code of the root of the tree, the country. */
    public static final String COUNTRY = "VN";
}
