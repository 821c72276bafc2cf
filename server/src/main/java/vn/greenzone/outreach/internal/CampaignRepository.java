package vn.greenzone.outreach.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.outreach.Campaign;
import vn.greenzone.outreach.NewCampaign;

/** SQL for the {@code campaign} table, and the set-based queueing of a run into {@code campaign_message}. */
@Repository
public class CampaignRepository {

    private static final String COLUMNS = """
            id, name, unit_code, recipient_group, case_id, template_vi, template_en, schedule, status, runs,
            next_run_at, created_at""";

    private final JdbcClient jdbc;

    public CampaignRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewCampaign campaign, String schedule, long createdBy) {
        return jdbc.sql("""
                        insert into campaign (name, unit_code, recipient_group, case_id, template_vi, template_en, schedule,
                                              created_by)
                        values (:name, :unit, :group, :case, :vi, :en, :schedule, :by) returning id""")
                .param("name", campaign.name().trim()).param("unit", campaign.unitCode()).param("group", campaign.group())
                .param("case", campaign.caseId()).param("vi", campaign.templateVi().trim())
                .param("en", campaign.templateEn().trim()).param("schedule", schedule).param("by", createdBy)
                .query(Long.class).single();
    }

    public Optional<Campaign> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from campaign where id = :id").param("id", id)
                .query(CampaignRepository::campaign).optional();
    }

    /** The campaign, locked until the transaction ends, so that a start and a pause do not cross. */
    public Optional<Campaign> lock(long id) {
        return jdbc.sql("select " + COLUMNS + " from campaign where id = :id for update").param("id", id)
                .query(CampaignRepository::campaign).optional();
    }

    public List<Campaign> ofUnits(Collection<String> units, int limit) {
        return jdbc.sql("select " + COLUMNS + " from campaign where unit_code in (:units) order by id desc limit :limit")
                .param("units", units).param("limit", limit).query(CampaignRepository::campaign).list();
    }

    /** Running repeating campaigns whose next run is due, locked so one node queues each run. */
    public List<Campaign> dueRuns(Instant now) {
        return jdbc.sql("select " + COLUMNS + """
                         from campaign where status = 'RUNNING' and next_run_at <= :now
                        order by next_run_at for update skip locked""")
                .param("now", Timestamp.from(now)).query(CampaignRepository::campaign).list();
    }

    public void setStatus(long id, Campaign.Status status, Instant nextRunAt) {
        jdbc.sql("update campaign set status = :status, next_run_at = :next where id = :id")
                .param("status", status.name()).param("next", nextRunAt == null ? null : Timestamp.from(nextRunAt))
                .param("id", id).update();
    }

    /** How many distinct numbers the group's SQL reaches. */
    public long count(String groupSql, Collection<String> units, Long caseId) {
        return jdbc.sql("select count(distinct phone) from (" + groupSql + ") r")
                .param("units", units).param("caseId", caseId).query(Long.class).single();
    }

    /**
     * Queues the campaign's next run: one message per distinct number of the group, in a single
     * {@code insert … select}, and answers the run's number and how many were queued. Opted-out numbers are
     * queued too and marked when their turn comes, so the counts show them and a later opt-out is honoured alike.
     */
    public Run queueRun(long campaignId, String groupSql, Collection<String> units, Long caseId, Instant nextRunAt) {
        int run = jdbc.sql("update campaign set runs = runs + 1, next_run_at = :next where id = :id returning runs")
                .param("id", campaignId).param("next", nextRunAt == null ? null : Timestamp.from(nextRunAt))
                .query(Integer.class).single();
        int queued = jdbc.sql("""
                        insert into campaign_message (campaign_id, run, recipient, name, language)
                        select :campaign, :run, r.phone, max(r.name), coalesce(max(r.language), 'vi')
                        from (""" + groupSql + """
                        ) r
                        group by r.phone""")
                .param("campaign", campaignId).param("run", run).param("units", units).param("caseId", caseId)
                .update();
        return new Run(run, queued);
    }

    public record Run(int number, int queued) {
    }

    /** Messages of the campaign by status, every status present with 0 when none. */
    public Map<String, Long> counts(long campaignId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (MessageStatus status : MessageStatus.values()) {
            counts.put(status.name(), 0L);
        }
        jdbc.sql("select status, count(*) from campaign_message where campaign_id = :id group by status")
                .param("id", campaignId)
                .query((row, n) -> counts.put(row.getString(1), row.getLong(2))).list();
        return counts;
    }

    private static Campaign campaign(ResultSet row, int n) throws SQLException {
        Timestamp next = row.getTimestamp("next_run_at");
        long caseNumber = row.getLong("case_id");
        Long caseId = row.wasNull() ? null : caseNumber;
        return new Campaign(row.getLong("id"), row.getString("name"), row.getString("unit_code"),
                row.getString("recipient_group"), caseId, row.getString("template_vi"),
                row.getString("template_en"), row.getString("schedule"), Campaign.Status.valueOf(row.getString("status")),
                row.getInt("runs"), next == null ? null : next.toInstant(), row.getTimestamp("created_at").toInstant());
    }
}
