package vn.greenzone.exposurenotification;

import java.util.List;

/** What a phone learns from one round of matching: the matches, the exposure windows and the risk. */
public record ExposureCheck(List<Match> matches, List<ExposureWindow> windows, RiskResult risk) {

    public ExposureCheck {
        matches = List.copyOf(matches);
        windows = List.copyOf(windows);
    }
}
