package vn.greenzone.adoption.internal;

import vn.greenzone.adoption.Target;

import java.time.LocalDate;
import java.util.List;

import vn.greenzone.adoption.UnitFigures;
import vn.greenzone.geo.AdministrativeUnit;

/**
 * One unit's adoption as of the latest day with figures in the period: its own figures and progress, its children
 * ranked worst first, and its figures per day for the trend chart.
 */
public record Dashboard(AdministrativeUnit unit, List<AdministrativeUnit> path, LocalDate from, LocalDate to,
        LocalDate asOf, UnitFigures figures, Progress progress, List<Row> children, List<UnitFigures> trend) {

    /** A child unit's line: its figures on the same day and its progress to its (own or inherited) target. */
    public record Row(AdministrativeUnit unit, UnitFigures figures, Progress progress) {

        public Double installCoverage() {
            return Coverage.installs(figures);
        }

        public Double userCoverage() {
            return Coverage.users(figures);
        }

        /** The share the unit is judged by: that of its target's basis, installs ÷ smartphones without a target. */
        public Double judgedCoverage() {
            return progress != null && progress.target().basis() == Target.Basis.RESIDENTS ? userCoverage()
                    : installCoverage();
        }

        /** The map's colour: good (target met, or 60 % without one), fair (three quarters of the way), poor, none. */
        public String band() {
            Double coverage = judgedCoverage();
            if (coverage == null) {
                return "none";
            }
            double wanted = progress == null ? 60 : progress.target().percent().doubleValue();
            return coverage >= wanted ? "good" : coverage >= wanted * 0.75 ? "fair" : "poor";
        }
    }

    public Double installCoverage() {
        return Coverage.installs(figures);
    }

    public Double userCoverage() {
        return Coverage.users(figures);
    }
}
