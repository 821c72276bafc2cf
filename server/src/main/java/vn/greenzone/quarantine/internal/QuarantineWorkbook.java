package vn.greenzone.quarantine.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/**
 * The board as .xlsx, one row per quarantine the filters select, streamed page by page. Masked unless the
 * officer asked for full data; a full export is audited, one entry per person, like every full view.
 */
@Component
public class QuarantineWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Headings are bilingual: the sheet travels between offices. */
    static final List<String> HEADINGS = List.of("Số / No.", "Họ tên / Name", "Điện thoại / Phone",
            "Số giấy tờ / ID number", "Nơi cách ly / Place", "Địa bàn / Unit", "Địa chỉ / Street",
            "Bắt đầu / Start", "Dự kiến kết thúc / Planned end", "Báo cáo gần nhất / Last report",
            "Triệu chứng / Symptoms", "Cảnh báo / Alert", "Không báo cáo / Non-reporting", "Trạng thái / Status");
    private static final int PAGE = 1000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Board board;
    private final QuarantineViews views;
    private final QuarantineTexts texts;
    private final DateTimeFormatter time;

    QuarantineWorkbook(Board board, QuarantineViews views, QuarantineTexts texts, QuarantineClock clock) {
        this.board = board;
        this.views = views;
        this.texts = texts;
        this.time = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(clock.zone());
    }

    public byte[] write(Board.Filter filter, boolean full, Locale locale, String context) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Greenzone", "1.0");
            Worksheet sheet = workbook.newWorksheet("Quarantine");
            for (int col = 0; col < HEADINGS.size(); col++) {
                sheet.value(0, col, HEADINGS.get(col));
                sheet.style(0, col).bold().set();
            }
            int[] row = {1};
            board.forEach(filter, PAGE, page -> views.views(page, full, "quarantine export of unit " + filter.unitCode(),
                    context).forEach(view -> writeRow(sheet, row[0]++, view, locale)));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void writeRow(Worksheet sheet, int row, QuarantineViews.QuarantineView q, Locale locale) {
        sheet.value(row, 0, q.id());
        sheet.value(row, 1, q.person().name());
        sheet.value(row, 2, text(q.person().phone()));
        sheet.value(row, 3, text(q.person().idNumber()));
        sheet.value(row, 4, q.facilityName() != null ? q.facilityName() : q.place().name());
        sheet.value(row, 5, q.placeName());
        sheet.value(row, 6, text(q.street()));
        sheet.value(row, 7, day(q.startDate()));
        sheet.value(row, 8, day(q.plannedEnd()));
        sheet.value(row, 9, time(q.lastReportAt()));
        sheet.value(row, 10, texts.symptoms(q.lastSymptoms(), q.lastTemperature(), locale));
        sheet.value(row, 11, q.alertAt() == null ? "" : time(q.alertAt()));
        sheet.value(row, 12, q.nonReporting() ? "x" : "");
        sheet.value(row, 13, q.status() == StoredQuarantine.Status.ENDED && q.endReason() != null
                ? q.endReason().name() : q.status().name());
    }

    private String time(Instant at) {
        return at == null ? "" : time.format(at);
    }

    private static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
