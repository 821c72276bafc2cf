package vn.greenzone.adoption.internal;

import vn.greenzone.adoption.Target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import vn.greenzone.adoption.UnitFigures;

/**
 * How far a unit is from its target and how fast it must go: {@code goal} is the count the target asks for,
 * {@code missing} what is still lacking, {@code neededPerDay} what each day left must add, {@code pacePerDay} what
 * the last week added per day (null without a week of figures). Counts are null when the base (smartphones or
 * residents) is not known.
 */
public record Progress(Target target, boolean inherited, Long measured, Long base, Double percent, Long goal,
        Long missing, long daysLeft, Long neededPerDay, Double pacePerDay) {

    private static final int PACE_DAYS = 7;

    static Progress of(Targets.Effective effective, UnitFigures now, List<UnitFigures> trend, LocalDate asOf) {
        Target target = effective.target();
        Long measured = measured(target.basis(), now);
        Long base = target.basis() == Target.Basis.SMARTPHONES ? now.smartphones() : now.residents();
        long daysLeft = Math.max(0, ChronoUnit.DAYS.between(asOf, target.deadline()));
        Double pace = pace(target.basis(), trend, now, asOf);
        if (measured == null || base == null || base == 0) {
            return new Progress(target, effective.inherited(), measured, base, null, null, null, daysLeft, null, pace);
        }
        long goal = BigDecimal.valueOf(base).multiply(target.percent()).divide(BigDecimal.valueOf(100), 0,
                RoundingMode.CEILING).longValue();
        long missing = Math.max(0, goal - measured);
        Long perDay = missing == 0 ? 0L : daysLeft == 0 ? null : (missing + daysLeft - 1) / daysLeft;
        return new Progress(target, effective.inherited(), measured, base, Coverage.percent(measured, base), goal,
                missing, daysLeft, perDay, pace);
    }

    /** Met, on pace, behind, short (pace unknown), or overdue (past the deadline and short): how it is coloured. */
    public String state() {
        if (missing == null) {
            return "unknown";
        }
        if (missing == 0) {
            return "met";
        }
        if (neededPerDay == null) {
            return "overdue";
        }
        return pacePerDay == null ? "short" : pacePerDay >= neededPerDay ? "on-pace" : "behind";
    }

    private static Long measured(Target.Basis basis, UnitFigures figures) {
        return basis == Target.Basis.SMARTPHONES ? figures.installs() : Long.valueOf(figures.users());
    }

    private static Double pace(Target.Basis basis, List<UnitFigures> trend, UnitFigures now, LocalDate asOf) {
        LocalDate weekAgo = asOf.minusDays(PACE_DAYS);
        Long latest = measured(basis, now);
        return trend.stream().filter(day -> day.day().equals(weekAgo)).findFirst()
                .map(day -> measured(basis, day))
                .filter(earlier -> latest != null)
                .map(earlier -> (latest - earlier) / (double) PACE_DAYS)
                .orElse(null);
    }
}
