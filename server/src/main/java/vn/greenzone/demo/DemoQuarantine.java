package vn.greenzone.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.greenzone.identity.Person;
import vn.greenzone.quarantine.DailyReport;
import vn.greenzone.quarantine.NewQuarantine;
import vn.greenzone.quarantine.QuarantineProperties;
import vn.greenzone.quarantine.Quarantines;
import vn.greenzone.quarantine.Symptom;
import vn.greenzone.tracing.Cases;
import vn.greenzone.venue.Venue;
import vn.greenzone.venue.VenueCategory;
import vn.greenzone.venue.VenueRegistrations;

/**
 * The quarantine officer of Đồng Xoài enrols the tracing demo's confirmed F1s: two at home who reported today
 * (one with fever, an open alert), one in the city's quarantine facility, and one enrolled late whose
 * quarantine began three days ago and who has not reported, so the board shows them as not reporting.
 */
@Component
class DemoQuarantine {

    static final String OFFICER = "0911000005";
    private static final String FACILITY = "Khu cách ly tập trung Trường Quân sự tỉnh";

    private static final Logger log = LoggerFactory.getLogger(DemoQuarantine.class);

    private final Quarantines quarantines;
    private final Cases cases;
    private final VenueRegistrations registrations;
    private final DemoTracing tracing;
    private final QuarantineProperties properties;
    private final Clock clock;

    DemoQuarantine(Quarantines quarantines, Cases cases, VenueRegistrations registrations, DemoTracing tracing,
            QuarantineProperties properties, Clock clock) {
        this.quarantines = quarantines;
        this.cases = cases;
        this.registrations = registrations;
        this.tracing = tracing;
        this.properties = properties;
        this.clock = clock;
    }

    void load(long caseId) {
        Person officer = tracing.person(OFFICER);
        Map<Long, Long> contactOf = DemoSession.as(tracing.person(DemoTracing.TRACER), () -> cases.contactsByPerson(caseId, 1));
        Venue facility = DemoSession.as(officer, () -> registrations.register(FACILITY, VenueCategory.QUARANTINE_FACILITY,
                "25201", "Số 1 Đường Tôn Đức Thắng", OFFICER));
        LocalDate yesterday = LocalDate.now(clock.withZone(properties.zone())).minusDays(1);

        long well = enrol(officer, contactOf, "0912000301", NewQuarantine.Where.home("25195", "Số 14 Đường Lê Quý Đôn"),
                yesterday);
        long fever = enrol(officer, contactOf, "0912000302", NewQuarantine.Where.home("25198", "Số 7 Đường Phú Riềng Đỏ"),
                yesterday);
        enrol(officer, contactOf, "0912000306", NewQuarantine.Where.facility(facility.id()), yesterday);
        enrol(officer, contactOf, "0912000307", NewQuarantine.Where.home("25195", "Tổ 3, khu phố Tân Trà"),
                yesterday.minusDays(2));
        report("0912000301", well, new DailyReport(true, Set.of(), new BigDecimal("36.7"), null));
        report("0912000302", fever, new DailyReport(false, Set.of(Symptom.COUGH), new BigDecimal("38.6"), "Sốt từ đêm qua"));
        log.info("Demo data: {} enrolled four F1 of case {} in quarantine; #{} reported fever", OFFICER, caseId, fever);
    }

    private long enrol(Person officer, Map<Long, Long> contactOf, String resident, NewQuarantine.Where where,
            LocalDate start) {
        long contactId = contactOf.get(tracing.person(resident).id());
        return DemoSession.as(officer, () -> quarantines.enrol(new NewQuarantine(NewQuarantine.Who.contact(contactId),
                where, start, null, null)));
    }

    private void report(String resident, long quarantineId, DailyReport report) {
        DemoSession.as(tracing.person(resident), () -> quarantines.report(quarantineId, report));
    }
}
