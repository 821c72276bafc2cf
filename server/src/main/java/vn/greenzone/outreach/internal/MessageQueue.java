package vn.greenzone.outreach.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.greenzone.outreach.Campaign;

/** SQL for the sender's side of {@code campaign_message}: claiming due messages, their outcomes, receipts. */
@Repository
class MessageQueue {

    /** A claimed message with what its text needs. */
    record Claimed(long id, String recipient, String name, String language, int attempts, String template) {
    }

    private final JdbcClient jdbc;

    MessageQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Marks up to {@code limit} due messages of running campaigns SENDING and answers them, oldest first. Once
     * this commits no other run takes them, so a message goes to the gateway at most once.
     */
    List<Claimed> claim(int limit) {
        return jdbc.sql("""
                        with due as (
                            select m.id from campaign_message m join campaign c on c.id = m.campaign_id
                            where m.status = 'QUEUED' and m.next_attempt_at <= now() and c.status = 'RUNNING'
                            order by m.next_attempt_at, m.id limit :limit
                            for update of m skip locked)
                        update campaign_message m
                        set status = 'SENDING', attempts = m.attempts + 1, updated_at = now()
                        from due, campaign c
                        where m.id = due.id and c.id = m.campaign_id
                        returning m.id, m.recipient, m.name, m.language, m.attempts,
                                  case when m.language = 'en' then c.template_en else c.template_vi end as template""")
                .param("limit", limit)
                .query((row, n) -> new Claimed(row.getLong("id"), row.getString("recipient"), row.getString("name"),
                        row.getString("language"), row.getInt("attempts"), row.getString("template")))
                .list()
                .stream().sorted(java.util.Comparator.comparingLong(Claimed::id)).toList();
    }

    /** Campaign messages the number was sent in the seven days before now, across campaigns. */
    int sentInLastWeek(String recipient) {
        return jdbc.sql("""
                        select count(*) from campaign_message
                        where recipient = :to and sent_at > now() - interval '7 days'""")
                .param("to", recipient).query(Integer.class).single();
    }

    void sent(long id, String gatewayId) {
        jdbc.sql("update campaign_message set status = 'SENT', gateway_id = :gateway, sent_at = now(), updated_at = now() where id = :id")
                .param("gateway", gatewayId).param("id", id).update();
    }

    void finish(long id, MessageStatus status) {
        jdbc.sql("update campaign_message set status = :status, updated_at = now() where id = :id")
                .param("status", status.name()).param("id", id).update();
    }

    /** Back in the queue until {@code at}; {@code attempted} false when the gateway never saw it (not counted). */
    void retryAt(Collection<Long> ids, Instant at, boolean attempted) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update campaign_message
                        set status = 'QUEUED', next_attempt_at = :at, updated_at = now(),
                            attempts = attempts - case when :attempted then 0 else 1 end
                        where id in (:ids)""")
                .param("at", Timestamp.from(at)).param("attempted", attempted).param("ids", ids).update();
    }

    /** A delivery receipt: true when a message was still waiting for it. */
    boolean receipt(String gatewayId, boolean delivered) {
        return jdbc.sql("""
                        update campaign_message set status = :status, updated_at = now()
                        where gateway_id = :gateway and status = 'SENT'""")
                .param("status", (delivered ? MessageStatus.DELIVERED : MessageStatus.FAILED).name())
                .param("gateway", gatewayId).update() > 0;
    }
}
