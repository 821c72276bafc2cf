package vn.greenzone.declaration.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.greenzone.declaration.DeclarationKind;
import vn.greenzone.declaration.DeclarationProperties;
import vn.greenzone.declaration.HealthQuestion;
import vn.greenzone.declaration.TestResult;
import vn.greenzone.declaration.Vehicle;
import vn.greenzone.declaration.internal.Countries;
import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.Gender;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.VenueCategory;
import vn.greenzone.venue.Venues;

/** What the declaration forms offer to pick from, in the reader's language. */
@Component
class FormOptions {

    /** Quarantine facilities listed on the entry form; more are a sign the list needs a search. */
    private static final int MAX_FACILITIES = 300;

    record Options(List<HealthQuestion> symptoms, List<HealthQuestion> exposures, List<Countries.Country> countries,
            List<AdministrativeUnit> provinces, Vehicle[] vehicles, TestResult[] testResults, Gender[] genders,
            List<Venue> facilities, LocalDate today) {
    }

    private final DeclarationProperties properties;
    private final Countries countries;
    private final UnitDirectory units;
    private final Venues venues;
    private final Clock clock;

    FormOptions(DeclarationProperties properties, Countries countries, UnitDirectory units, Venues venues, Clock clock) {
        this.properties = properties;
        this.countries = countries;
        this.units = units;
        this.venues = venues;
        this.clock = clock;
    }

    Options of(DeclarationKind kind, Locale locale) {
        return new Options(properties.symptoms(), properties.exposures(), countries.all(locale),
                units.children(AdministrativeUnit.COUNTRY), Vehicle.values(), TestResult.values(), Gender.values(),
                kind == DeclarationKind.ENTRY ? venues.openOfCategory(VenueCategory.QUARANTINE_FACILITY, MAX_FACILITIES)
                        : List.of(),
                LocalDate.now(clock.withZone(properties.zone())));
    }
}
