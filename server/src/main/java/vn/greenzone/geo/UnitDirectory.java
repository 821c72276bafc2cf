package vn.greenzone.geo;

import java.util.List;
import java.util.Optional;

/** Looks up administrative units; every other module asks here and never reads the table. */
public interface UnitDirectory {

    Optional<AdministrativeUnit> find(String code);

    /** The unit, or a 404 problem {@code unit.not-found} naming the code. */
    AdministrativeUnit require(String code);

    /** Direct children, ordered by name. */
    List<AdministrativeUnit> children(String code);

    /** From the country down to the unit itself. */
    List<AdministrativeUnit> path(String code);

    /**
     * The unit and those above it up to the province, as a Vietnamese address ends: "Phường Tân Phú,
     * Thành phố Đồng Xoài, Tỉnh Bình Phước".
     */
    default String placeName(String code) {
        return path(code).reversed().stream()
                .filter(step -> step.parentCode() != null)
                .map(AdministrativeUnit::name)
                .collect(java.util.stream.Collectors.joining(", "));
    }

    /** The codes of the unit and of every unit below it. */
    java.util.Set<String> subtree(String code);

    /**
     * Every unit of the subtree mapped to the unit directly below {@code code} that holds it, as numbers per
     * child unit are reported; a unit without children maps to itself.
     */
    default java.util.Map<String, String> byChild(String code) {
        List<AdministrativeUnit> children = children(code);
        var map = new java.util.HashMap<String, String>();
        if (children.isEmpty()) {
            map.put(code, code);
        }
        for (AdministrativeUnit child : children) {
            subtree(child.code()).forEach(unit -> map.put(unit, child.code()));
        }
        return map;
    }

    /** True when {@code code} is {@code ancestorCode} or lies anywhere below it. */
    boolean isWithin(String code, String ancestorCode);

    /**
     * Units whose name, with the names of the units above it, contains every word of the query,
     * diacritics ignored ("dong xoai" finds Thành phố Đồng Xoài and each of its wards). Units whose
     * own name matches come first. {@code within} (nullable) restricts to a subtree.
     */
    List<AdministrativeUnit> search(String query, String within, int limit);
}
