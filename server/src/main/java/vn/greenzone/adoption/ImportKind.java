package vn.greenzone.adoption;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.greenzone.platform.ProblemException;

/**
 * What a file imports, and the columns it must have. Headings are matched without case or diacritics, in
 * Vietnamese or English, in any order; the first of each list is how the pages and messages name the column.
 */
public enum ImportKind {
    INSTALLS(true, false, List.of("số cài đặt", "installs", "cài đặt", "lượt cài đặt", "số lượt cài đặt")),
    SMARTPHONES(true, true, List.of("số smartphone", "smartphones", "smartphone", "số điện thoại thông minh",
            "điện thoại thông minh", "số máy")),
    RESIDENTS(false, false, List.of("dân số", "residents", "population", "số dân", "nhân khẩu"));

    public static final List<String> UNIT = List.of("mã đơn vị", "unit code", "unit", "mã xã", "đơn vị", "mã đvhc",
            "code");
    public static final List<String> DAY = List.of("ngày", "date", "day");
    public static final List<String> OPERATOR = List.of("nhà mạng", "operator", "doanh nghiệp viễn thông", "mạng");

    private final boolean dated;
    private final boolean byOperator;
    private final List<String> valueHeadings;

    ImportKind(boolean dated, boolean byOperator, List<String> valueHeadings) {
        this.dated = dated;
        this.byOperator = byOperator;
        this.valueHeadings = valueHeadings;
    }

    public boolean dated() {
        return dated;
    }

    public boolean byOperator() {
        return byOperator;
    }

    /** The accepted headings of each column, in the order an import reads them: unit, [day], [operator], value. */
    public List<List<String>> columns() {
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
