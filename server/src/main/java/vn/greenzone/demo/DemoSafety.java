package vn.greenzone.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.greenzone.identity.People;
import vn.greenzone.identity.Person;
import vn.greenzone.identity.PhoneNumber;
import vn.greenzone.safety.BusinessRegistry;
import vn.greenzone.safety.Inspections;
import vn.greenzone.safety.SafetyColour;
import vn.greenzone.safety.VenueSafety;
import vn.greenzone.venue.Venue;

/**
 * The safety map of Thành phố Đồng Xoài: the owner 0912000000 has assessed four venues (green, yellow, red, and
 * one ten days ago, now overdue), the inspector 0911000009 has inspected a fifth, and imported a registry list in
 * which two establishments have no registered venue.
 */
@Component
class DemoSafety {

    static final String INSPECTOR = "0911000009";
    private static final ZoneId BINH_PHUOC = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A few establishments of Đồng Xoài: two are the demo's venues spelled otherwise, two never registered. */
    private static final String REGISTRY = """
            Tên cơ sở,Địa chỉ,Mã đơn vị,Ngành
            Nhà hàng Hương Sen,"25 Đ. Hùng Vương",25195,Ăn uống
            Chợ Đồng Xoài,"số 12 đường Lê Quý Đôn",25195,Chợ
            Tiệm tạp hoá Minh Phát,"Số 7 Đường Nguyễn Huệ",25195,Bán lẻ
            Quán cà phê Gió Chiều,"Số 31 Đường Phú Riềng Đỏ",25198,Ăn uống
            """;

    private static final Logger log = LoggerFactory.getLogger(DemoSafety.class);

    private final People people;
    private final VenueSafety safety;
    private final Inspections inspections;
    private final BusinessRegistry registry;
    private final Clock clock;

    DemoSafety(People people, VenueSafety safety, Inspections inspections, BusinessRegistry registry, Clock clock) {
        this.people = people;
        this.safety = safety;
        this.inspections = inspections;
        this.registry = registry;
        this.clock = clock;
    }

    void load(Map<String, Venue> venues) {
        Person owner = person(DemoVenues.OWNER);
        DemoSession.as(owner, () -> {
            safety.assess(id(venues, "Trường THPT Đồng Xoài"), Map.of("masks", 2, "handwash", 2, "temperature", 2,
                    "distance", 2, "isolation-room", 1, "cleaning", 2));
            safety.assess(id(venues, "Chợ Đồng Xoài"), Map.of("checkin", 2, "masks", 1, "distance", 1, "handwash", 2,
                    "capacity", 1, "cleaning", 1));
            safety.assess(id(venues, "Bến xe khách Đồng Xoài"), Map.of("checkin", 0, "masks", 1, "distance", 0,
                    "handwash", 1, "isolation-room", 0));
            safety.assess(id(venues, "Siêu thị Co.opmart Đồng Xoài"), Map.of("checkin", 2, "masks", 2, "distance", 2,
                    "handwash", 2, "capacity", 2, "cleaning", 2));
            return safety.importAssessment(id(venues, "UBND Phường Tân Phú"), Map.of("masks", 2, "distance", 2,
                    "checkin", 2, "canteen", 1, "shuttle", 2, "testing", 1, "covid-team", 2),
                    clock.instant().minus(Duration.ofDays(10)));
        });
        DemoSession.as(person(INSPECTOR), () -> {
            inspections.inspect(id(venues, "Siêu thị Co.opmart Đồng Xoài"), null, new Inspections.Findings(
                    Map.of("checkin", 2, "masks", 1, "distance", 1, "handwash", 2, "capacity", 1, "cleaning", 2),
                    SafetyColour.YELLOW, "Khu quầy thu ngân đông, chưa giãn cách; nhân viên đeo khẩu trang chưa đúng.",
                    LocalDate.now(clock.withZone(BINH_PHUOC)).plusDays(7)), null);
            return registry.importList("689", "dang-ky-kinh-doanh-dong-xoai.csv",
                    REGISTRY.getBytes(StandardCharsets.UTF_8));
        });
        log.info("Demo data: venue safety assessed, one inspection by {}, a registry list imported", INSPECTOR);
    }

    private static long id(Map<String, Venue> venues, String name) {
        return venues.get(name).id();
    }

    private Person person(String phone) {
        return people.findByPhone(PhoneNumber.parse(phone)).orElseThrow();
    }
}
