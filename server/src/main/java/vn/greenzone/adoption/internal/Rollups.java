package vn.greenzone.adoption.internal;

import java.time.LocalDate;
import java.util.Collection;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.geo.UnitDirectory;

/**
 * Keeps the rollups: after every import or snapshot the touched days are summed up the whole tree again, in the
 * same transaction, so a dashboard never reads sums that disagree with the raw figures.
 */
@Service
class Rollups {

    private final FigureRepository figures;
    private final TreeSums sums;

    Rollups(FigureRepository figures, UnitDirectory units) {
        this.figures = figures;
        this.sums = new TreeSums(units);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void days(Collection<LocalDate> days) {
        days.stream().sorted().forEach(day -> {
            figures.lockDay(day);
            FigureRepository.RawDay raw = figures.raw(day);
            figures.replaceRollup(day, sums.counted(raw.users()), sums.imported(raw.installs()),
                    sums.imported(raw.smartphones()));
        });
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void residents() {
        figures.replaceResidentsRollup(sums.imported(figures.rawResidents()));
    }
}
