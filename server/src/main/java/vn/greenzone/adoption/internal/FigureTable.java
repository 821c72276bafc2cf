package vn.greenzone.adoption.internal;

import vn.greenzone.adoption.ImportKind;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.platform.VietnameseText;

/**
 * Reads the rows of an import table (heading first) into figures, checking every row: a unit that exists and lies
 * within the importing unit, a day that is a date and not in the future, an operator where the kind has one, a
 * whole number that is not negative, and no row twice. Any row at fault refuses the whole table with every fault
 * listed, so a half-imported file never skews the sums.
 */
final class FigureTable {

    static final long MAX_VALUE = 200_000_000L; // more than Vietnam's population: anything above is a typo
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}([.,\\s]\\d{3})+");
    /** As a spreadsheet's number cell reads as text: "1500" or "1500.0". */
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.0+)?");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ofPattern("d-M-uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"));
    /** Day 0 of spreadsheet date serials, as a date cell reads when taken as text. */
    private static final LocalDate SERIAL_EPOCH = LocalDate.of(1899, 12, 30);

    private final ImportKind kind;
    private final UnitDirectory units;
    private final String importingUnit;
    private final LocalDate today;

    FigureTable(ImportKind kind, UnitDirectory units, String importingUnit, LocalDate today) {
        this.kind = kind;
        this.units = units;
        this.importingUnit = importingUnit;
        this.today = today;
    }

    List<ImportedRow> read(List<List<String>> rows) {
        if (rows.size() < 2) {
            throw ProblemException.badRequest("adoption.import-empty");
        }
        int[] columns = columns(rows.getFirst());
        var accepted = new ArrayList<ImportedRow>();
        var refusals = new ArrayList<RowsRefused.Refusal>();
        var firstLineOf = new HashMap<String, Integer>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                continue;
            }
            int line = i + 1;
            var faults = new ArrayList<RowsRefused.Refusal>();
            int at = 0;
            String unit = unit(cell(cells, columns[at++]), line, faults);
            LocalDate day = kind.dated() ? day(cell(cells, columns[at++]), line, faults) : null;
            String operator = kind.byOperator() ? operator(cell(cells, columns[at++]), line, faults) : null;
            Long value = value(cell(cells, columns[at]), line, faults);
            if (faults.isEmpty()) {
                String key = unit + "|" + day + "|" + (operator == null ? "" : VietnameseText.searchKey(operator));
                Integer first = firstLineOf.putIfAbsent(key, line);
                if (first != null) {
                    faults.add(refusal(line, "adoption.row.duplicate", first));
                } else {
                    accepted.add(new ImportedRow(line, unit, day, operator, value));
                }
            }
            refusals.addAll(faults);
        }
        if (!refusals.isEmpty()) {
            throw new RowsRefused(refusals);
        }
        if (accepted.isEmpty()) {
            throw ProblemException.badRequest("adoption.import-empty");
        }
        return accepted;
    }

    private int[] columns(List<String> heading) {
        List<List<String>> wanted = kind.columns();
        int[] columns = new int[wanted.size()];
        for (int column = 0; column < wanted.size(); column++) {
            columns[column] = -1;
            for (int i = 0; i < heading.size(); i++) {
                String key = heading.get(i) == null ? "" : VietnameseText.searchKey(heading.get(i));
                if (wanted.get(column).stream().anyMatch(name -> VietnameseText.searchKey(name).equals(key))) {
                    columns[column] = i;
                }
            }
            if (columns[column] < 0) {
                throw ProblemException.badRequest("adoption.import-columns", kind.headings());
            }
        }
        return columns;
    }

    private String unit(String typed, int line, List<RowsRefused.Refusal> faults) {
        if (typed.isEmpty()) {
            faults.add(refusal(line, "adoption.row.unit-missing"));
            return null;
        }
        Optional<AdministrativeUnit> unit = find(typed);
        if (unit.isEmpty()) {
            faults.add(refusal(line, "adoption.row.unit-unknown", typed));
            return null;
        }
        if (!units.isWithin(unit.get().code(), importingUnit)) {
            faults.add(refusal(line, "adoption.row.unit-outside", typed, units.require(importingUnit).name()));
            return null;
        }
        return unit.get().code();
    }

    /** A spreadsheet that took a code for a number dropped its leading zeros ("2809" for commune 02809). */
    private Optional<AdministrativeUnit> find(String typed) {
        String code = typed.endsWith(".0") ? typed.substring(0, typed.length() - 2) : typed;
        Optional<AdministrativeUnit> unit = units.find(code);
        for (int width : new int[] {2, 3, 5}) {
            if (unit.isEmpty() && code.chars().allMatch(Character::isDigit) && code.length() < width) {
                unit = units.find("0".repeat(width - code.length()) + code);
            }
        }
        return unit;
    }

    private LocalDate day(String typed, int line, List<RowsRefused.Refusal> faults) {
        LocalDate day = parseDay(typed);
        if (day == null) {
            faults.add(refusal(line, "adoption.row.day-invalid", typed));
        } else if (day.isAfter(today)) {
            faults.add(refusal(line, "adoption.row.day-future", typed));
            return null;
        }
        return day;
    }

    private static LocalDate parseDay(String typed) {
        if (typed.matches("\\d{5}(\\.0+)?")) {
            return SERIAL_EPOCH.plusDays(Long.parseLong(typed.replaceAll("\\..*", "")));
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(typed, format);
            } catch (DateTimeParseException notThisOne) {
                // try the next way of writing a date
            }
        }
        return null;
    }

    private static String operator(String typed, int line, List<RowsRefused.Refusal> faults) {
        if (typed.isEmpty() || typed.length() > 40) {
            faults.add(refusal(line, "adoption.row.operator-missing"));
            return null;
        }
        return typed;
    }

    /** Whole numbers as people type them: "1.000" and "1,000" are a thousand (Vietnamese and English grouping). */
    private static Long value(String typed, int line, List<RowsRefused.Refusal> faults) {
        String digits;
        if (GROUPED.matcher(typed).matches()) {
            digits = typed.replaceAll("[.,\\s]", "");
        } else if (PLAIN.matcher(typed).matches()) {
            digits = typed.replaceAll("\\.0+$", "");
        } else {
            faults.add(refusal(line, typed.isEmpty() ? "adoption.row.number-missing" : "adoption.row.number-invalid",
                    typed));
            return null;
        }
        if (digits.startsWith("-")) {
            faults.add(refusal(line, "adoption.row.number-negative", typed));
            return null;
        }
        long value = digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
        if (value > MAX_VALUE) {
            faults.add(refusal(line, "adoption.row.number-too-large", typed));
            return null;
        }
        return value;
    }

    private static String cell(List<String> cells, int column) {
        String cell = column < cells.size() ? cells.get(column) : null;
        return cell == null ? "" : cell.strip();
    }

    private static RowsRefused.Refusal refusal(int line, String code, Object... arguments) {
        return new RowsRefused.Refusal(line, code, List.of(arguments));
    }
}
