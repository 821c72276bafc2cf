package vn.greenzone.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the staff roster benchmarks/organisation/run uploads: an .xlsx of {@code rows} members as a head would
 * send it (Vietnamese names, phones typed as text, groups by their Vietnamese names). Every other member holds a
 * number the run registered ({@code +8497} and seven digits), the rest numbers nobody holds ({@code +8498}...).
 * Arguments: the file, the number of rows.
 */
public final class RosterFileWriter {

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"};
    private static final String[] GIVEN = {"Văn An", "Thị Bình", "Minh Châu", "Thị Dung", "Quốc Huy", "Thị Lan",
            "Đức Long", "Thị Ngọc", "Hữu Phúc", "Thanh Tâm", "Thị Xuân", "Gia Bảo"};
    private static final String[] GROUPS = {"Công nhân", "Công nhân", "Công nhân", "Công nhân", "Nhân viên y tế",
            "Cán bộ công chức", "Viên chức", "Khác"};

    private RosterFileWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        try (OutputStream out = Files.newOutputStream(file)) {
            var workbook = new Workbook(out, "Greenzone benchmark", "1.0");
            Worksheet sheet = workbook.newWorksheet("Danh sách");
            sheet.value(0, 0, "Họ và tên");
            sheet.value(0, 1, "Số điện thoại");
            sheet.value(0, 2, "Nhóm");
            for (int i = 1; i <= rows; i++) {
                sheet.value(i, 0, FAMILY[i % FAMILY.length] + " " + GIVEN[i % GIVEN.length] + " " + i);
                sheet.value(i, 1, (i % 2 == 0 ? "097" : "098") + String.format("%07d", i));
                sheet.value(i, 2, GROUPS[i % GROUPS.length]);
                if (i % 10_000 == 0) {
                    sheet.flush(); // fastexcel keeps rows until flushed
                }
            }
            workbook.finish();
        }
        System.out.println("RESULT rows=" + rows + " bytes=" + Files.size(file));
    }
}
