package vn.greenzone.declaration;

import java.time.LocalDate;

/** Declarations of one kind made on one day (Vietnam time) by people whose address lies in one unit. */
public record DailyDeclarationCount(LocalDate day, String unitCode, DeclarationKind kind, long declarations) {
}
