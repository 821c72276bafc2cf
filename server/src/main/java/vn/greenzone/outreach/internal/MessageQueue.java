package vn.greenzone.outreach.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.greenzone.outreach.Campaign;

/** SQL for the sender's side of {@code campaign_message}: claiming due messages, their outcomes, receipts. */
@Repository
class MessageQueue {

    /** A claimed message with what its text needs. */
    record Claimed(long id, String recipient, String name, String language, int attempts, String template) {
    }

    /** A message the gateway took, and the gateway's id for it. */
    record Sent(long id, String gatewayId) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    MessageQueue(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
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

    /** Campaign messages each of the numbers was sent in the seven days before now, across campaigns. */
    Map<String, Integer> sentInLastWeek(Collection<String> recipients) {
        Map<String, Integer> counts = new HashMap<>();
        if (!recipients.isEmpty()) {
            jdbc.sql("""
                            select recipient, count(*) from campaign_message
                            where recipient in (:to) and sent_at > now() - interval '7 days' group by recipient""")
                    .param("to", recipients)
                    .query((row, n) -> counts.put(row.getString(1), row.getInt(2))).list();
        }
        return counts;
    }

    /** Messages the gateway took, with its ids for them, in one JDBC batch. */
    void sent(List<Sent> sent) {
        batch.batchUpdate("""
                        update campaign_message set status = 'SENT', gateway_id = ?, sent_at = now(), updated_at = now()
                        where id = ?""",
                sent.stream().map(message -> new Object[] {message.gatewayId(), message.id()}).toList());
    }

    void finish(long id, MessageStatus status) {
        jdbc.sql("update campaign_message set status = :status, updated_at = now() where id = :id")
                .param("status", status.name()).param("id", id).update();
    }

    /** Each message to its final status. */
    void finish(Map<Long, MessageStatus> statuses) {
        statuses.entrySet().stream().collect(Collectors.groupingBy(Map.Entry::getValue,
                        Collectors.mapping(Map.Entry::getKey, Collectors.toList())))
                .forEach((status, ids) -> jdbc.sql("update campaign_message set status = :status, updated_at = now() where id in (:ids)")
                        .param("status", status.name()).param("ids", ids).update());
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
