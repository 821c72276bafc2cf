package vn.greenzone.safety.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import vn.greenzone.platform.ProblemException;
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
        List<List<String>> rows = ReadableWorkbook.isOOXMLZipHeader(bytes) ? xlsx(bytes, maxRows + 1)
                : csv(text(bytes), maxRows + 1);
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

    private static String text(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                throw ProblemException.badRequest("safety.registry-unreadable");
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            throw ProblemException.badRequest("safety.registry-unreadable");
        }
    }

    /** CSV with quoted fields ("" inside quotes is a quote); the header's separator, comma or semicolon, counts. */
    static List<List<String>> csv(String text, int limit) {
        int firstLine = text.indexOf('\n');
        String header = firstLine < 0 ? text : text.substring(0, firstLine);
        char separator = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
        var rows = new ArrayList<List<String>>();
        var row = new ArrayList<String>();
        var field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length() && rows.size() <= limit; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (quoted) {
            throw ProblemException.badRequest("safety.registry-unreadable");
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> xlsx(byte[] bytes, int limit) {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            // one more than the limit, so that a longer file is told apart from one just at it
            return rows.limit(limit + 1L).map(row -> {
                var cells = new ArrayList<String>();
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.getCellText(i)); // numbers as written: a unit code may be typed as one
                }
                return (List<String>) cells;
            }).toList();
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof ProblemException problem) {
                throw problem;
            }
            throw ProblemException.badRequest("safety.registry-unreadable");
        }
    }
}
