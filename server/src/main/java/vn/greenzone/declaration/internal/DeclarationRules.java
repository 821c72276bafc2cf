package vn.greenzone.declaration.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

import vn.greenzone.declaration.DeclarationKind;
import vn.greenzone.declaration.DeclarationProperties;
import vn.greenzone.declaration.NewDeclaration;
import vn.greenzone.declaration.TestResult;
import vn.greenzone.declaration.Vehicle;
import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.Gender;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.platform.ProblemException;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.VenueCategory;
import vn.greenzone.venue.Venues;

/**
 * What a declaration must hold, each refusal a 400 with its own translated message. Everything is checked in
 * memory (units, countries and answers are held there), except the quarantine facility of an entry.
 */
@Component
class DeclarationRules {

    private static final int MIN_BIRTH_YEAR = 1900;
    private static final int MAX_NAME = 100;
    private static final int MAX_TEXT = 200;
    private static final int MAX_SHORT = 20;
    private static final int MAX_SEAT = 10;
    private static final int MAX_PLACES = 30;
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9A-Z]{8,12}");
    private static final Pattern INSURANCE = Pattern.compile("[0-9A-Z]{10,15}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UnitDirectory units;
    private final Countries countries;
    private final DeclarationProperties properties;
    private final Venues venues;

    DeclarationRules(UnitDirectory units, Countries countries, DeclarationProperties properties, Venues venues) {
        this.units = units;
        this.countries = countries;
        this.properties = properties;
        this.venues = venues;
    }

    ValidDeclaration validate(NewDeclaration form, LocalDate today) {
        DeclarationKind kind = choice(form.kind(), DeclarationKind.class, "declaration.kind-invalid");
        String name = text(form.fullName(), MAX_NAME, "fullName");
        if (name == null) {
            throw ProblemException.badRequest("declaration.name-required");
        }
        Integer year = form.birthYear();
        if (year == null || year < MIN_BIRTH_YEAR || year > today.getYear()) {
            throw ProblemException.badRequest("declaration.birth-year-invalid", MIN_BIRTH_YEAR);
        }
        String street = text(form.street(), MAX_TEXT, "street");
        if (street == null) {
            throw ProblemException.badRequest("declaration.street-required");
        }
        return new ValidDeclaration(kind, name, idNumber(form.idNumber()), year,
                choice(form.gender(), Gender.class, "declaration.gender-invalid").name(),
                country(form.nationality() == null ? null : form.nationality().strip()), commune(form.unitCode()), street,
                PhoneNumber.parse(form.phone()).international(), email(form.email()), insurance(form.insuranceNumber()),
                codes(form.visitedUnits(), this::knownUnit, "declaration.unit-unknown"),
                codes(form.visitedCountries(), countries::exists, "declaration.country-unknown"),
                codes(form.symptoms(), code -> properties.symptom(code).isPresent(), "declaration.answer-unknown"),
                codes(form.exposures(), code -> properties.exposure(code).isPresent(), "declaration.answer-unknown"),
                text(form.chronicConditions(), MAX_TEXT, "chronicConditions"),
                kind == DeclarationKind.DOMESTIC_TRAVEL ? travel(form.travel(), today) : null,
                kind == DeclarationKind.ENTRY ? entry(form.entry(), today) : null);
    }

    private ValidDeclaration.Travel travel(NewDeclaration.Travel travel, LocalDate today) {
        if (travel == null) {
            throw ProblemException.badRequest("declaration.travel-required");
        }
        Vehicle vehicle = choice(travel.vehicle(), Vehicle.class, "declaration.vehicle-invalid");
        if (blank(travel.departureUnit()) || blank(travel.arrivalUnit())) {
            throw ProblemException.badRequest("declaration.travel-units-required");
        }
        if (travel.departureDate() == null || travel.arrivalDate() == null) {
            throw ProblemException.badRequest("declaration.travel-dates-required");
        }
        past(travel.departureDate(), today);
        past(travel.arrivalDate(), today);
        if (travel.arrivalDate().isBefore(travel.departureDate())) {
            throw ProblemException.badRequest("declaration.arrival-before-departure");
        }
        return new ValidDeclaration.Travel(vehicle, text(travel.vehicleNumber(), MAX_SHORT, "vehicleNumber"),
                text(travel.seat(), MAX_SEAT, "seat"), unit(travel.departureUnit()),
                text(travel.departurePlace(), MAX_TEXT, "departurePlace"), travel.departureDate(),
                unit(travel.arrivalUnit()), text(travel.arrivalPlace(), MAX_TEXT, "arrivalPlace"), travel.arrivalDate());
    }

    private ValidDeclaration.Entry entry(NewDeclaration.Entry entry, LocalDate today) {
        if (entry == null) {
            throw ProblemException.badRequest("declaration.entry-required");
        }
        String gate = text(entry.borderGate(), MAX_TEXT, "borderGate");
        if (gate == null) {
            throw ProblemException.badRequest("declaration.border-gate-required");
        }
        List<String> visited = codes(entry.countries(), countries::exists, "declaration.country-unknown");
        if (visited.isEmpty()) {
            throw ProblemException.badRequest("declaration.entry-countries-required");
        }
        if (entry.entryDate() == null) {
            throw ProblemException.badRequest("declaration.entry-date-required");
        }
        past(entry.entryDate(), today);
        TestResult test = choice(entry.testResult(), TestResult.class, "declaration.test-result-invalid");
        return new ValidDeclaration.Entry(gate, visited, entry.entryDate(), test, facility(entry.quarantineFacilityId()));
    }

    /** A facility is optional; one that is named must be a registered, open quarantine facility. */
    private Long facility(Long venueId) {
        if (venueId == null) {
            return null;
        }
        Venue venue = venues.findAll(List.of(venueId)).get(venueId);
        if (venue == null || venue.suspended() || venue.category() != VenueCategory.QUARANTINE_FACILITY) {
            throw ProblemException.badRequest("declaration.facility-invalid");
        }
        return venueId;
    }

    private static void past(LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw ProblemException.badRequest("declaration.date-in-future");
        }
    }

    private static <E extends Enum<E>> E choice(String typed, Class<E> type, String refusal) {
        try {
            return Enum.valueOf(type, typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.badRequest(refusal);
        }
    }

    /** The contact address's commune: the officials who follow up are those of its commune and above. */
    private String commune(String typed) {
        if (blank(typed)) {
            throw ProblemException.badRequest("declaration.unit-not-commune");
        }
        String code = unit(typed);
        if (code.equals(AdministrativeUnit.COUNTRY) || !units.children(code).isEmpty()) {
            throw ProblemException.badRequest("declaration.unit-not-commune");
        }
        return code;
    }

    private String unit(String typed) {
        String code = typed.strip();
        if (!knownUnit(code)) {
            throw ProblemException.badRequest("declaration.unit-unknown", code);
        }
        return code;
    }

    private boolean knownUnit(String code) {
        return !code.equals(AdministrativeUnit.COUNTRY) && units.find(code).isPresent();
    }

    private String country(String code) {
        if (blank(code) || !countries.exists(code)) {
            throw ProblemException.badRequest("declaration.country-unknown", code == null ? "" : code);
        }
        return code;
    }

    /** Codes picked from a list, each known, each once, in the order given. */
    private static List<String> codes(List<String> typed, Predicate<String> known, String refusal) {
        if (typed == null) {
            return List.of();
        }
        var codes = new LinkedHashSet<String>();
        for (String code : typed) {
            String trimmed = code == null ? "" : code.strip();
            if (!known.test(trimmed)) {
                throw ProblemException.badRequest(refusal, trimmed);
            }
            codes.add(trimmed);
        }
        if (codes.size() > MAX_PLACES) {
            throw ProblemException.badRequest("declaration.too-many", MAX_PLACES);
        }
        return new ArrayList<>(codes);
    }

    private static String idNumber(String typed) {
        String id = blank(typed) ? null : typed.strip().toUpperCase(Locale.ROOT);
        if (id != null && !ID_NUMBER.matcher(id).matches()) {
            throw ProblemException.badRequest("declaration.id-number-invalid");
        }
        return id;
    }

    private static String email(String typed) {
        String email = blank(typed) ? null : typed.strip();
        if (email != null && (email.length() > MAX_NAME || !EMAIL.matcher(email).matches())) {
            throw ProblemException.badRequest("declaration.email-invalid");
        }
        return email;
    }

    private static String insurance(String typed) {
        String number = blank(typed) ? null : typed.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (number != null && !INSURANCE.matcher(number).matches()) {
            throw ProblemException.badRequest("declaration.insurance-invalid");
        }
        return number;
    }

    /** Text with single spaces, null when blank; too long is refused naming the field in the reader's language. */
    private static String text(String typed, int max, String field) {
        String text = blank(typed) ? null : typed.strip().replaceAll("\\s+", " ");
        if (text != null && text.length() > max) {
            throw ProblemException.badRequest("declaration.text-too-long",
                    new DefaultMessageSourceResolvable("declaration.field." + field), max);
        }
        return text;
    }

    private static boolean blank(String typed) {
        return typed == null || typed.isBlank();
    }
}
