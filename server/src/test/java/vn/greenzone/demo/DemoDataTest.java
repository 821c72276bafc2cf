package vn.greenzone.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.greenzone.GreenzoneApplication;
import vn.greenzone.adoption.AdoptionFigures;
import vn.greenzone.adoption.UnitFigures;
import vn.greenzone.checkin.VisitMethod;
import vn.greenzone.safety.SafetyColour;
import vn.greenzone.safety.VenueSafety;
import vn.greenzone.outreach.internal.CampaignSender;

/**
 * {@code --demo} on a fresh installation of its own: the residents' check-ins look like the last days of
 * a real town (days and hours apart, all four ways), and the tracing story still finds exactly its contacts.
 */
class DemoDataTest {

    private static final ZoneId BINH_PHUOC = ZoneId.of("Asia/Ho_Chi_Minh");

    private record DemoCheckin(String method, Instant arrival, Instant departure) {
    }

    @Test
    void checkInsSpreadOverDaysHoursAndTheFourWaysTheStoryKeepsItsContactsAndItsCasesShareTheirKeys(@TempDir Path dataDir) {
        try (var app = new SpringApplicationBuilder(GreenzoneApplication.class).profiles("test")
                .run("--server.port=0", "--greenzone.demo=true", "--greenzone.data-dir=" + dataDir)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            List<DemoCheckin> checkins = jdbc.sql("""
                            select c.method, c.checked_in_at, c.checked_out_at from checkin c join person p on p.id = c.person_id
                             where p.phone between '+84912000001' and '+84912000200'""")
                    .query((row, n) -> new DemoCheckin(row.getString(1), row.getTimestamp(2).toInstant(),
                            row.getTimestamp(3) == null ? null : row.getTimestamp(3).toInstant()))
                    .list();
            Instant now = Instant.now();

            assertThat(checkins).hasSize(200);
            assertThat(checkins).extracting(DemoCheckin::method).containsOnly(
                    VisitMethod.SELF.name(), VisitMethod.STAFF.name(), VisitMethod.MANUAL.name(), VisitMethod.DEVICE.name())
                    .contains(VisitMethod.SELF.name(), VisitMethod.STAFF.name(), VisitMethod.MANUAL.name(),
                            VisitMethod.DEVICE.name());
            assertThat(checkins.stream().map(c -> LocalDate.ofInstant(c.arrival(), BINH_PHUOC)).distinct().count())
                    .as("days with check-ins").isGreaterThanOrEqualTo(5);
            assertThat(checkins.stream().map(c -> c.arrival().atZone(BINH_PHUOC).getHour()).distinct().count())
                    .as("hours of the day with check-ins").isGreaterThanOrEqualTo(12);
            assertThat(checkins.stream().map(c -> c.arrival().getEpochSecond() / 60).distinct().count())
                    .as("minutes with check-ins").isGreaterThan(150);
            assertThat(checkins).allMatch(c -> c.arrival().isBefore(now)
                    && c.arrival().isAfter(now.minus(Duration.ofDays(7))));
            assertThat(checkins).as("visitors still there now")
                    .anyMatch(c -> c.departure() == null && c.arrival().isAfter(now.minus(Duration.ofHours(2))));

            // The case of 0912000300 has its six F1 and nobody of the venue demo's residents among its contacts.
            List<String> f1 = jdbc.sql("""
                            select p.phone from trace_contact t
                              join trace_case c on c.id = t.case_id join person f0 on f0.id = c.person_id
                              join person p on p.id = t.person_id
                             where f0.phone = '+84912000300' and t.generation = 1 order by p.phone""")
                    .query(String.class).list();
            assertThat(f1).containsExactly("+84912000301", "+84912000302", "+84912000304", "+84912000306",
                    "+84912000307", "+84912000308");
            assertThat(jdbc.sql("""
                            select count(*) from trace_contact t join person p on p.id = t.person_id
                             where p.phone between '+84912000001' and '+84912000200'""")
                    .query(Long.class).single()).isZero();
            theCasesSharedTheirKeysAndTheFirstExportFollows(jdbc);
            theVenuesAreRatedAndTheRegistryListHasTwoUnregistered(jdbc, app.getBean(VenueSafety.class));
            theHotlineHasItsAgenciesAndAnOverdueCallEscalated(jdbc);
            theWeeklyCampaignTextsTheCityButNotTheResidentWhoOptedOut(jdbc, app.getBean(CampaignSender.class));
            yesterdaysReportsHaveOneLateAndOneMissingCommune(jdbc);
            aWeekOfAdoptionFiguresAddsUpToTheProvinceWithTargetsAndAPublication(jdbc,
                    app.getBean(AdoptionFigures.class));
        }
    }

