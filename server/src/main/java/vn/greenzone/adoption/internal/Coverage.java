package vn.greenzone.adoption.internal;

import vn.greenzone.adoption.UnitFigures;

/** The two shares a dashboard shows, kept apart: installs of the external app ÷ smartphones, Greenzone users ÷ residents. */
public final class Coverage {

    private Coverage() {
    }

    /** Percent, one decimal; null when either figure is unknown or the base is zero. */
    static Double percent(Long part, Long base) {
        return part == null || base == null || base == 0 ? null : Math.round(part * 1000.0 / base) / 10.0;
    }

    public static Double installs(UnitFigures figures) {
        return percent(figures.installs(), figures.smartphones());
    }

    public static Double users(UnitFigures figures) {
        return percent(figures.users(), figures.residents());
    }
}
