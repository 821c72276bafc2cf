package vn.greenzone.safety.internal;

import java.util.ArrayList;
import java.util.List;

import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.SpreadsheetRows;
import vn.greenzone.platform.VietnameseText;

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
        List<List<String>> rows = SpreadsheetRows.read(bytes, maxRows + 1, "safety.registry-unreadable");
        if (rows.size() > maxRows + 1) {
            throw ProblemException.badRequest("safety.registry-too-many-rows", maxRows);
        }
        if (rows.size() < 2) {
            throw ProblemException.badRequest("safety.registry-empty");
        }
        int[] columns = columns(rows.getFirst());
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

    /** Where each of the four columns is; 400 {@code safety.registry-columns} when one is missing. */
    private static int[] columns(List<String> header) {
        int[] columns = new int[HEADERS.size()];
        for (int wanted = 0; wanted < HEADERS.size(); wanted++) {
            columns[wanted] = -1;
            for (int i = 0; i < header.size(); i++) {
                String key = VietnameseText.searchKey(header.get(i));
                if (HEADERS.get(wanted).contains(key)) {
                    columns[wanted] = i;
                }
            }
            if (columns[wanted] < 0) {
                throw ProblemException.badRequest("safety.registry-columns");
            }
        }
        return columns;
    }

    private static String cell(List<String> row, int column) {
        return column < row.size() ? row.get(column).strip() : "";
    }
}
