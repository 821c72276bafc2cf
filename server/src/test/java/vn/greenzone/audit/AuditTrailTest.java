package vn.greenzone.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.greenzone.TestHttp.international;
import static vn.greenzone.TestHttp.randomPhone;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

import vn.greenzone.IntegrationTest;

/** Recording full views: one row per subject, in the caller's transaction, and never changed afterwards. */
class AuditTrailTest extends IntegrationTest {

    @Autowired
    private AuditTrail trail;

    @Autowired
    private TransactionTemplate transactions;

    private long freshPerson() {
        return jdbc.sql("insert into person (phone) values (:phone) returning id")
                .param("phone", international(randomPhone())).query(Long.class).single();
    }

    private long rowsWithPurpose(String purpose) {
        return jdbc.sql("select count(*) from audit_entry where purpose = :purpose").param("purpose", purpose)
                .query(Long.class).single();
    }

    @Test
    void aSingleViewIsOneRowWithEverythingSaid() {
        long viewer = freshPerson();
        String purpose = "contact tracing " + UUID.randomUUID();
        trail.recordFullView(viewer, "CONTACT_TRACER", "person", "4711", purpose, "case:9 contacts");

        var row = jdbc.sql("""
                        select viewer_id, viewer_role, subject_kind, subject_id, context, at > now() - interval '1 hour' as recent
                        from audit_entry where purpose = :purpose""")
                .param("purpose", purpose).query().singleRow();
        assertThat(row).containsEntry("viewer_id", viewer).containsEntry("viewer_role", "CONTACT_TRACER")
                .containsEntry("subject_kind", "person").containsEntry("subject_id", "4711")
                .containsEntry("context", "case:9 contacts").containsEntry("recent", true);
    }

    @Test
    void aBatchWritesOneRowPerSubject() {
        long viewer = freshPerson();
        String purpose = "venue live list " + UUID.randomUUID();
        List<AuditSubject> visitors = IntStream.range(0, 100)
                .mapToObj(i -> new AuditSubject(i % 2 == 0 ? "visitor" : "person", "v" + i)).toList();
        trail.recordFullViews(viewer, "VENUE_OWNER", visitors, purpose, "venue:42 live list");

        assertThat(rowsWithPurpose(purpose)).isEqualTo(100);
        List<String> subjects = jdbc.sql("select subject_kind || ':' || subject_id from audit_entry where purpose = :purpose")
                .param("purpose", purpose).query(String.class).list();
        assertThat(subjects).containsExactlyInAnyOrderElementsOf(
                visitors.stream().map(subject -> subject.kind() + ":" + subject.id()).toList());
        // One statement, so one moment and one viewer for the whole list.
        assertThat(jdbc.sql("select count(distinct at) from audit_entry where purpose = :purpose")
                .param("purpose", purpose).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void anEmptyBatchWritesNothing() {
        String purpose = "nothing " + UUID.randomUUID();
        trail.recordFullViews(freshPerson(), "VENUE_OWNER", List.of(), purpose, "venue:1");
        assertThat(rowsWithPurpose(purpose)).isZero();
    }

    @Test
    void recordingJoinsTheCallersTransaction() {
        long viewer = freshPerson();
        String purpose = "rolled back " + UUID.randomUUID();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            trail.recordFullViews(viewer, "CONTACT_TRACER", List.of(new AuditSubject("person", "1"),
                    new AuditSubject("person", "2")), purpose, "test");
            assertThat(rowsWithPurpose(purpose)).isEqualTo(2);
            throw new IllegalStateException("the caller fails after recording");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(rowsWithPurpose(purpose)).isZero();
    }

    @Test
    void rowsCannotBeChangedOrRemoved() {
        long viewer = freshPerson();
        String purpose = "append only " + UUID.randomUUID();
        trail.recordFullView(viewer, "AUDITOR", "person", "77", purpose, "test");
        long id = jdbc.sql("select id from audit_entry where purpose = :purpose").param("purpose", purpose)
                .query(Long.class).single();

        assertThatThrownBy(() -> jdbc.sql("update audit_entry set subject_id = 'forged' where id = :id")
                .param("id", id).update())
                .satisfies(AuditTrailTest::refusedAsAppendOnly);
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = :id").param("id", id).update())
                .satisfies(AuditTrailTest::refusedAsAppendOnly);
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update())
                .satisfies(AuditTrailTest::refusedAsAppendOnly);

        var row = jdbc.sql("select subject_id, purpose from audit_entry where id = :id").param("id", id).query().singleRow();
        assertThat(row).containsEntry("subject_id", "77").containsEntry("purpose", purpose);
    }

    private static void refusedAsAppendOnly(Throwable refusal) {
        assertThat(refusal).isInstanceOf(DataAccessException.class);
        assertThat(((DataAccessException) refusal).getMostSpecificCause().getMessage()).contains("append-only");
    }

    @Test
    void aViewWithoutPurposeOrSubjectIsAProgrammingError() {
        long viewer = freshPerson();
        assertThatThrownBy(() -> trail.recordFullView(viewer, "AUDITOR", "person", "1", " ", "test"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> trail.recordFullView(viewer, "AUDITOR", "person", "", "why", "test"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
