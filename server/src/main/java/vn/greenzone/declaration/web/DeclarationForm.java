package vn.greenzone.declaration.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import vn.greenzone.declaration.DeclarationKind;
import vn.greenzone.declaration.NewDeclaration;
import vn.greenzone.platform.ProblemException;

/**
 * A declaration form as the browser posts it: every field text (or a list of picked codes), so that a
 * refusal shows the form as it was typed. Shared by the person's page and the checkpoint's.
 */
record DeclarationForm(String kind, String dependant, String fullName, String idNumber, String birthYear, String gender,
        String nationality, String unitCode, String street, String phone, String email, String insuranceNumber,
        List<String> visitedUnits, List<String> visitedCountries, List<String> symptoms, List<String> exposures,
        String chronicConditions, String vehicle, String vehicleNumber, String seat, String departureUnit,
        String departurePlace, String departureDate, String arrivalUnit, String arrivalPlace, String arrivalDate,
        String borderGate, List<String> entryCountries, String entryDate, String testResult, String quarantineFacility) {

    public DeclarationForm {
        visitedUnits = visitedUnits == null ? List.of() : visitedUnits;
        visitedCountries = visitedCountries == null ? List.of() : visitedCountries;
        symptoms = symptoms == null ? List.of() : symptoms;
        exposures = exposures == null ? List.of() : exposures;
        entryCountries = entryCountries == null ? List.of() : entryCountries;
    }

    /** The prefilled draft, as the form shows it. */
    static DeclarationForm of(NewDeclaration draft) {
        return new DeclarationForm(draft.kind(), draft.dependantId() == null ? null : draft.dependantId().toString(),
                draft.fullName(), draft.idNumber(), draft.birthYear() == null ? null : draft.birthYear().toString(),
                draft.gender(), draft.nationality(), draft.unitCode(), draft.street(), draft.phone(), draft.email(),
                draft.insuranceNumber(), draft.visitedUnits(), draft.visitedCountries(), draft.symptoms(),
                draft.exposures(), draft.chronicConditions(), null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    /** A checkpoint's form for a traveller, with what their personal QR carries (only the phone when typed). */
    static DeclarationForm forTraveller(DeclarationKind kind, String fullName, String idNumber, String birthYear,
            String gender, String phone) {
        return new DeclarationForm(kind.name(), null, fullName, idNumber, birthYear, gender, "VN", null, null, phone,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    /** The declaration to check; numbers and dates that are not are refused as the rules would word them. */
    NewDeclaration declaration() {
        return new NewDeclaration(kind, dependantId(), fullName, idNumber, year(), gender, nationality, unitCode,
                street, phone, email, insuranceNumber, visitedUnits, visitedCountries, symptoms, exposures,
                chronicConditions,
                new NewDeclaration.Travel(vehicle, vehicleNumber, seat, departureUnit, departurePlace, date(departureDate),
                        arrivalUnit, arrivalPlace, date(arrivalDate)),
                new NewDeclaration.Entry(borderGate, entryCountries, date(entryDate), testResult, facility()));
    }

    /** The holder the form is for: null for oneself; a dependant's id that is not a number is nobody's. */
    Long dependantId() {
        if (blank(dependant)) {
            return null;
        }
        try {
            return Long.valueOf(dependant.strip());
        } catch (NumberFormatException notAnId) {
            throw ProblemException.notFound("dependant.not-found");
        }
    }

    private Integer year() {
        if (blank(birthYear)) {
            return null;
        }
        try {
            return Integer.valueOf(birthYear.strip());
        } catch (NumberFormatException notAYear) {
            throw ProblemException.badRequest("declaration.birth-year-invalid", 1900);
        }
    }

    private Long facility() {
        if (blank(quarantineFacility)) {
            return null;
        }
        try {
            return Long.valueOf(quarantineFacility.strip());
        } catch (NumberFormatException notAnId) {
            throw ProblemException.badRequest("declaration.facility-invalid");
        }
    }

    private static LocalDate date(String typed) {
        if (blank(typed)) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            throw ProblemException.badRequest("declaration.date-invalid");
        }
    }

    private static boolean blank(String typed) {
        return typed == null || typed.isBlank();
    }
}
