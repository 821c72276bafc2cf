package vn.greenzone.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.audit.AuditEntry;
import vn.greenzone.audit.AuditSubject;

/** SQL for the {@code audit_entry} table: inserts and filtered reads, nothing else (the table is append-only). */
@Repository
public class AuditRepository {

    private static final String COLUMNS = "id, at, viewer_id, viewer_role, subject_kind, subject_id, purpose, context";

    /** Every filter is optional: a null parameter matches every row. */
    private static final String WHERE = """
             where (cast(:viewer as bigint) is null or viewer_id = :viewer)
               and (cast(:subject as text) is null or subject_id = :subject)
               and (cast(:from as timestamptz) is null or at >= :from)
               and (cast(:to as timestamptz) is null or at < :to)
               and (cast(:purpose as text) is null or purpose = :purpose)
            """;

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One statement whatever the number of subjects: the arrays are unnested into rows. */
    public void insert(long viewerId, String viewerRole, List<AuditSubject> subjects, String purpose, String context) {
        jdbc.sql("""
                        insert into audit_entry (viewer_id, viewer_role, subject_kind, subject_id, purpose, context)
                        select :viewer, :role, subject.kind, subject.id, :purpose, :context
                        from unnest(cast(:kinds as text[]), cast(:ids as text[])) as subject (kind, id)""")
                .param("viewer", viewerId).param("role", viewerRole)
                .param("kinds", subjects.stream().map(AuditSubject::kind).toArray(String[]::new))
                .param("ids", subjects.stream().map(AuditSubject::id).toArray(String[]::new))
                .param("purpose", purpose).param("context", context)
                .update();
    }

    /** Newest first. */
    public List<AuditEntry> find(AuditFilter filter, int limit, long offset) {
        return filtered("select " + COLUMNS + " from audit_entry" + WHERE + " order by at desc, id desc limit :limit offset :offset", filter)
                .param("limit", limit).param("offset", offset)
                .query(AuditRepository::map).list();
    }

    public long count(AuditFilter filter) {
        return filtered("select count(*) from audit_entry" + WHERE, filter).query(Long.class).single();
    }

    private JdbcClient.StatementSpec filtered(String sql, AuditFilter filter) {
        return jdbc.sql(sql)
                .param("viewer", filter.viewerId())
                .param("subject", filter.subjectId())
                .param("from", utc(filter.from()))
                .param("to", utc(filter.to()))
                .param("purpose", filter.purpose());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static AuditEntry map(ResultSet row, int number) throws SQLException {
        return new AuditEntry(row.getLong("id"), row.getTimestamp("at").toInstant(), row.getLong("viewer_id"),
                row.getString("viewer_role"), row.getString("subject_kind"), row.getString("subject_id"),
                row.getString("purpose"), row.getString("context"));
    }
}
