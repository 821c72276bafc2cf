package vn.greenzone.organisation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.declaration.Declarations;
import vn.greenzone.identity.People;

/**
 * Counts who on a roster uses Greenzone: registered with the roster's number (identity) and declared in the last
 * 24 hours (declaration). Those modules own their tables, so a count asks their public APIs for the whole roster in
 * two queries and keeps the answer on the members; lists then read this module's tables only. An organisation's page
 * counts again when its count is older than {@link #FRESH}; the rest are counted every hour in the background.
 */
@Component
public class CoverageCount {

    /** How old a count the head's page may show. */
    public static final Duration FRESH = Duration.ofMinutes(5);
    private static final Duration DECLARED_WITHIN = Duration.ofHours(24);
    private static final Duration BACKGROUND_AGE = Duration.ofHours(1);
    private static final int BACKGROUND_BATCH = 500;

    /** Who of a list of numbers is registered (by number) and, of those, who declared. */
    public record Lookup(Map<String, Long> personIds, Set<Long> declared) {
    }

    private final OrganisationRepository organisations;
    private final RosterRepository roster;
    private final People people;
    private final Declarations declarations;
    private final Clock clock;

    CoverageCount(OrganisationRepository organisations, RosterRepository roster, People people,
            Declarations declarations, Clock clock) {
        this.organisations = organisations;
        this.roster = roster;
        this.people = people;
        this.declarations = declarations;
        this.clock = clock;
    }

    public Lookup lookup(Collection<String> phones) {
        Map<String, Long> ids = people.idsByPhone(phones);
        return new Lookup(ids, declarations.declaredSince(ids.values(), clock.instant().minus(DECLARED_WITHIN)));
    }

    @Transactional
    public void count(long organisationId) {
        List<String> phones = roster.phones(organisationId);
        Lookup found = lookup(phones);
        var persons = new ArrayList<Long>(phones.size());
        var declared = new ArrayList<Boolean>(phones.size());
        for (String phone : phones) {
            Long person = found.personIds().get(phone);
            persons.add(person);
            declared.add(person != null && found.declared().contains(person));
        }
        roster.updateStates(organisationId, phones, persons, declared);
        organisations.storeCount(organisationId, clock.instant());
    }

    /** Declarations expire after 24 hours and people register all day: every roster is counted again hourly. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT2M")
    void countStale() {
        organisations.leastRecentlyCounted(clock.instant().minus(BACKGROUND_AGE), BACKGROUND_BATCH).forEach(this::count);
    }
}
