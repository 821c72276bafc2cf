package vn.greenzone.quarantine.internal;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.quarantine.Place;

/**
 * The board's reads: the counts of a unit subtree in one statement, and pages by descending id (keyset, so
 * page 40 costs what page 1 does). Both run on the (unit, status, id) index.
 */
@Repository
public class BoardRepository {

    /** Which quarantines: those of these units (null: everywhere), at this kind of place, of this officer (null: any). */
    public record Scope(Collection<String> units, Place place, Long officerId) {
    }

    public record Counts(long enrolled, long reportedToday, long nonReporting, long symptomatic, long alerts,
            long endingSoon) {
    }

    private final JdbcClient jdbc;
    private final QuarantineClock clock;

    BoardRepository(JdbcClient jdbc, QuarantineClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Counts counts(Scope scope) {
        String sql = "select count(*) as enrolled"
                + ", count(*) filter (where " + BoardState.REPORTED_TODAY.condition() + ") as reported_today"
                + ", count(*) filter (where " + BoardState.NON_REPORTING.condition() + ") as non_reporting"
                + ", count(*) filter (where " + BoardState.SYMPTOMS.condition() + ") as symptomatic"
                + ", count(*) filter (where " + BoardState.ALERT.condition() + ") as alerts"
                + ", count(*) filter (where " + BoardState.ENDING_SOON.condition() + ") as ending_soon"
                + " from quarantine q where " + where(scope, BoardState.ACTIVE);
        return bind(jdbc.sql(sql), scope, BoardState.ACTIVE)
                .query((rs, row) -> new Counts(rs.getLong("enrolled"), rs.getLong("reported_today"),
                        rs.getLong("non_reporting"), rs.getLong("symptomatic"), rs.getLong("alerts"),
                        rs.getLong("ending_soon")))
                .single();
    }

    /** Up to {@code limit} quarantines in the state, newest first, with ids below {@code after} (null: from the top). */
    public List<StoredQuarantine> page(Scope scope, BoardState state, Long after, int limit) {
        String sql = QuarantineRepository.SELECT + " where " + where(scope, state)
                + (after == null ? "" : " and q.id < :after") + " order by q.id desc limit :limit";
        return bind(jdbc.sql(sql), scope, state).param("after", after).param("limit", limit)
                .query(QuarantineRepository::map).list();
    }

    /** Conditions written out for the case at hand: "(:x is null or ...)" would cost PostgreSQL its index plans. */
    private static String where(Scope scope, BoardState state) {
        var conditions = new ArrayList<String>();
        conditions.add("q.status = :status");
        if (scope.units() != null) {
            conditions.add("q.unit_code = any(:units)");
        }
        if (scope.place() != null) {
            conditions.add("q.place = :place");
        }
        if (scope.officerId() != null) {
            conditions.add("q.officer_id = :officer");
        }
        conditions.add("(" + state.condition() + ")");
        return String.join(" and ", conditions);
    }

    private JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, Scope scope, BoardState state) {
        return statement.param("status", state.status())
                .param("units", scope.units() == null ? null : scope.units().toArray(String[]::new))
                .param("place", scope.place() == null ? null : scope.place().name())
                .param("officer", scope.officerId())
                .param("cutoff", Timestamp.from(clock.nonReportingCutoff()))
                .param("today", clock.today())
                .param("soon", clock.endingSoonBy());
    }
}
