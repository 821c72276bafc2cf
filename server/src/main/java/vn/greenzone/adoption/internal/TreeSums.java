package vn.greenzone.adoption.internal;

import java.util.HashMap;
import java.util.Map;

import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;

/**
 * Adds figures up the unit tree. Counted figures (users by home unit) add a unit's own count to its children's.
 * Imported figures take a unit's own figure where one was imported for it (an operator that counts a district as
 * a whole) and the sum of its children otherwise, so a figure is never counted twice; a unit with nothing
 * imported at or below it has no entry rather than zero.
 */
final class TreeSums {

    private final UnitDirectory units;

    TreeSums(UnitDirectory units) {
        this.units = units;
    }

    Map<String, Long> counted(Map<String, Long> own) {
        var sums = new HashMap<String, Long>();
        walk(AdministrativeUnit.COUNTRY, own, false, sums);
        return sums;
    }

    Map<String, Long> imported(Map<String, Long> own) {
        var sums = new HashMap<String, Long>();
        walk(AdministrativeUnit.COUNTRY, own, true, sums);
        return sums;
    }

    private Long walk(String code, Map<String, Long> own, boolean ownReplaces, Map<String, Long> sums) {
        Long sum = null;
        for (AdministrativeUnit child : units.children(code)) {
            Long childSum = walk(child.code(), own, ownReplaces, sums);
            if (childSum != null) {
                sum = sum == null ? childSum : sum + childSum;
            }
        }
        Long mine = own.get(code);
        if (mine != null) {
            sum = ownReplaces || sum == null ? mine : sum + mine;
        }
        if (sum != null) {
            sums.put(code, sum);
        }
        return sum;
    }
}
