package vn.greenzone.adoption;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A target set on a unit: this percentage of its smartphones (measured by installs) or of its residents (measured
 * by Greenzone users) by the deadline. {@code unitCode} is where it was set; units below inherit it.
 */
public record Target(String unitCode, Basis basis, BigDecimal percent, LocalDate deadline) {

    public enum Basis {
        SMARTPHONES, RESIDENTS
    }
}
