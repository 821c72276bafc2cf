package vn.greenzone.adoption;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/** The measured adoption figures that reports are prefilled from. */
public interface AdoptionFigures {

    /** The figures of each given unit on the day, keyed by unit code; every given code has an entry. */
    Map<String, UnitFigures> measured(LocalDate day, Collection<String> unitCodes);
}
