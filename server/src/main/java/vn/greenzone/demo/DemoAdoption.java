package vn.greenzone.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.stereotype.Component;

import vn.greenzone.adoption.AdoptionAdministration;
import vn.greenzone.adoption.ImportKind;
import vn.greenzone.adoption.Target;
import vn.greenzone.geo.UnitDirectory;
import vn.greenzone.identity.People;
import vn.greenzone.identity.Person;
import vn.greenzone.identity.PhoneNumber;

/**
 * A week of Bình Phước's adoption figures as the Department of Information and Communications would enter them:
 * residents per commune, smartphones per commune from two operators (Viettel and VinaPhone) and the app's installs
 * each day, Greenzone's own count of users today, the province's target (seed 001/002: over 60 % of smartphones,
 * here due two weeks from now) with Thành phố Đồng Xoài's own, stricter one, and yesterday's figures published.
 */
@Component
class DemoAdoption {

    static final String PROVINCE_ADMIN = "0911000001";
    static final String DISTRICT = "689";
    static final int DAYS = 7;

    private final AdoptionAdministration adoption;
    private final UnitDirectory units;
    private final People people;

    DemoAdoption(AdoptionAdministration adoption, UnitDirectory units, People people) {
        this.adoption = adoption;
        this.units = units;
        this.people = people;
    }

    void load() {
        Person admin = people.findByPhone(PhoneNumber.parse(PROVINCE_ADMIN)).orElseThrow();
        List<String> communes = units.subtree(BinhPhuocDemo.PROVINCE).stream()
                .filter(code -> units.children(code).isEmpty()).sorted().toList();
        LocalDate today = adoption.today();
        var random = new Random(2107);
        var residents = table("mã đơn vị", "dân số");
        var smartphones = table("mã đơn vị", "ngày", "nhà mạng", "số smartphone");
        var installs = table("mã đơn vị", "ngày", "số cài đặt");
        for (String commune : communes) {
            int residentCount = 4_000 + random.nextInt(12_000);
            int viettel = residentCount * (40 + random.nextInt(10)) / 100;
            int vinaphone = residentCount * (15 + random.nextInt(10)) / 100;
            // Communes start between a quarter and a half of their smartphones and gain 1–3 points a day.
            double start = 0.25 + random.nextDouble() * 0.25;
            double gain = 0.01 + random.nextDouble() * 0.02;
            residents.add(List.of(commune, Integer.toString(residentCount)));
            for (int d = DAYS - 1; d >= 0; d--) {
                String day = today.minusDays(d).toString();
                smartphones.add(List.of(commune, day, "Viettel", Integer.toString(viettel)));
                smartphones.add(List.of(commune, day, "VinaPhone", Integer.toString(vinaphone)));
                long count = Math.round((viettel + vinaphone) * Math.min(0.95, start + gain * (DAYS - 1 - d)));
                installs.add(List.of(commune, day, Long.toString(count)));
            }
        }
        DemoSession.as(admin, () -> {
            adoption.importTable(ImportKind.RESIDENTS, BinhPhuocDemo.PROVINCE, residents);
            adoption.importTable(ImportKind.SMARTPHONES, BinhPhuocDemo.PROVINCE, smartphones);
            adoption.importTable(ImportKind.INSTALLS, BinhPhuocDemo.PROVINCE, installs);
            adoption.countUsersToday();
            adoption.setTarget(BinhPhuocDemo.PROVINCE, Target.Basis.SMARTPHONES, BigDecimal.valueOf(60),
                    today.plusDays(14));
            adoption.setTarget(DISTRICT, Target.Basis.SMARTPHONES, BigDecimal.valueOf(70), today.plusDays(14));
            return adoption.publishNow(BinhPhuocDemo.PROVINCE);
        });
    }

    private static List<List<String>> table(String... headings) {
        var table = new ArrayList<List<String>>();
        table.add(List.of(headings));
        return table;
    }
}
