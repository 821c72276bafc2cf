package vn.greenzone.declaration.internal;

import java.time.LocalDate;
import java.util.List;

import vn.greenzone.declaration.DeclarationKind;
import vn.greenzone.declaration.TestResult;
import vn.greenzone.declaration.Vehicle;

/**
 * A declaration that passed the rules, ready to store: texts trimmed, the phone in international form, the
 * travel fields set only for travel and the entry fields only for entry.
 */
public record ValidDeclaration(DeclarationKind kind, String fullName, String idNumber, int birthYear, String gender,
        String nationality, String unitCode, String street, String phone, String email, String insuranceNumber,
        List<String> visitedUnits, List<String> visitedCountries, List<String> symptoms, List<String> exposures,
        String chronicConditions, Travel travel, Entry entry) {

    public record Travel(Vehicle vehicle, String vehicleNumber, String seat, String departureUnit, String departurePlace,
            LocalDate departureDate, String arrivalUnit, String arrivalPlace, LocalDate arrivalDate) {
    }

    public record Entry(String borderGate, List<String> countries, LocalDate entryDate, TestResult testResult,
            Long quarantineFacilityId) {
    }

    /** On the health officials' list at once: a symptom, an exposure, or a positive test at entry. */
    public boolean flagged() {
        return !symptoms.isEmpty() || !exposures.isEmpty() || entry != null && entry.testResult() == TestResult.POSITIVE;
    }
}
