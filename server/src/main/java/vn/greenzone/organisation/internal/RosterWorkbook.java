package vn.greenzone.organisation.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.greenzone.organisation.RosterMember;

/** A roster's coverage as .xlsx, one row per member, as the list shows them (masked unless asked in full). */
@Component
public class RosterWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Headings are bilingual: the sheet travels between offices. */
    static final List<String> HEADINGS = List.of("Dòng / Row", "Họ tên / Name", "Điện thoại / Phone",
            "Nhóm / Group", "Đã đăng ký / Registered", "Khai báo 24 giờ / Declared in 24 h");

    private final MessageSource messages;

    RosterWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    /** {@code pages} hands each page of members to the consumer it is given, in order. */
    public byte[] write(Consumer<Consumer<List<RosterMember>>> pages, Locale locale) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Greenzone", "1.0");
            Worksheet sheet = workbook.newWorksheet("Roster");
            for (int col = 0; col < HEADINGS.size(); col++) {
                sheet.value(0, col, HEADINGS.get(col));
                sheet.style(0, col).bold().set();
            }
            int[] row = {1};
            String yes = messages.getMessage("organisation.yes", null, locale);
            String no = messages.getMessage("organisation.no", null, locale);
            pages.accept(page -> page.forEach(member -> {
                int r = row[0]++;
                sheet.value(r, 0, member.line());
                sheet.value(r, 1, member.name());
                sheet.value(r, 2, member.phone());
                sheet.value(r, 3, messages.getMessage(member.group().labelKey(), null, locale));
                sheet.value(r, 4, member.registered() ? yes : no);
                sheet.value(r, 5, member.declared() ? yes : no);
            }));
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
