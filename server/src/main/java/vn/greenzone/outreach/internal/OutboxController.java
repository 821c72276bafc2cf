package vn.greenzone.outreach.internal;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The outbox page: what the default sender would have sent, newest first, for national administrators. */
@Controller
@PreAuthorize("hasRole('NATIONAL_ADMIN')")
class OutboxController {

    record OutboxMessage(long id, String recipient, String body, ZonedDateTime createdAt) {
    }

    private static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;

    OutboxController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/admin/outbox")
    String outbox(@RequestParam(defaultValue = "") String phone, Model model) {
        List<OutboxMessage> messages = jdbc.sql("""
                        select id, recipient, body, created_at from sms_outbox
                        where :phone = '' or recipient like '%' || :phone
                        order by id desc limit 200""")
                .param("phone", phone.replaceAll("\\D", "").replaceFirst("^0", ""))
                .query((row, n) -> new OutboxMessage(row.getLong("id"), row.getString("recipient"), row.getString("body"),
                        row.getTimestamp("created_at").toInstant().atZone(DISPLAY_ZONE)))
                .list();
        model.addAttribute("messages", messages);
        model.addAttribute("phone", phone);
        return "outreach/outbox";
    }
}
