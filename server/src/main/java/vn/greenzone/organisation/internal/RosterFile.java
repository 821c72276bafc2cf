package vn.greenzone.organisation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.organisation.MemberGroup;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.TabularFile;

/**
 * A staff roster as uploaded, CSV or .xlsx: a header naming the columns name, phone and group (English or
 * Vietnamese, any order), then one member a row. Every row is checked, so the head fixes the file once.
 */
public final class RosterFile {

    /** A member as the file gives them, the phone in international form. */
    public record Member(int line, String name, String phone, MemberGroup group) {
    }

    /** A row at fault: its line, the message code and its arguments. */
    public record Fault(int line, String code, Object... arguments) {
    }

    /** The members of a file whose rows are all good, or the faults of one whose rows are not. */
    public record Checked(List<Member> members, List<Fault> faults) {
    }

    private static final List<List<String>> HEADERS = List.of(
            List.of("name", "full name", "ho ten", "ho va ten", "ten"),
            List.of("phone", "phone number", "so dien thoai", "dien thoai", "sdt"),
            List.of("group", "nhom", "doi tuong", "nhom doi tuong"));
    private static final int MAX_NAME = 200;
    private static final Pattern NINE_DIGITS = Pattern.compile("[35789]\\d{8}");

    private RosterFile() {
    }

    public static Checked read(byte[] bytes, int maxRows) {
        if (bytes == null || bytes.length == 0) {
            throw ProblemException.badRequest("organisation.roster-empty");
        }
        List<List<String>> rows = TabularFile.rows(bytes, maxRows, "organisation.roster-unreadable");
        if (rows.isEmpty()) {
            throw ProblemException.badRequest("organisation.roster-empty");
        }
        int[] columns = TabularFile.columns(rows.getFirst(), HEADERS, "organisation.roster-columns");
        if (rows.size() > maxRows + 1) {
            throw ProblemException.badRequest("organisation.roster-too-many-rows", maxRows);
        }
        var members = new ArrayList<Member>(rows.size());
        var faults = new ArrayList<Fault>();
        Map<String, Integer> lineOfPhone = new HashMap<>(rows.size() * 2);
        // A roster names a handful of groups a hundred thousand times: each spelling is folded once.
        Map<String, Optional<MemberGroup>> groups = new HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            int line = i + 1;
            String name = cell(row, columns[0]);
            Optional<String> phone = phone(cell(row, columns[1]));
            Optional<MemberGroup> group = groups.computeIfAbsent(cell(row, columns[2]), MemberGroup::parse);
            if (name.isEmpty() || name.length() > MAX_NAME) {
                faults.add(new Fault(line, "organisation.row-name", MAX_NAME));
            }
            if (phone.isEmpty()) {
                faults.add(new Fault(line, "organisation.row-phone", cell(row, columns[1])));
            } else {
                Integer first = lineOfPhone.putIfAbsent(phone.get(), line);
                if (first != null) {
                    faults.add(new Fault(line, "organisation.row-duplicate", first));
                }
            }
            if (group.isEmpty()) {
                faults.add(new Fault(line, "organisation.row-group", cell(row, columns[2])));
            }
            if (faults.isEmpty()) {
                members.add(new Member(line, name, phone.get(), group.get()));
            }
        }
        if (members.isEmpty() && faults.isEmpty()) {
            throw ProblemException.badRequest("organisation.roster-empty");
        }
        return new Checked(faults.isEmpty() ? members : List.of(), faults);
    }

    /** A number typed into a spreadsheet's number cell lost its leading zero: 912345678 is 0912345678. */
    private static Optional<String> phone(String typed) {
        try {
            return Optional.of(PhoneNumber.parse(NINE_DIGITS.matcher(typed).matches() ? "0" + typed : typed)
                    .international());
        } catch (ProblemException invalid) {
            return Optional.empty();
        }
    }

    private static String cell(List<String> row, int column) {
        return column < row.size() && row.get(column) != null ? row.get(column).strip() : "";
    }
}
