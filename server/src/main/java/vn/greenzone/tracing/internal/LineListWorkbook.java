package vn.greenzone.tracing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

import vn.greenzone.tracing.TracingProperties;

/**
 * Line lists as .xlsx, one row per person: the case, then its contacts generation by generation, with
 * the path that exposed them. Masked unless the tracer asked for full data; a full list is audited with the
 * case as its purpose, like every full view.
 */
@Component
public class LineListWorkbook {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Headings are bilingual: the sheet travels between offices and to partners. */
    static final List<String> HEADINGS = List.of("Ca bệnh / Case", "Vai trò / Role", "Họ tên / Name", "Điện thoại / Phone",
            "Số giấy tờ / ID number", "Quyết định / Decision", "Theo dõi / Follow-up", "Địa điểm / Venue",
            "Từ / From", "Phút tiếp xúc / Minutes", "Sau khi rời / Airborne", "Độ tin cậy / Confidence",
            "Đã báo / Notified");
    private static final int MAX_CASES = 2000;

    private final CaseService cases;
    private final ContactService contacts;
    private final TracingViews views;
    private final DateTimeFormatter time;

    LineListWorkbook(CaseService cases, ContactService contacts, TracingViews views, TracingProperties properties) {
        this.cases = cases;
        this.contacts = contacts;
        this.views = views;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(properties.zone());
    }

    public byte[] ofCase(TraceCase c, boolean full) {
        return write(List.of(c), full, "GET line list of case " + c.id());
    }

    public byte[] ofUnit(String unitCode, boolean full) {
        List<TraceCase> inUnit = cases.inUnit(unitCode, null, MAX_CASES);
        return write(inUnit.stream().sorted(Comparator.comparing(TraceCase::id)).toList(), full,
                "GET line list of unit " + unitCode);
    }

    private byte[] write(List<TraceCase> list, boolean full, String context) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Greenzone", "1.0");
            Worksheet sheet = workbook.newWorksheet("Line list");
            for (int col = 0; col < HEADINGS.size(); col++) {
                sheet.value(0, col, HEADINGS.get(col));
                sheet.style(0, col).bold().set();
            }
            int row = 1;
            for (TraceCase c : list) {
                TracingViews.CaseView shown = views.caseView(c, full, context);
                writeRow(sheet, row++, c.id(), "F0", shown.subject(), "", c.status().name(), "", null, null, null, null, null);
                List<Contact> found = contacts.stored(c);
                for (TracingViews.ContactView contact : views.contacts(c.id(), found, contacts.pathsOf(found),
                        cases.casesByKey(found.stream().map(Contact::key).toList()), full, context)) {
                    TracingViews.PathView path = contact.paths().isEmpty() ? null : contact.paths().getFirst();
                    writeRow(sheet, row++, c.id(), "F" + contact.generation(), contact.person(), contact.decision().name(),
                            contact.status().name(), path == null ? contact.relation() : path.venueName(),
                            path == null ? contact.exposureStart() : path.arrival(),
                            path == null ? null : contact.overlapMinutes(), path == null ? null : contact.airborneOnly(),
                            path == null ? null : path.confidence().name(), contact.notifiedAt());
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void writeRow(Worksheet sheet, int row, long caseId, String role, TracingViews.PersonView person,
            String decision, String status, String venue, java.time.Instant from, Integer minutes, Boolean airborne,
            String confidence, java.time.Instant notified) {
        sheet.value(row, 0, caseId);
        sheet.value(row, 1, role);
        sheet.value(row, 2, person.name());
        sheet.value(row, 3, person.phone() == null ? "" : person.phone());
        sheet.value(row, 4, person.idNumber() == null ? "" : person.idNumber());
        sheet.value(row, 5, decision);
        sheet.value(row, 6, status);
        sheet.value(row, 7, venue == null ? "" : venue);
        sheet.value(row, 8, from == null ? "" : time.format(from));
        if (minutes != null) {
            sheet.value(row, 9, minutes);
        }
        sheet.value(row, 10, airborne == null ? "" : airborne ? "x" : "");
        sheet.value(row, 11, confidence == null ? "" : confidence);
        sheet.value(row, 12, notified == null ? "" : time.format(notified));
    }
}
