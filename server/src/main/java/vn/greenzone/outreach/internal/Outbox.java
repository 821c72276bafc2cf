package vn.greenzone.outreach.internal;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the {@code sms_outbox} table. */
@Repository
class Outbox {

    /** A kept message, with its time in Vietnam's zone for display. */
    record OutboxMessage(long id, String recipient, String body, ZonedDateTime createdAt) {
    }

    private static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int PAGE = 200;

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the message and answers its id. */
    long keep(String recipient, String body) {
        return jdbc.sql("insert into sms_outbox (recipient, body) values (:to, :body) returning id")
                .param("to", recipient).param("body", body).query(Long.class).single();
    }

    /** The newest messages, to numbers ending in {@code digits} when it is not empty. */
    List<OutboxMessage> newest(String digits) {
        return jdbc.sql("""
                        select id, recipient, body, created_at from sms_outbox
                        where :digits = '' or recipient like '%' || :digits
                        order by id desc limit :limit""")
                .param("digits", digits).param("limit", PAGE)
                .query((row, n) -> new OutboxMessage(row.getLong("id"), row.getString("recipient"), row.getString("body"),
                        row.getTimestamp("created_at").toInstant().atZone(DISPLAY_ZONE)))
                .list();
    }
}
