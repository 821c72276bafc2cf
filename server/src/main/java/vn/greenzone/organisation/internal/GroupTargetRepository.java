package vn.greenzone.organisation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.greenzone.organisation.MemberGroup;

/** Targets per organisation group that unit administrators set. */
@Repository
public class GroupTargetRepository {

    /** A target a unit set for itself and below. */
    public record SetTarget(String unitCode, MemberGroup group, int percent) {
    }

    private final JdbcClient jdbc;

    GroupTargetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every target set anywhere: a few per province at most, read whole for a list over many units. */
    public List<SetTarget> all() {
        return jdbc.sql("select unit_code, member_group, percent from organisation_target")
                .query((rs, n) -> new SetTarget(rs.getString(1), MemberGroup.valueOf(rs.getString(2)), rs.getInt(3)))
                .list();
    }

    public void set(String unitCode, MemberGroup group, int percent, long by, Instant at) {
        jdbc.sql("""
                        insert into organisation_target (unit_code, member_group, percent, set_by, set_at)
                        values (:unit, :group, :percent, :by, :at)
                        on conflict (unit_code, member_group) do update
                           set percent = excluded.percent, set_by = excluded.set_by, set_at = excluded.set_at""")
                .param("unit", unitCode).param("group", group.name()).param("percent", percent).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    /** Back to inheriting from the unit above. */
    public void clear(String unitCode, MemberGroup group) {
        jdbc.sql("delete from organisation_target where unit_code = :unit and member_group = :group")
                .param("unit", unitCode).param("group", group.name()).update();
    }
}
