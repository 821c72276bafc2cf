package vn.greenzone.demo;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.greenzone.hotline.Hotline;
import vn.greenzone.hotline.NewItem;
import vn.greenzone.hotline.Urgency;
import vn.greenzone.identity.Person;

/**
 * The 1022 desk of Bình Phước: the province's administrator names two agencies of Đồng Xoài (the health
 * centre, whose head is the district's contact tracer, and the police) and routes categories to them; the
 * operator logs four calls: one sent to the police, one to the health centre, one no rule routes (it waits in
 * the supervisor's queue), and one taken 23 hours ago and written up late, far past its 5-hour deadline, which
 * escalates at once: an SMS to the health centre's head and red on the supervisor's queue.
 */
@Component
class DemoHotline {

    static final String OPERATOR = "0911000006";
    static final String SUPERVISOR = "0911000001";
    static final String HEALTH_CENTRE_HEAD = "0911000008";
    private static final String DISTRICT = "689";

    private static final Logger log = LoggerFactory.getLogger(DemoHotline.class);

    private final Hotline hotline;
    private final DemoTracing tracing;
    private final Clock clock;

    DemoHotline(Hotline hotline, DemoTracing tracing, Clock clock) {
        this.hotline = hotline;
        this.tracing = tracing;
        this.clock = clock;
    }

    void load() {
        Person supervisor = tracing.person(SUPERVISOR);
        long health = DemoSession.as(supervisor, () -> hotline.addAgency(DISTRICT, "Trung tâm Y tế Thành phố Đồng Xoài",
                HEALTH_CENTRE_HEAD, List.of(HEALTH_CENTRE_HEAD)));
        long police = DemoSession.as(supervisor, () -> hotline.addAgency(DISTRICT, "Công an Thành phố Đồng Xoài",
                "0911000010", List.of("0911000010")));
        DemoSession.as(supervisor, () -> {
            List.of("VENUE_BREACH", "SUSPECTED_CASE", "ARRIVAL").forEach(category -> hotline.route(category, DISTRICT, health));
            hotline.route("QUARANTINE_BREACH", DISTRICT, police);
            return null;
        });
        Person operator = tracing.person(OPERATOR);
        var now = clock.instant();
        DemoSession.as(operator, () -> {
            hotline.log(new NewItem("VENUE_BREACH", "25195", "Quán karaoke trên Đường Phú Riềng Đỏ vẫn mở cửa sau 22 giờ, "
                    + "khách không đeo khẩu trang, không quét mã QR.", "0912000401", Urgency.NORMAL,
                    now.minus(Duration.ofMinutes(40))));
            hotline.log(new NewItem("QUARANTINE_BREACH", "25198", "Người đang cách ly tại nhà ở tổ 4 ra chợ Đồng Xoài sáng nay.",
                    "0912000402", Urgency.URGENT, now.minus(Duration.ofHours(2))));
            hotline.log(new NewItem("SUPPLIES", "25195", "Khu trọ công nhân bị phong tỏa ba ngày, hết gạo và sữa cho trẻ em.",
                    "0912000403", Urgency.URGENT, now.minus(Duration.ofMinutes(15))));
            hotline.log(new NewItem("SUSPECTED_CASE", "25195", "Hàng xóm sốt, ho nhiều ngày, mới về từ Thành phố Hồ Chí Minh.",
                    "0912000404", Urgency.NORMAL, now.minus(Duration.ofHours(23))));
            return null;
        });
        int escalated = hotline.escalateDue();
        log.info("Demo data: hotline operator {} logged four calls; {} escalated to the agency's head {}", OPERATOR,
                escalated, HEALTH_CENTRE_HEAD);
    }
}
