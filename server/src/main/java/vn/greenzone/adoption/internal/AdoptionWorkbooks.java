package vn.greenzone.adoption.internal;

import vn.greenzone.adoption.Target;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

import vn.greenzone.adoption.UnitFigures;

/**
 * The dashboard's and the public page's tables as .xlsx, with bilingual headings (the sheets travel between
 * offices). Only counts: nothing personal is in any of them. Unknown figures stay empty cells, never zero.
 */
@Component
public class AdoptionWorkbooks {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public byte[] children(Dashboard dashboard) {
        var rows = new ArrayList<List<Object>>();
        for (Dashboard.Row row : dashboard.children()) {
            UnitFigures f = row.figures();
            Progress p = row.progress();
            rows.add(Arrays.asList(row.unit().code(), row.unit().name(), f.installs(), f.smartphones(),
                    row.installCoverage(), f.users(), f.residents(), row.userCoverage(),
                    p == null ? null : p.target().percent().doubleValue(), p == null ? null : DAY.format(p.target().deadline()),
                    p == null ? null : p.missing(), p == null ? null : p.neededPerDay()));
        }
        return write("Don vi - Units", List.of("Mã / Code", "Đơn vị / Unit", "Cài đặt / Installs",
                "Smartphone / Smartphones", "Cài đặt ÷ smartphone (%) / Installs ÷ smartphones (%)",
                "Người dùng Greenzone / Greenzone users", "Dân số / Residents",
                "Người dùng ÷ dân số (%) / Users ÷ residents (%)", "Mục tiêu (%) / Target (%)", "Hạn / Deadline",
                "Còn thiếu / Missing", "Cần mỗi ngày / Needed per day"), rows);
    }

    public byte[] trend(Dashboard dashboard) {
        var rows = new ArrayList<List<Object>>();
        for (UnitFigures f : dashboard.trend()) {
            rows.add(Arrays.asList(DAY.format(f.day()), f.installs(), f.smartphones(), Coverage.installs(f),
                    f.users(), f.residents(), Coverage.users(f)));
        }
        return write("Theo ngay - Per day", List.of("Ngày / Day", "Cài đặt / Installs", "Smartphone / Smartphones",
                "Cài đặt ÷ smartphone (%) / Installs ÷ smartphones (%)", "Người dùng Greenzone / Greenzone users",
                "Dân số / Residents", "Người dùng ÷ dân số (%) / Users ÷ residents (%)"), rows);
    }

    public byte[] published(Publications.Published published) {
        var rows = new ArrayList<List<Object>>();
        for (Publications.Line line : published.districts()) {
            rows.add(Arrays.asList(line.unit().code(), line.unit().name(), line.installs(),
                    line.smartphones(), line.coverage()));
        }
        Publications.Line total = published.total();
        rows.add(Arrays.asList(total.unit().code(), total.unit().name(), total.installs(),
                total.smartphones(), total.coverage()));
        return write(DAY.format(published.day()).replace('/', '-'), List.of("Mã / Code", "Đơn vị / Unit",
                "Cài đặt / Installs", "Smartphone / Smartphones",
                "Cài đặt ÷ smartphone (%) / Installs ÷ smartphones (%)"), rows);
    }

    private static byte[] write(String sheetName, List<String> headings, List<List<Object>> rows) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Greenzone", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int col = 0; col < headings.size(); col++) {
                sheet.value(0, col, headings.get(col));
                sheet.style(0, col).bold().set();
            }
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int col = 0; col < row.size(); col++) {
                    Object value = row.get(col);
                    if (value instanceof Number number) {
                        sheet.value(r + 1, col, number);
                    } else if (value != null) {
                        sheet.value(r + 1, col, value.toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
