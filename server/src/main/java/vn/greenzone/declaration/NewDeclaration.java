package vn.greenzone.declaration;

import java.time.LocalDate;
import java.util.List;

/**
 * A declaration as a person (or staff) submits it, every field as typed: the rules decide what is missing
 * or wrong. {@code dependantId} null declares for oneself. {@code travel} is for {@code DOMESTIC_TRAVEL},
 * {@code entry} for {@code ENTRY}; enums arrive as their names so that a wrong one gets its own message.
 */
public record NewDeclaration(String kind, Long dependantId, String fullName, String idNumber, Integer birthYear,
        String gender, String nationality, String unitCode, String street, String phone, String email,
        String insuranceNumber, List<String> visitedUnits, List<String> visitedCountries, List<String> symptoms,
        List<String> exposures, String chronicConditions, Travel travel, Entry entry) {

    /** Domestic travel: units are administrative units (a province at least), places free text (a station). */
    public record Travel(String vehicle, String vehicleNumber, String seat, String departureUnit,
            String departurePlace, LocalDate departureDate, String arrivalUnit, String arrivalPlace,
            LocalDate arrivalDate) {
    }

    /** Entry: countries are ISO 3166-1 alpha-2 codes; the facility is a venue of category quarantine facility. */
    public record Entry(String borderGate, List<String> countries, LocalDate entryDate, String testResult,
            Long quarantineFacilityId) {
    }
}
