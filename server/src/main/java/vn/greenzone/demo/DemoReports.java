package vn.greenzone.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.greenzone.adoption.AdoptionFigures;
import vn.greenzone.adoption.UnitFigures;
import vn.greenzone.geo.AdministrativeUnit;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.Person;
import vn.greenzone.reporting.NewReport;
import vn.greenzone.reporting.ReportChain;

/**
 * Yesterday's reports of Thành phố Đồng Xoài, as they reached the district in 2021: by Zalo message, written up by
 * the district's administrator with the time each came in (the chain allows the parent that, 48 hours back at
 * most). Every commune reported before 16:30 but two: one came at 17:20, late, and the last never did. One commune
 * corrected a measured figure, with its reason. The province's administrator wrote up the district's report,
 * received at 16:55. Today is left to the newcomer: the commune official 0911000003 reports Phường Tân Phú's day.
 */
@Component
class DemoReports {

    static final String DISTRICT_ADMIN = "0911000002";
    static final String PROVINCE_ADMIN = "0911000001";
    private static final String DISTRICT = "689";
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

    private final ReportChain reports;
    private final AdoptionFigures figures;
    private final UnitDirectory units;
    private final DemoTracing tracing;
    private final Clock clock;

    DemoReports(ReportChain reports, AdoptionFigures figures, UnitDirectory units, DemoTracing tracing, Clock clock) {
        this.reports = reports;
        this.figures = figures;
        this.units = units;
        this.tracing = tracing;
        this.clock = clock;
    }

    void load() {
        LocalDate yesterday = LocalDate.now(clock.withZone(ZONE)).minusDays(1);
        List<String> communes = units.children(DISTRICT).stream().map(AdministrativeUnit::code).toList();
        Map<String, UnitFigures> measured = figures.measured(yesterday, communes);
        Person district = tracing.person(DISTRICT_ADMIN);
        long users = 0;
        Long installs = null;
        Long smartphones = null;
        // The last commune never reports; the one before it reports late.
        for (int i = 0; i < communes.size() - 1; i++) {
            UnitFigures its = measured.get(communes.get(i));
            boolean corrected = i == 1;
            long reportedUsers = its.users() + (corrected ? 15 : 0);
            int minute = i == communes.size() - 2 ? 17 * 60 + 20 : 15 * 60 + 40 + 5 * i;
            var report = new NewReport(reportedUsers, its.installs(), its.smartphones(), null,
                    corrected ? "Tổ COVID cộng đồng khu phố 3 báo thêm 15 người đã cài và đăng ký số điện thoại" : null,
                    yesterday.atTime(minute / 60, minute % 60).atZone(ZONE).toInstant());
            String commune = communes.get(i);
            DemoSession.as(district, () -> reports.submit(yesterday, commune, report));
            users += reportedUsers;
            installs = add(installs, its.installs());
            smartphones = add(smartphones, its.smartphones());
        }
        var districtReport = new NewReport(users, installs, smartphones, null,
                "Cộng báo cáo của các xã, phường đã gửi", yesterday.atTime(16, 55).atZone(ZONE).toInstant());
        DemoSession.as(tracing.person(PROVINCE_ADMIN), () -> reports.submit(yesterday, DISTRICT, districtReport));
        log.info("Demo data: reports of {} for {}: {} communes, one late, one missing", DISTRICT, yesterday,
                communes.size());
    }

    private static Long add(Long sum, Long figure) {
        return sum == null ? figure : figure == null ? sum : sum + figure;
    }
}
