package vn.greenzone.adoption.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.greenzone.platform.ProblemException;

/**
 * What a file imports, and the columns it must have. Headings are matched without case or diacritics, in
 * Vietnamese or English, in any order; the first of each list is how the pages and messages name the column.
 */
public enum ImportKind {
    INSTALLS(true, false, List.of("so cai dat", "installs", "cai dat", "luot cai dat", "so luot cai dat")),
    SMARTPHONES(true, true, List.of("so smartphone", "smartphones", "smartphone", "so dien thoai thong minh",
            "dien thoai thong minh", "so may")),
    RESIDENTS(false, false, List.of("dan so", "residents", "population", "so dan", "nhan khau"));

    static final List<String> UNIT = List.of("ma don vi", "unit code", "unit", "ma xa", "don vi", "ma dvhc", "code");
    static final List<String> DAY = List.of("ngay", "date", "day");
    static final List<String> OPERATOR = List.of("nha mang", "operator", "doanh nghiep vien thong", "mang");

    private final boolean dated;
    private final boolean byOperator;
    private final List<String> valueHeadings;

    ImportKind(boolean dated, boolean byOperator, List<String> valueHeadings) {
        this.dated = dated;
        this.byOperator = byOperator;
        this.valueHeadings = valueHeadings;
    }

    boolean dated() {
        return dated;
    }

    boolean byOperator() {
        return byOperator;
    }

    /** The accepted headings of each column, in the order an import reads them: unit, [day], [operator], value. */
    List<List<String>> columns() {
        var columns = new ArrayList<List<String>>();
        columns.add(UNIT);
        if (dated) {
            columns.add(DAY);
        }
        if (byOperator) {
            columns.add(OPERATOR);
        }
        columns.add(valueHeadings);
        return columns;
    }

    /** The headings a file of this kind should start with, as the refusal of a file without them names them. */
    public String headings() {
        return String.join(", ", columns().stream().map(List::getFirst).toList());
    }

    /** As the URL names it: installs, smartphones, residents. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ImportKind ofPath(String path) {
        for (ImportKind kind : values()) {
            if (kind.path().equals(path)) {
                return kind;
            }
        }
        throw ProblemException.notFound("adoption.import-kind-unknown", String.valueOf(path));
    }
}
