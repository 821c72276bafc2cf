package vn.greenzone.platform;

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

/**
 * The rows of an uploaded list, as CSV (UTF-8, comma or semicolon) or .xlsx (first sheet), told apart by their
 * first bytes; cells as written, so a code typed as a number keeps its leading zero. A file that is neither is
 * refused with 400 and the caller's {@code unreadableCode}, before anything is stored.
 */
public final class TabularFile {

    private TabularFile() {
    }

    /** At most {@code limit} + 1 rows, so that a longer file is told apart from one just at the limit. */
    public static List<List<String>> rows(byte[] bytes, int limit, String unreadableCode) {
        return ReadableWorkbook.isOOXMLZipHeader(bytes) ? xlsx(bytes, limit + 1, unreadableCode)
                : csv(text(bytes, unreadableCode), limit + 1, unreadableCode);
    }

    /**
     * Where each wanted column is in the header row: {@code names} gives, per column, the headers that name it
     * (folded, as {@link VietnameseText#searchKey} gives them), so either language and any order will do; 400 with
     * {@code missingCode} when one is not there.
     */
    public static int[] columns(List<String> header, List<List<String>> names, String missingCode) {
        int[] columns = new int[names.size()];
        for (int wanted = 0; wanted < names.size(); wanted++) {
            columns[wanted] = -1;
            for (int i = 0; i < header.size(); i++) {
                if (names.get(wanted).contains(VietnameseText.searchKey(header.get(i)))) {
                    columns[wanted] = i;
                }
            }
            if (columns[wanted] < 0) {
                throw ProblemException.badRequest(missingCode);
            }
        }
        return columns;
    }

    private static String text(byte[] bytes, String unreadableCode) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                throw ProblemException.badRequest(unreadableCode);
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            throw ProblemException.badRequest(unreadableCode);
        }
    }

    /** CSV with quoted fields ("" inside quotes is a quote); the header's separator, comma or semicolon, counts. */
    static List<List<String>> csv(String text, int limit, String unreadableCode) {
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
            throw ProblemException.badRequest(unreadableCode);
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> xlsx(byte[] bytes, int limit, String unreadableCode) {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            return rows.limit(limit + 1L).map(row -> {
                var cells = new ArrayList<String>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(row.getCellText(i));
                }
                return (List<String>) cells;
            }).toList();
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof ProblemException problem) {
                throw problem;
            }
            throw ProblemException.badRequest(unreadableCode);
        }
    }
}
