package vn.greenzone.organisation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.greenzone.organisation.BelowTarget;

/** The organisations below their group targets as .xlsx, as the list shows them (no personal data). */
@Component
public class BelowTargetWorkbook {

    /** Headings are bilingual, as the roster's: the sheet travels between offices. */
    static final List<String> HEADINGS = List.of("Tổ chức / Organisation", "Mã đơn vị / Unit code", "Nhóm / Group",
            "Số người / Members", "Đã đăng ký / Registered", "% đã đăng ký / % registered", "Chỉ tiêu % / Target %");

    private final MessageSource messages;

    BelowTargetWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] write(List<BelowTarget> rows, Locale locale) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Greenzone", "1.0");
            Worksheet sheet = workbook.newWorksheet("Below target");
            for (int col = 0; col < HEADINGS.size(); col++) {
                sheet.value(0, col, HEADINGS.get(col));
                sheet.style(0, col).bold().set();
            }
            int r = 1;
            for (BelowTarget row : rows) {
                sheet.value(r, 0, row.name());
                sheet.value(r, 1, row.unitCode());
                sheet.value(r, 2, messages.getMessage(row.group().labelKey(), null, locale));
                sheet.value(r, 3, row.members());
                sheet.value(r, 4, row.registered());
                sheet.value(r, 5, row.percent());
                sheet.value(r, 6, row.target());
                r++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
