package vn.greenzone.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

import vn.greenzone.adoption.UnitFigures;
import vn.greenzone.reporting.ChainState;
import vn.greenzone.reporting.ChainState.Child;
import vn.greenzone.reporting.ChainState.Totals;

/**
 * A unit's day as .xlsx: one row per reporter below it (the units, then the organisations) with the figures
 * submitted beside the measured ones, and the totals. No personal data: reports are counts.
 */
@Component
public class ReportWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Headings are bilingual: the sheet travels between offices. */
    static final List<String> HEADINGS = List.of("Mã / Code", "Đơn vị / Reporter", "Trạng thái / Status",
            "Gửi lúc / Submitted at", "Lần gửi / Versions", "Người dùng / Users", "Cài đặt / Installs",
            "Điện thoại thông minh / Smartphones", "Cài đặt trên 100 máy / Installs per 100 smartphones",
            "Đo được: người dùng / Measured users", "Đo được: cài đặt / Measured installs",
            "Đo được: điện thoại / Measured smartphones", "Khác số đo / Differs", "Lý do / Reason",
            "Cấp dưới cộng lại: người dùng / Below: users", "Cấp dưới: cài đặt / Below: installs",
            "Cấp dưới: điện thoại / Below: smartphones", "Danh sách / Roster", "Đã đăng ký / Registered");
    static final int USERS = 5;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ReportingClock.ZONE);

    public byte[] write(ChainState state) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Greenzone", "1.0");
            Worksheet sheet = workbook.newWorksheet(state.day().toString());
            sheet.value(0, 0, state.unitName() + " — " + state.day());
            for (int col = 0; col < HEADINGS.size(); col++) {
                sheet.value(1, col, HEADINGS.get(col));
                sheet.style(1, col).bold().set();
            }
            int row = 2;
            for (Child child : state.children()) {
                writeRow(sheet, row++, child);
            }
            for (Child organisation : state.organisations()) {
                writeRow(sheet, row++, organisation);
            }
            sheet.value(row, 1, "Tổng / Total");
            sheet.style(row, 1).bold().set();
            figures(sheet, row, USERS, state.submitted());
            figures(sheet, row, USERS + 4, state.measuredTotal());
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeRow(Worksheet sheet, int row, Child child) {
        sheet.value(row, 0, child.organisationId() == null ? child.unitCode() : "ORG-" + child.organisationId());
        sheet.value(row, 1, child.name());
        sheet.value(row, 2, child.status().name());
        sheet.value(row, 4, child.versions());
        if (child.latest() != null) {
            sheet.value(row, 3, TIME.format(child.latest().submittedAt()));
            figures(sheet, row, USERS, new Totals(child.latest().users(), child.latest().installs(),
                    child.latest().smartphones(), 1));
            sheet.value(row, 12, child.differs() ? "x" : "");
            sheet.value(row, 13, child.latest().reason());
            sheet.value(row, 17, child.latest().rosterSize());
        }
        UnitFigures measured = child.measured();
        if (measured != null) {
            sheet.value(row, 9, measured.users());
            sheet.value(row, 10, measured.installs());
            sheet.value(row, 11, measured.smartphones());
        }
        if (child.below() != null) {
            sheet.value(row, 14, child.below().users());
            sheet.value(row, 15, child.below().installs());
            sheet.value(row, 16, child.below().smartphones());
        }
        if (child.organisationId() != null) {
            sheet.value(row, 18, child.registered());
        }
    }

    /** Users, installs, smartphones and installs per 100 smartphones from {@code column} on. */
    private static void figures(Worksheet sheet, int row, int column, Totals totals) {
        sheet.value(row, column, totals.users());
        sheet.value(row, column + 1, totals.installs());
        sheet.value(row, column + 2, totals.smartphones());
        if (column == USERS) {
            sheet.value(row, column + 3, totals.installsPerSmartphone());
        }
    }
}
