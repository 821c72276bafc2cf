package vn.greenzone.safety.internal;

import java.util.ArrayList;
import java.util.List;

import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.TabularFile;

/**
 * A list of establishments from the business registry, as CSV (UTF-8, comma or semicolon) or .xlsx (first
 * sheet), told apart by their first bytes. The first row names the columns: name, address, unit code and
 * sector, in English or Vietnamese ("tên", "địa chỉ", "mã đơn vị", "ngành"), in any order. Whatever makes
 * the whole file unreadable refuses it with 400 before anything is stored.
 */
public final class RegistryFile {

    /** One data row as written, with its line (1 is the header). */
    public record Line(int number, String name, String address, String unitCode, String sector) {
    }

    private static final List<List<String>> HEADERS = List.of(
            List.of("name", "ten", "ten co so", "ten doanh nghiep"),
            List.of("address", "dia chi"),
            List.of("unit code", "unit", "ma don vi", "ma xa", "don vi"),
            List.of("sector", "nganh", "nganh nghe", "linh vuc"));

    private RegistryFile() {
    }

    public static List<Line> read(byte[] bytes, int maxRows) {
        if (bytes == null || bytes.length == 0) {
            throw ProblemException.badRequest("safety.registry-empty");
        }
        List<List<String>> rows = TabularFile.rows(bytes, maxRows, "safety.registry-unreadable");
        if (rows.size() > maxRows + 1) {
            throw ProblemException.badRequest("safety.registry-too-many-rows", maxRows);
        }
        if (rows.size() < 2) {
            throw ProblemException.badRequest("safety.registry-empty");
        }
        int[] columns = TabularFile.columns(rows.getFirst(), HEADERS, "safety.registry-columns");
        var lines = new ArrayList<Line>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            lines.add(new Line(i + 1, cell(row, columns[0]), cell(row, columns[1]), cell(row, columns[2]),
                    cell(row, columns[3])));
        }
        if (lines.isEmpty()) {
            throw ProblemException.badRequest("safety.registry-empty");
        }
        return lines;
    }

    private static String cell(List<String> row, int column) {
        return column < row.size() ? row.get(column).strip() : "";
    }
}
