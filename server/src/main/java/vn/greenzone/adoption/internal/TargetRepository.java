package vn.greenzone.adoption.internal;

import vn.greenzone.adoption.Target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code adoption_target}. */
@Repository
class TargetRepository {

    private final JdbcClient jdbc;

    TargetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(Target target, long by) {
        jdbc.sql("""
                insert into adoption_target (unit_code, basis, percent, deadline, set_by) values (:unit, :basis, :percent,
                    :deadline, :by)
                on conflict (unit_code) do update set basis = excluded.basis, percent = excluded.percent,
                    deadline = excluded.deadline, set_by = excluded.set_by, set_at = now()""")
                .param("unit", target.unitCode()).param("basis", target.basis().name())
                .param("percent", target.percent()).param("deadline", target.deadline()).param("by", by).update();
    }

    boolean delete(String unitCode) {
        return jdbc.sql("delete from adoption_target where unit_code = :unit").param("unit", unitCode).update() > 0;
    }

    List<Target> findAll(Collection<String> unitCodes) {
        return jdbc.sql("select unit_code, basis, percent, deadline from adoption_target where unit_code = any(:units)")
                .param("units", unitCodes.toArray(String[]::new))
                .query((row, number) -> new Target(row.getString("unit_code"),
                        Target.Basis.valueOf(row.getString("basis")), row.getObject("percent", BigDecimal.class),
                        row.getObject("deadline", LocalDate.class)))
                .list();
    }
}