    private static void theVenuesAreRatedAndTheRegistryListHasTwoUnregistered(JdbcClient jdbc, VenueSafety safety) {
        var colours = jdbc.sql("select id, name from venue where owner_id = "
                        + "(select id from person where phone = '+84912000000')")
                .query((row, n) -> java.util.Map.entry(row.getString("name"), row.getLong("id"))).list().stream()
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey,
                        venue -> safety.state(venue.getValue()).colour()));
        assertThat(colours).containsEntry("Trường THPT Đồng Xoài", SafetyColour.GREEN)
                .containsEntry("Chợ Đồng Xoài", SafetyColour.YELLOW)
                .containsEntry("Bến xe khách Đồng Xoài", SafetyColour.RED)
                .containsEntry("UBND Phường Tân Phú", SafetyColour.GREY)
                .containsEntry("Siêu thị Co.opmart Đồng Xoài", SafetyColour.YELLOW);
        assertThat(jdbc.sql("select count(*) from safety_inspection where inspected_at is not null").query(Long.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("select name from safety_registry_entry where matched_venue_id is null order by row_number")
                .query(String.class).list()).containsExactly("Tiệm tạp hoá Minh Phát", "Quán cà phê Gió Chiều");
    }

    private static void theHotlineHasItsAgenciesAndAnOverdueCallEscalated(JdbcClient jdbc) {
        assertThat(jdbc.sql("select count(*) from hotline_agency").query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select status || ':' || escalation from hotline_item order by id").query(String.class).list())
                .containsExactly("ASSIGNED:0", "ASSIGNED:0", "RECEIVED:0", "ASSIGNED:2");
        assertThat(jdbc.sql("select count(*) from sms_outbox where recipient = '+84911000008' and body like 'QUA HAN%'")
                .query(Long.class).single()).isEqualTo(1);
    }

    private static void theCasesSharedTheirKeysAndTheFirstExportFollows(JdbcClient jdbc) {
        assertThat(jdbc.sql("select count(*) from exposure_key").query(Long.class).single()).isEqualTo(26);
        assertThat(jdbc.sql("""
                        select s.body from sms_outbox s
                         where s.recipient in ('+84912000300', '+84912000308') and s.body like '%exposure upload code%'""")
                .query(String.class).list())
                .hasSize(2).allMatch(body -> body.matches("(?s).*\\d{8}.*http://localhost:\\d+/exposure/share#[A-Za-z0-9_-]{22}"));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        long files;
        do {
            files = jdbc.sql("select coalesce(sum(key_count), 0) from exposure_export").query(Long.class).single();
        } while (files == 0 && System.nanoTime() < deadline && pause());
        assertThat(files).as("keys in the first export").isEqualTo(26);
    }

    private static void theWeeklyCampaignTextsTheCityButNotTheResidentWhoOptedOut(JdbcClient jdbc, CampaignSender sender) {
        String optedOut = jdbc.sql("select recipient from sms_opt_out").query(String.class).single();
        long residents = jdbc.sql("select count(*) from person p join geo_unit g on g.code = p.residence_unit"
                + " where g.parent_code = '689' or g.code = '689'").query(Long.class).single();
        sender.sendDue();
        assertThat(jdbc.sql("select count(*) from campaign_message where status = 'SENT'").query(Long.class).single())
                .isEqualTo(residents - 1);
        assertThat(jdbc.sql("select status from campaign_message where recipient = :to").param("to", optedOut)
                .query(String.class).single()).isEqualTo("OPTED_OUT");
        assertThat(jdbc.sql("select count(*) from sms_outbox where recipient = :to and body like '%cài Greenzone%'")
                .param("to", optedOut).query(Long.class).single()).isZero();
    }

    private static void yesterdaysReportsHaveOneLateAndOneMissingCommune(JdbcClient jdbc) {
        LocalDate yesterday = LocalDate.now(BINH_PHUOC).minusDays(1);
        long communes = jdbc.sql("select count(*) from geo_unit where parent_code = '689'").query(Long.class).single();
        List<Boolean> late = jdbc.sql("""
                        select s.late from report_submission s join geo_unit g on g.code = s.unit_code
                         where s.day = :day and g.parent_code = '689'""")
                .param("day", yesterday).query(Boolean.class).list();
        assertThat(late).as("every commune but one reported").hasSize((int) communes - 1);
        assertThat(late.stream().filter(Boolean::booleanValue).count()).as("late").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from report_submission where day = :day and unit_code = '689' and not late")
                .param("day", yesterday).query(Long.class).single()).as("the district's own, in time").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from report_submission where day = :day and reason is not null")
                .param("day", yesterday).query(Long.class).single()).as("a corrected commune and the district")
                .isEqualTo(2);
    }

    private static void aWeekOfAdoptionFiguresAddsUpToTheProvinceWithTargetsAndAPublication(JdbcClient jdbc,
            AdoptionFigures figures) {
        LocalDate today = LocalDate.now(BINH_PHUOC);
        List<String> districts = jdbc.sql("select code from geo_unit where parent_code = '70'").query(String.class).list();
        var codes = new ArrayList<>(districts);
        codes.add("70");
        Map<String, UnitFigures> yesterday = figures.measured(today.minusDays(1), codes);
        UnitFigures province = yesterday.get("70");
        assertThat(province.installs()).isPositive().isLessThan(province.smartphones());
        assertThat(province.residents()).isGreaterThan(province.smartphones());
        assertThat(districts.stream().mapToLong(code -> yesterday.get(code).installs()).sum())
                .isEqualTo(province.installs());
        // people by home unit, and dependants in their guardian's
        long registered = jdbc.sql("""
                select (select count(*) from person p join geo_unit c on c.code = p.residence_unit
                          join geo_unit t on t.code = c.parent_code where t.parent_code = '70')
                     + (select count(*) from dependant d join person g on g.id = d.guardian_id
                          join geo_unit c on c.code = g.residence_unit join geo_unit t on t.code = c.parent_code
                         where d.removed_at is null and t.parent_code = '70')""").query(Long.class).single();
        assertThat(figures.measured(today, List.of("70")).get("70").users()).isEqualTo(registered);
        assertThat(jdbc.sql("select count(*) from adoption_rollup where unit_code = '70' and installs is not null")
                .query(Long.class).single()).isEqualTo(7);
        assertThat(jdbc.sql("select unit_code || ':' || percent::int from adoption_target order by unit_code")
                .query(String.class).list()).containsExactly("689:70", "70:60");
        assertThat(jdbc.sql("select count(*) from adoption_published_figure where province_code = '70' and day = :day")
                .param("day", today.minusDays(1)).query(Long.class).single()).isEqualTo(districts.size() + 1);
    }

    private static boolean pause() {
        try {
            Thread.sleep(200);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
