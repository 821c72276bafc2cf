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
 * The rows of an uploaded table, CSV (UTF-8, comma or semicolon) or .xlsx (first sheet), told apart by their first
 * bytes; cells as text. What cannot be read as either is refused with 400 and the caller's problem code.
 */
public final class SpreadsheetRows {

    private SpreadsheetRows() {
    }

    /** Up to {@code limit} + 1 rows, header included, so a longer file is told apart from one just at the limit. */
    public static List<List<String>> read(byte[] bytes, int limit, String unreadable) {
        return ReadableWorkbook.isOOXMLZipHeader(bytes) ? xlsx(bytes, limit, unreadable)
                : csv(text(bytes, unreadable), limit, unreadable);
    }

    private static String text(byte[] bytes, String unreadable) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                throw ProblemException.badRequest(unreadable);
            }
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            throw ProblemException.badRequest(unreadable);
        }
    }

    /** CSV with quoted fields ("" inside quotes is a quote); the header's separator, comma or semicolon, counts. */
    private static List<List<String>> csv(String text, int limit, String unreadable) {
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
            throw ProblemException.badRequest(unreadable);
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    private static List<List<String>> xlsx(byte[] bytes, int limit, String unreadable) {
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
        } catch (IOException | RuntimeException failure) {
            if (failure instanceof ProblemException problem) {
                throw problem;
            }
            throw ProblemException.badRequest(unreadable);
        }
    }
}
