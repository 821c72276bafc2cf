package vn.greenzone.adoption.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.greenzone.adoption.AdoptionFigures;
import vn.greenzone.adoption.UnitFigures;

/** The rollups as other modules read them: today's count of users is taken first if the evening's is not in yet. */
@Service
class MeasuredFigures implements AdoptionFigures {

    private final FigureRepository figures;
    private final UserSnapshots snapshots;

    MeasuredFigures(FigureRepository figures, UserSnapshots snapshots) {
        this.figures = figures;
        this.snapshots = snapshots;
    }

    @Override
    @Transactional
    public Map<String, UnitFigures> measured(LocalDate day, Collection<String> unitCodes) {
        if (day.equals(snapshots.today())) {
            snapshots.ensureToday();
        }
        Map<String, UnitFigures> found = figures.rollup(day, unitCodes);
        Map<String, Long> residents = figures.residents(unitCodes);
        var measured = new LinkedHashMap<String, UnitFigures>();
        for (String code : unitCodes) {
            measured.put(code, found.getOrDefault(code, new UnitFigures(code, day, 0, null, null, residents.get(code))));
        }
        return measured;
    }
}
