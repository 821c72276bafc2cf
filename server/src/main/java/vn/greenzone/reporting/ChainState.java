package vn.greenzone.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.greenzone.adoption.UnitFigures;

/**
 * A unit's day in the chain as its administrator sees it: its own report (every version, oldest first) and when it
 * is due, and the reporters below it (child units, then the organisations that report to it) with their status, the
 * sum of their latest reports beside the measured figures, and where the two differ.
 */
public record ChainState(LocalDate day, String unitCode, String unitName, int level, Cutoff cutoff, Instant dueAt,
        UnitFigures measured, List<Report> versions, Cutoff childrenCutoff, Instant childrenDueAt,
        List<Child> children, List<Child> organisations, Totals submitted, Totals measuredTotal, Counts counts,
        Instant at) {

    /** One reporter below: a child unit, or an organisation ({@code organisationId} set). */
    public record Child(String unitCode, Long organisationId, String name, ReportStatus status, Report latest,
            int versions, UnitFigures measured, Long rosterSize, Long registered, boolean differs, Totals below) {
    }

    /** Figures added up; installs and smartphones are null when no report or measure had them. */
    public record Totals(long users, Long installs, Long smartphones, int reports) {

        public static final Totals NONE = new Totals(0, null, null, 0);

        public Totals plus(long users, Long installs, Long smartphones) {
            return new Totals(this.users + users, add(this.installs, installs), add(this.smartphones, smartphones),
                    reports + 1);
        }

        /** Installs per 100 smartphones, or null when either is unknown. */
        public Double installsPerSmartphone() {
            return installs == null || smartphones == null || smartphones == 0 ? null
                    : Math.round(1000.0 * installs / smartphones) / 10.0;
        }

        // Not one conditional expression: its numeric branch would unbox a null and throw.
        private static Long add(Long a, Long b) {
            if (a == null) {
                return b;
            }
            if (b == null) {
                return a;
            }
            return a + b;
        }
    }

    public record Counts(int submitted, int late, int waiting, int missing) {
    }

    /** The latest version of the unit's own report, or null. */
    public Report latest() {
        return versions.isEmpty() ? null : versions.getLast();
    }
}
