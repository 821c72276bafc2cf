package vn.greenzone.adoption.internal;

import java.time.LocalDate;

/** One accepted row of an import, with its line in the file; day and operator only where the kind has them. */
record ImportedRow(int line, String unitCode, LocalDate day, String operator, long value) {
}
